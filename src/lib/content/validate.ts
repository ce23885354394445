import type { z } from 'zod';
import {
  calloutSchema,
  certificationPathSchema,
  codeRefSchema,
  cptRegistryFileSchema,
  diagramSchema,
  exerciseSchema,
  examSchema,
  questionFileSchema,
  examDomains,
  flashcardDeckSchema,
  type FlashcardDeck,
  type BankItem,
  type CaseQuestion,
  type Exam,
  type Exercise,
  glossaryTermSchema,
  inlineQuizSchema,
  lessonSchema,
  parseContent,
  trackSchema,
  type ContentProblem,
  type CptRegistryEntry,
  type GlossaryTerm,
  type Lesson,
} from '../schemas/index.ts';
import { checkHcpcsCode, checkIcd10cmCode, icd10cmLabel, type Icd10cmCodeSet } from '../codesets/index.ts';
import { hcpcsReleaseLabel, type HcpcsCodeSet } from '../codesets/hcpcs-model.ts';
import { findMdxTags, type MdxTag } from './mdx-tags.ts';
import { codesInOption } from './option-codes.ts';
import { parseJsxLiteral } from './jsx-literal.ts';
import { baseId, lessonIdOf, lessonPathParts, type RawContent, type RawFile } from './raw-content.ts';

/** The official code sets the checker verifies codes against; either may be absent. */
export interface CodeSetsForCheck {
  icd10cm?: Icd10cmCodeSet;
  hcpcs?: HcpcsCodeSet;
}

/** A code a lesson cites through CodeRef. */
export interface CitedCode {
  system: 'icd10cm' | 'hcpcs' | 'cpt';
  code: string;
  file: string;
}

export interface ContentReport {
  problems: ContentProblem[];
  /** Things not checked and why (e.g. a code set that was not found). */
  warnings: string[];
  lessons: Map<string, { file: string; data: Lesson; body: string }>;
  glossary: Map<string, GlossaryTerm>;
  cpt: Map<string, CptRegistryEntry>;
  exercises: Map<string, { file: string; data: Exercise }>;
  /** Every bank item by id (case sets hold their questions). */
  questions: Map<string, { file: string; data: BankItem }>;
  exams: Map<string, { file: string; data: Exam }>;
  decks: Map<string, { file: string; data: FlashcardDeck }>;
  cited: CitedCode[];
}

const COMPONENTS = ['Callout', 'Term', 'CodeRef', 'InlineQuiz', 'Diagram', 'CodeExercise'] as const;

function parseFiles<S extends z.ZodType>(
  files: RawFile[],
  schema: S,
  problems: ContentProblem[],
): { raw: RawFile; data: z.output<S> }[] {
  const ok: { raw: RawFile; data: z.output<S> }[] = [];
  for (const raw of files) {
    if (raw.parseError) {
      problems.push({ file: raw.file, path: '', message: raw.parseError });
      continue;
    }
    const result = parseContent(schema, raw.file, raw.data);
    if (result.ok) ok.push({ raw, data: result.data });
    else problems.push(...result.problems);
  }
  return ok;
}

function tagProps(tag: MdxTag): { props: Record<string, unknown>; error?: string } {
  const props: Record<string, unknown> = { ...tag.attributes };
  for (const [name, source] of Object.entries(tag.expressions)) {
    try {
      props[name] = parseJsxLiteral(source);
    } catch (error) {
      return { props, error: `${tag.name}.${name}: expected a literal value (string, number or [list]), found ${(error as Error).message}` };
    }
  }
  return { props };
}

/**
 * Validates all content: each file against its schema, the links between files
 * (tracks, glossary ids, lesson ids, CPT registry), component props inside lessons,
 * and every ICD-10-CM / HCPCS code cited against the official code sets given.
 */
