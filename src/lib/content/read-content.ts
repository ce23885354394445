import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { RawContent, RawFile } from './raw-content.ts';

function listFiles(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    let names: string[] = [];
    try {
      names = readdirSync(folder);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (pattern.test(name)) out.push(path);
    }
  };
  walk(dir);
  return out;
}

/** Splits `---\nyaml\n---\nbody` into its parts; undefined frontmatter when there is none. */
export function splitFrontmatter(text: string): { frontmatter?: string; body: string; bodyLine: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { body: text, bodyLine: 1 };
  return { frontmatter: match[1]!, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

function readYaml(root: string, path: string): RawFile {
  const file = relative(root, path);
  try {
    return { file, data: parseYaml(readFileSync(path, 'utf8')) };
  } catch (error) {
    return { file, data: undefined, parseError: `not valid YAML: ${(error as Error).message.split('\n')[0]}` };
  }
}

function readLesson(root: string, path: string): RawFile {
  const file = relative(root, path);
  const { frontmatter, body, bodyLine } = splitFrontmatter(readFileSync(path, 'utf8'));
  if (frontmatter === undefined) return { file, data: undefined, body, bodyLine, parseError: 'no frontmatter: the file must start with a --- block' };
  try {
    return { file, data: parseYaml(frontmatter) ?? {}, body, bodyLine };
  } catch (error) {
    return { file, data: undefined, body, bodyLine, parseError: `frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}` };
  }
}

/** Reads every content file under `root` (content/, quizzes/, public/diagrams/). */
export function readContent(root: string): RawContent {
  const yaml = /\.ya?ml$/;
  return {
    tracks: listFiles(join(root, 'content/tracks'), yaml).map((p) => readYaml(root, p)),
    lessons: listFiles(join(root, 'content/lessons'), /\.mdx?$/).map((p) => readLesson(root, p)),
    glossary: listFiles(join(root, 'content/glossary'), yaml).map((p) => readYaml(root, p)),
    paths: listFiles(join(root, 'content/paths'), yaml).map((p) => readYaml(root, p)),
    cptRegistry: listFiles(join(root, 'quizzes/cpt'), yaml).map((p) => readYaml(root, p)),
    exercises: listFiles(join(root, 'quizzes/exercises'), yaml).map((p) => readYaml(root, p)),
    questions: listFiles(join(root, 'quizzes/questions'), yaml).map((p) => readYaml(root, p)),
    exams: listFiles(join(root, 'quizzes/exams'), yaml).map((p) => readYaml(root, p)),
    flashcards: listFiles(join(root, 'quizzes/flashcards'), yaml).map((p) => readYaml(root, p)),
    diagrams: new Set(listFiles(join(root, 'public/diagrams'), /\.svg$/).map((p) => `/diagrams/${relative(join(root, 'public/diagrams'), p)}`)),
  };
}
