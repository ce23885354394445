import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content/node.ts';
import { validateContent } from '../../../src/lib/content/index.ts';
import { formatProblem } from '../../../src/lib/schemas/index.ts';
import { loadCodeSets } from '../../../src/lib/codesets/node.ts';
import { fixtureCodeSets, root } from '../../helpers.ts';

const fixture = resolve(root, 'test/fixtures/project');
const codeSets = await loadCodeSets(fixtureCodeSets);
const lesson = 'content/lessons/icd-10-cm/01-basics.mdx';
let dirs: string[] = [];
afterEach(() => {
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  dirs = [];
});

/** Copies the valid fixture project, applies an edit, and returns the formatted problems. */
function problemsAfter(edit: (dir: string) => void): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  dirs.push(dir);
  cpSync(fixture, dir, { recursive: true });
  edit(dir);
  return validateContent(readContent(dir), codeSets).problems.map(formatProblem);
}
const replaceIn = (file: string, from: string | RegExp, to: string) => (dir: string) => {
  const path = join(dir, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
};

describe('validateContent', () => {
  it('accepts the valid fixture project and collects cited codes (not those in code blocks)', () => {
    const report = validateContent(readContent(fixture), codeSets);
    expect(report.problems).toEqual([]);
    expect(report.cited.filter((c) => c.file.endsWith('.mdx')).map((c) => c.code)).toEqual(['E11.621', 'E11', 'A4253', '99213']);
  });

  it('rejects a missing field, naming file and field', () => {
    expect(problemsAfter(replaceIn(lesson, /^minutes: 10\n/m, ''))).toEqual([`${lesson}: minutes: expected number, found nothing (the field is missing)`]);
  });

  it('rejects an unknown track', () => {
    const problems = problemsAfter(replaceIn(lesson, 'track: icd-10-cm', 'track: surgery'));
    expect(problems[0]).toMatch(/^content\/lessons\/icd-10-cm\/01-basics\.mdx: track: expected one of "terminology", .*found "surgery"$/);
  });

  it('rejects a dangling glossary id in keyTerms, in a Term and in related', () => {
    expect(problemsAfter(replaceIn(lesson, 'keyTerms: [excludes1-note, nos]', 'keyTerms: [excludes1-note, nec]'))).toEqual([
      `${lesson}: keyTerms.1: expected an existing glossary id, found "nec" (no content/glossary/nec.yaml)`,
    ]);
    expect(problemsAfter(replaceIn(lesson, '<Term id="excludes1-note">', '<Term id="excludes-one">'))).toEqual([
      `${lesson}: line 16 Term.id: expected an existing glossary id, found "excludes-one"`,
    ]);
    expect(problemsAfter(replaceIn('content/glossary/excludes1-note.yaml', 'related: [nos]', 'related: [nec]'))[0]).toMatch(/excludes1-note\.yaml: related\.0: expected an existing glossary id, found "nec"/);
  });

  it('rejects an invalid or non-billable ICD-10-CM code, naming the code and the code-set year', () => {
    expect(problemsAfter(replaceIn(lesson, 'code="E11.621"', 'code="E11.6"'))).toEqual([
      `${lesson}: line 16 CodeRef.code: expected a billable ICD-10-CM code in ICD-10-CM FY2026, found "E11.6": E11.6 is a header in ICD-10-CM FY2026, not billable: report a more specific code (e.g. E11.621)`,
    ]);
    expect(problemsAfter(replaceIn(lesson, 'code="E11.621"', 'code="E11.99"'))[0]).toContain('E11.99 is not a code in ICD-10-CM FY2026');
    expect(problemsAfter(replaceIn(lesson, 'code="E11.621"', 'code="S72.001"'))[0]).toContain('S72.001 requires a 7th character in ICD-10-CM FY2026');
    expect(problemsAfter(replaceIn(lesson, 'code="E11" category', 'code="E11.621" category'))[0]).toContain('E11.621 is billable; drop "category"');
  });

  it('rejects an unknown or terminated HCPCS code and a CPT code missing from the registry', () => {
    expect(problemsAfter(replaceIn(lesson, 'code="A4253"', 'code="G9999"'))[0]).toContain('G9999 was terminated on 2020-01-01 and is not valid in HCPCS Level II January 2026');
    expect(problemsAfter(replaceIn(lesson, 'code="99213"', 'code="99214"'))).toEqual([
      `${lesson}: line 18 CodeRef.code: expected a CPT code listed in quizzes/cpt/ with our own note, found "99214"`,
    ]);
  });

  it('checks component props: quiz answer index, guideline cite, diagram file and text', () => {
    expect(problemsAfter(replaceIn(lesson, 'answer={1}', 'answer={3}'))[0]).toMatch(/line \d+ InlineQuiz\.answer: expected an answer index that points at one of the options/);
    expect(problemsAfter(replaceIn(lesson, ' cite="ICD-10-CM Official Guidelines I.A.12.a"', ''))[0]).toMatch(/Callout\.cite: expected a cite=/);
    expect(problemsAfter(replaceIn(lesson, '/diagrams/flow.svg', '/diagrams/missing.svg'))[0]).toMatch(/Diagram\.src: expected a file public\/diagrams\/missing\.svg/);
  });

  it('rejects a lesson whose file name and order disagree, and a path to a missing lesson', () => {
    expect(problemsAfter(replaceIn(lesson, 'order: 1', 'order: 2'))).toEqual([`${lesson}: order: expected 1 (the file name's NN- prefix), found 2`]);
    expect(problemsAfter(replaceIn('content/paths/cpc.yaml', 'lessons: [icd-10-cm/basics]', 'lessons: [icd-10-cm/advanced]'))).toEqual([
      'content/paths/cpc.yaml: lessons.0: expected an existing lesson id <track>/<slug>, found "icd-10-cm/advanced"',
    ]);
  });
});

describe('npm run check (the CLI)', () => {
  it('prints every problem as file: field: expected, found and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    dirs.push(dir);
    cpSync(fixture, dir, { recursive: true });
    replaceIn(lesson, 'track: icd-10-cm', 'track: surgery')(dir);
    replaceIn(lesson, 'code="E11.621"', 'code="E11"')(dir);
    let output = '';
    let status = 0;
    try {
      execFileSync(process.execPath, ['--import', 'tsx', resolve(root, 'scripts/check.ts'), dir], {
        env: { ...process.env, CODESETS_DIR: fixtureCodeSets },
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      status = e.status;
      output = e.stdout + e.stderr;
    }
    expect(status).toBe(1);
    expect(output).toContain(`${lesson}: track: expected one of`);
    expect(output).toContain(`${lesson}: line 16 CodeRef.code: expected a billable ICD-10-CM code in ICD-10-CM FY2026, found "E11"`);
    expect(output).toMatch(/2 problems found/);
  });
});

describe('certification paths', () => {
  it('only hold lessons that serve the certification, each once', () => {
    const problems = problemsAfter((dir) => {
      replaceIn(lesson, 'certifications: [CPC]', 'certifications: [CPB]')(dir);
    });
    expect(problems).toEqual(['content/paths/cpc.yaml: lessons.0: expected a lesson that lists CPC in its certifications, found "icd-10-cm/basics" (CPB)']);
    expect(problemsAfter(replaceIn('content/paths/cpc.yaml', 'lessons: [icd-10-cm/basics]', 'lessons: [icd-10-cm/basics, icd-10-cm/basics]'))).toEqual([
      'content/paths/cpc.yaml: lessons.1: expected each lesson once, found "icd-10-cm/basics" again',
    ]);
  });
});

describe('exercise answer keys', () => {
  const exercise = 'quizzes/exercises/fixture-foot-ulcer.yaml';
  it('are checked code by code, naming file, field, code and code-set year', () => {
    expect(problemsAfter(replaceIn(exercise, 'code: E11.621', 'code: E11.62'))).toEqual([
      `${exercise}: answer.diagnoses.0.code: expected a billable ICD-10-CM code in ICD-10-CM FY2026, found "E11.62": E11.62 is a header in ICD-10-CM FY2026, not billable: report a more specific code (e.g. E11.621)`,
    ]);
    expect(problemsAfter(replaceIn(exercise, 'code: S72.001A', 'code: S72.001'))).toEqual([
      `${exercise}: answer.diagnoses.1.code: expected a billable ICD-10-CM code in ICD-10-CM FY2026, found "S72.001": S72.001 requires a 7th character in ICD-10-CM FY2026 and is not billable without it (e.g. S72.001A)`,
    ]);
    expect(problemsAfter(replaceIn(exercise, 'code: E11.621', 'code: E11.999'))[0]).toContain('answer.diagnoses.0.code: expected a billable ICD-10-CM code in ICD-10-CM FY2026, found "E11.999": E11.999 is not a code in ICD-10-CM FY2026');
    expect(problemsAfter(replaceIn(exercise, 'code: A4253', 'code: A9999'))[0]).toContain(`${exercise}: answer.procedures.1.code: expected an active HCPCS Level II code in January 2026, found "A9999": A9999 is not a code in HCPCS Level II January 2026`);
    expect(problemsAfter(replaceIn(exercise, 'code: "99213"', 'code: "99215"'))).toEqual([`${exercise}: answer.procedures.0.code: expected a CPT code listed in quizzes/cpt/ with our own note, found "99215"`]);
  });

  it('need the decimal point, a rationale per code, and common errors outside the key', () => {
    expect(problemsAfter(replaceIn(exercise, 'code: E11.621', 'code: E11621'))[0]).toContain('answer.diagnoses.0.code: expected the code written with its decimal point');
    expect(problemsAfter(replaceIn(exercise, 'rationale: Established patient visit, low-level decision making.', 'rationale: short'))[0]).toMatch(/answer\.procedures\.0\.rationale: expected a rationale of at least 20 characters/);
    expect(problemsAfter(replaceIn(exercise, '- code: E11.9', '- code: E11.621'))[0]).toContain('answer.commonErrors.0.code: expected a wrong code learners choose, found "E11.621", which the key accepts');
  });
});