export function validateContent(raw: RawContent, codeSets: CodeSetsForCheck): ContentReport {
  const problems: ContentProblem[] = [];
  const warnings: string[] = [];
  const report: ContentReport = { problems, warnings, lessons: new Map(), glossary: new Map(), cpt: new Map(), exercises: new Map(), questions: new Map(), exams: new Map(), decks: new Map(), cited: [] };

  const tracks = new Set(parseFiles(raw.tracks, trackSchema, problems).map((t) => baseId(t.raw.file)));

  const glossaryFiles = parseFiles(raw.glossary, glossaryTermSchema, problems);
  for (const { raw: file, data } of glossaryFiles) report.glossary.set(baseId(file.file), data);
  for (const { raw: file, data } of glossaryFiles) {
    data.related.forEach((id, i) => {
      if (!report.glossary.has(id)) problems.push({ file: file.file, path: `related.${i}`, message: `expected an existing glossary id, found "${id}" (no content/glossary/${id}.yaml)` });
    });
  }

  for (const { raw: file, data } of parseFiles(raw.cptRegistry, cptRegistryFileSchema, problems)) {
    data.forEach((entry, i) => {
      if (report.cpt.has(entry.code)) {
        problems.push({ file: file.file, path: `${i}.code`, message: `expected each CPT code once across quizzes/cpt/, found "${entry.code}" again` });
      } else report.cpt.set(entry.code, entry);
    });
  }

  if (!codeSets.icd10cm) warnings.push('ICD-10-CM codes were not checked: no ICD-10-CM order file was found (set CODESETS_DIR).');
  if (!codeSets.hcpcs) warnings.push('HCPCS codes were not checked: no HCPCS Level II file was found (set CODESETS_DIR).');

  // Lesson ids come from file names, so a lesson with a bad field is still a known lesson elsewhere.
  const lessonIds = new Set(raw.lessons.map((f) => lessonIdOf(f.file)).filter((id): id is string => id !== undefined));
  const orders = new Map<string, string>();
  for (const { raw: file, data } of parseFiles(raw.lessons, lessonSchema, problems)) {
    const parts = lessonPathParts(file.file);
    if (!parts) {
      problems.push({ file: file.file, path: '', message: 'expected a file named content/lessons/<track>/<NN>-<slug>.mdx, e.g. 03-modifiers.mdx' });
      continue;
    }
    if (parts.track !== data.track) problems.push({ file: file.file, path: 'track', message: `expected "${parts.track}" (the lesson's folder), found "${data.track}"` });
    if (!tracks.has(data.track)) problems.push({ file: file.file, path: 'track', message: `expected a track with a file in content/tracks/, found "${data.track}"` });
    if (parts.order !== data.order) problems.push({ file: file.file, path: 'order', message: `expected ${parts.order} (the file name's NN- prefix), found ${data.order}` });
    const orderKey = `${data.track}#${data.order}`;
    const clash = orders.get(orderKey);
    if (clash) problems.push({ file: file.file, path: 'order', message: `expected a unique order in track ${data.track}, found ${data.order} also used by ${clash}` });
    orders.set(orderKey, file.file);
    data.keyTerms.forEach((id, i) => {
      if (!report.glossary.has(id)) problems.push({ file: file.file, path: `keyTerms.${i}`, message: `expected an existing glossary id, found "${id}" (no content/glossary/${id}.yaml)` });
    });
    report.lessons.set(lessonIdOf(file.file)!, { file: file.file, data, body: file.body ?? '' });
  }
  // Bodies are checked even when the frontmatter is invalid, so one run reports every problem.
  for (const file of raw.lessons) {
    if (file.body !== undefined) checkLessonBody(file.file, file.body, file.bodyLine ?? 1, raw, codeSets, report);
  }

  for (const { raw: file, data } of parseFiles(raw.paths, certificationPathSchema, problems)) {
    if (baseId(file.file) !== data.certification.toLowerCase()) {
      problems.push({ file: file.file, path: 'certification', message: `expected "${baseId(file.file).toUpperCase()}" (the file name), found "${data.certification}"` });
    }
    data.lessons.forEach((id, i) => {
      const lesson = report.lessons.get(id);
      if (!lessonIds.has(id)) problems.push({ file: file.file, path: `lessons.${i}`, message: `expected an existing lesson id <track>/<slug>, found "${id}"` });
      else if (lesson && !lesson.data.certifications.includes(data.certification)) {
        problems.push({ file: file.file, path: `lessons.${i}`, message: `expected a lesson that lists ${data.certification} in its certifications, found "${id}" (${lesson.data.certifications.join(', ')})` });
      }
      if (data.lessons.indexOf(id) !== i) problems.push({ file: file.file, path: `lessons.${i}`, message: `expected each lesson once, found "${id}" again` });
    });
  }
  for (const { raw: file, data } of parseFiles(raw.exercises, exerciseSchema, problems)) {
    report.exercises.set(baseId(file.file), { file: file.file, data });
    checkExercise(file.file, data, lessonIds, codeSets, report);
  }

  const questionIds = new Map<string, string>();
  for (const { raw: file, data } of parseFiles(raw.questions, questionFileSchema, problems)) {
    data.forEach((item, i) => {
      const ids = item.type === 'case' ? [item.id, ...item.questions.map((q) => q.id)] : [item.id];
      for (const id of ids) {
        const clash = questionIds.get(id);
        if (clash) problems.push({ file: file.file, path: `${i}.id`, message: `expected a question id unique across the bank, found "${id}" also in ${clash}` });
        questionIds.set(id, file.file);
      }
      report.questions.set(item.id, { file: file.file, data: item });
      const questions: [string, CaseQuestion][] = item.type === 'case' ? item.questions.map((q, j) => [`${i}.questions.${j}`, q]) : [[String(i), item]];
      for (const [path, q] of questions) checkQuestion(file.file, path, q, codeSets, report);
    });
  }

  const cardIds = new Map<string, string>();
  for (const { raw: file, data } of parseFiles(raw.flashcards, flashcardDeckSchema, problems)) {
    report.decks.set(baseId(file.file), { file: file.file, data });
    data.cards.forEach((card, i) => {
      const clash = cardIds.get(card.id);
      if (clash) problems.push({ file: file.file, path: `cards.${i}.id`, message: `expected a card id unique across all decks, found "${card.id}" also in ${clash}` });
      cardIds.set(card.id, file.file);
    });
  }

  for (const { raw: file, data } of parseFiles(raw.exams, examSchema, problems)) {
    report.exams.set(baseId(file.file), { file: file.file, data });
    const allowed: readonly string[] = examDomains[data.style];
    for (const domain of Object.keys(data.blueprint)) {
      if (!allowed.includes(domain)) problems.push({ file: file.file, path: `blueprint.${domain}`, message: `expected a ${data.style} domain (${allowed.join(', ')}), found "${domain}"` });
    }
  }
  return report;
}

