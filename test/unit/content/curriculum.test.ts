// The shipped curriculum meets the bar the product promises learners.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content/node.ts';
import { countWords, findMdxTags, validateContent } from '../../../src/lib/content/index.ts';
import { root } from '../../helpers.ts';

const raw = readContent(root);
const report = validateContent(raw, {});
const lessons = [...report.lessons.values()];

describe('the curriculum', () => {
  it('has at least 28 lessons across all seven tracks', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(28);
    expect(new Set(lessons.map((l) => l.data.track)).size).toBe(7);
  });

  it.each(lessons.map((l) => [l.file, l] as const))('%s: 500+ words, a quiz, a worked example with codes', (_file, lesson) => {
    expect(countWords(lesson.body)).toBeGreaterThanOrEqual(500);
    expect(findMdxTags(lesson.body, ['InlineQuiz']).length).toBeGreaterThanOrEqual(1);
    expect(lesson.body).toMatch(/^## Check your understanding/m);
    expect(findMdxTags(lesson.body, ['CodeRef']).length).toBeGreaterThanOrEqual(1);
  });

  it('uses at least 8 original diagrams, each with a text description', () => {
    const used = new Set(lessons.flatMap((l) => findMdxTags(l.body, ['Diagram']).map((t) => t.attributes.src)));
    expect(used.size).toBeGreaterThanOrEqual(8);
    for (const src of used) expect(raw.diagrams.has(String(src))).toBe(true);
  });

  it('never states the code-set year in prose (the site shows it from the data)', () => {
    for (const lesson of lessons) expect(lesson.body, lesson.file).not.toMatch(/\bFY ?20\d\d\b|\b20\d\d code set\b/i);
  });

  it('has a certification path for each of CPC, CCA and CPB', () => {
    expect(raw.paths.map((p) => (p.data as { certification: string }).certification).sort()).toEqual(['CCA', 'CPB', 'CPC']);
  });
});
