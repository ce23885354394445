import { readdirSync, readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import {
  certificationPathSchema,
  cptRegistryEntrySchema,
  cptRegistryFileSchema,
  exerciseSchema,
  examSchema,
  flashcardDeckSchema,
  questionFileSchema,
  questionSchema,
  glossaryTermSchema,
  lessonSchema,
  trackSchema,
} from './lib/schemas/index.ts';
import { lessonIdOf } from './lib/content/raw-content.ts';

const tracks = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/tracks' }),
  schema: trackSchema,
});

const lessons = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    base: './content/lessons',
    generateId: ({ entry }) => lessonIdOf(`lessons/${entry}`) ?? entry.replace(/\.mdx$/, ''),
  }),
  schema: lessonSchema,
});

const glossary = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/glossary' }),
  schema: glossaryTermSchema,
});

const paths = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/paths' }),
  schema: certificationPathSchema,
});

/** Reads every YAML file in `dir` that holds a list, validates it, and makes one entry per item. */
function yamlListLoader<T extends object>(dir: string, parse: (data: unknown) => T[], idOf: (item: T) => string) {
  return async () =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.yaml'))
      .sort()
      .flatMap((name) => parse(parseYaml(readFileSync(`${dir}/${name}`, 'utf8'))).map((item) => ({ ...item, id: idOf(item) })));
}

/** quizzes/cpt/*.yaml hold lists; each entry becomes one item keyed by its code. */
const cpt = defineCollection({
  loader: yamlListLoader('./quizzes/cpt', (d) => cptRegistryFileSchema.parse(d), (entry) => entry.code),
  schema: cptRegistryEntrySchema.extend({ id: z.string() }),
});

/** quizzes/exercises/<id>.yaml; the scenario Markdown is rendered at build time. */
const exercises = defineCollection({
  loader: {
    name: 'codeprep-exercises',
    load: async ({ store, parseData, renderMarkdown, generateDigest }) => {
      store.clear();
      const dir = './quizzes/exercises';
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
        const filePath = `${dir}/${name}`;
        const raw = parseYaml(readFileSync(filePath, 'utf8')) as Record<string, unknown>;
        const id = name.replace(/\.yaml$/, '');
        const data = await parseData({ id, data: raw, filePath });
        store.set({ id, data, filePath, digest: generateDigest(raw), rendered: await renderMarkdown(String(raw.scenario ?? '')) });
      }
    },
  },
  schema: exerciseSchema,
});

/** quizzes/questions/*.yaml hold lists of questions and case sets; each becomes one item keyed by its id. */
const questions = defineCollection({
  loader: yamlListLoader('./quizzes/questions', (d) => questionFileSchema.parse(d), (item) => item.id),
  schema: questionSchema,
});

const exams = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './quizzes/exams' }),
  schema: examSchema,
});

const flashcards = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './quizzes/flashcards' }),
  schema: flashcardDeckSchema,
});

export const collections = { tracks, lessons, glossary, paths, cpt, exercises, questions, exams, flashcards };