/** Codes in a question's answer are checked like exercise keys; so are codes-only right options. */
function checkQuestion(file: string, path: string, q: CaseQuestion, codeSets: CodeSetsForCheck, report: ContentReport): void {
  if (q.type === 'code-entry') {
    q.answer.diagnoses.forEach((d, i) => [d.code, ...d.alternatives].forEach((code, j) => checkKeyCode(file, `${path}.answer.diagnoses.${i}.${j === 0 ? 'code' : `alternatives.${j - 1}`}`, 'icd10cm', code, codeSets, report)));
    q.answer.procedures.forEach((p, i) => [p.code, ...p.alternatives].forEach((code, j) => checkKeyCode(file, `${path}.answer.procedures.${i}.${j === 0 ? 'code' : `alternatives.${j - 1}`}`, p.system, code, codeSets, report)));
    return;
  }
  const right = q.type === 'single' ? [q.answer] : q.answer;
  if (q.type === 'single' && q.pinned.some((p) => p > 3)) report.problems.push({ file, path: `${path}.pinned`, message: 'expected pinned option indexes 0-3' });
  for (const index of right) {
    const codes = codesInOption(q.options[index] ?? '');
    for (const c of codes ?? []) checkKeyCode(file, `${path}.options.${index}`, c.system, c.code, codeSets, report);
  }
}

/** Every code in an exercise's answer key must be valid for claims in the code set found (CPT: in our registry). */
function checkExercise(file: string, exercise: Exercise, lessonIds: Set<string>, codeSets: CodeSetsForCheck, report: ContentReport): void {
  const { answer } = exercise;
  answer.diagnoses.forEach((d, i) => {
    [d.code, ...d.alternatives].forEach((code, j) => {
      const path = j === 0 ? `answer.diagnoses.${i}.code` : `answer.diagnoses.${i}.alternatives.${j - 1}`;
      checkKeyCode(file, path, 'icd10cm', code, codeSets, report);
    });
  });
  answer.procedures.forEach((p, i) => {
    [p.code, ...p.alternatives].forEach((code, j) => {
      const path = j === 0 ? `answer.procedures.${i}.code` : `answer.procedures.${i}.alternatives.${j - 1}`;
      checkKeyCode(file, path, p.system, code, codeSets, report);
    });
  });
  answer.commonErrors.forEach((e, i) => {
    const keyCodes = [...answer.diagnoses.flatMap((d) => [d.code, ...d.alternatives]), ...answer.procedures.flatMap((p) => [p.code, ...p.alternatives])];
    if (keyCodes.includes(e.code)) report.problems.push({ file, path: `answer.commonErrors.${i}.code`, message: `expected a wrong code learners choose, found "${e.code}", which the key accepts` });
  });
  exercise.lessons.forEach((id, i) => {
    if (!lessonIds.has(id)) report.problems.push({ file, path: `lessons.${i}`, message: `expected an existing lesson id <track>/<slug>, found "${id}"` });
  });
}

function checkKeyCode(file: string, path: string, system: 'icd10cm' | 'hcpcs' | 'cpt', code: string, codeSets: CodeSetsForCheck, report: ContentReport): void {
  report.cited.push({ system, code, file });
  if (system === 'cpt') {
    if (!report.cpt.has(code)) report.problems.push({ file, path, message: `expected a CPT code listed in quizzes/cpt/ with our own note, found "${code}"` });
  } else if (system === 'icd10cm') {
    if (!codeSets.icd10cm) return;
    if (!code.includes('.') && code.length > 3) {
      report.problems.push({ file, path, message: `expected the code written with its decimal point, found "${code}"` });
      return;
    }
    const check = checkIcd10cmCode(code, codeSets.icd10cm);
    if (!check.ok) report.problems.push({ file, path, message: `expected a billable ICD-10-CM code in ${icd10cmLabel(codeSets.icd10cm)}, found "${code}": ${check.message}` });
  } else if (codeSets.hcpcs) {
    const check = checkHcpcsCode(code, codeSets.hcpcs);
    if (!check.ok) report.problems.push({ file, path, message: `expected an active HCPCS Level II code in ${hcpcsReleaseLabel(codeSets.hcpcs)}, found "${code}": ${check.message}` });
  }
}

function checkLessonBody(file: string, body: string, bodyLine: number, raw: RawContent, codeSets: CodeSetsForCheck, report: ContentReport): void {
  const { problems } = report;
  const at = (tag: { line: number; name: string }, field: string) => `line ${tag.line + bodyLine - 1} ${tag.name}${field ? `.${field}` : ''}`;
  for (const tag of findMdxTags(body, COMPONENTS)) {
    if (tag.error) {
      problems.push({ file, path: at(tag, ''), message: `expected a well-formed tag, found ${tag.error}` });
      continue;
    }
    const { props, error } = tagProps(tag);
    if (error) {
      problems.push({ file, path: at(tag, ''), message: error });
      continue;
    }
    const schema = { Callout: calloutSchema, Term: undefined, CodeRef: codeRefSchema, InlineQuiz: inlineQuizSchema, Diagram: diagramSchema, CodeExercise: undefined }[tag.name as (typeof COMPONENTS)[number]];
    if (schema) {
      const parsed = parseContent(schema, file, props);
      if (!parsed.ok) {
        problems.push(...parsed.problems.map((p) => ({ ...p, path: at(tag, p.path) })));
        continue;
      }
    }
    if (tag.name === 'CodeExercise') {
      const id = props.id;
      if (typeof id !== 'string' || !raw.exercises.some((e) => baseId(e.file) === id)) {
        problems.push({ file, path: at(tag, 'id'), message: `expected the id of an exercise in quizzes/exercises/, found ${JSON.stringify(id ?? null)}` });
      }
    } else if (tag.name === 'Term') {
      const id = props.id;
      if (typeof id !== 'string' || !report.glossary.has(id)) {
        problems.push({ file, path: at(tag, 'id'), message: `expected an existing glossary id, found ${JSON.stringify(id ?? null)}` });
      }
    } else if (tag.name === 'Diagram') {
      const src = props.src as string;
      if (!raw.diagrams.has(src)) problems.push({ file, path: at(tag, 'src'), message: `expected a file public${src}, found none` });
      if (!tag.children || tag.children.trim().length < 40) {
        problems.push({ file, path: at(tag, 'children'), message: 'expected a full text description between <Diagram> and </Diagram> (40+ characters), found none' });
      }
    } else if (tag.name === 'CodeRef') {
      checkCodeRef(file, tag.line + bodyLine - 1, props as { system: 'icd10cm' | 'hcpcs' | 'cpt'; code: string; category?: boolean }, codeSets, report);
    }
  }
}

function checkCodeRef(
  file: string,
  line: number,
  props: { system: 'icd10cm' | 'hcpcs' | 'cpt'; code: string; category?: boolean },
  codeSets: CodeSetsForCheck,
  report: ContentReport,
): void {
  const path = `line ${line} CodeRef.code`;
  const { system, code } = props;
  report.cited.push({ system, code, file });
  if (system === 'cpt') {
    if (!report.cpt.has(code)) report.problems.push({ file, path, message: `expected a CPT code listed in quizzes/cpt/ with our own note, found "${code}"` });
    return;
  }
  if (system === 'icd10cm' && codeSets.icd10cm) {
    const set = codeSets.icd10cm;
    const check = checkIcd10cmCode(code, set);
    if (props.category) {
      if (check.ok || check.reason === 'malformed' || check.reason === 'not-found') {
        const why = check.ok ? `${check.code} is billable; drop "category"` : check.message;
        report.problems.push({ file, path, message: `expected a non-billable ICD-10-CM category or subcategory in ${icd10cmLabel(set)} (category is set), found "${code}": ${why}` });
      }
    } else if (!check.ok) {
      report.problems.push({ file, path, message: `expected a billable ICD-10-CM code in ${icd10cmLabel(set)}, found "${code}": ${check.message}` });
    }
  }
  if (system === 'hcpcs' && codeSets.hcpcs) {
    const check = checkHcpcsCode(code, codeSets.hcpcs);
    if (!check.ok) {
      report.problems.push({ file, path, message: `expected an active HCPCS Level II code in ${hcpcsReleaseLabel(codeSets.hcpcs)}, found "${code}": ${check.message}` });
    }
  }
}
