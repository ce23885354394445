import { describe, expect, it } from 'vitest';
import { describeFound, formatProblem, glossaryTermSchema, lessonSchema, parseContent } from '../../../src/lib/schemas/index.ts';

describe('parseContent', () => {
  it('names each bad field with what was expected and what was found', () => {
    const result = parseContent(glossaryTermSchema, 'content/glossary/x.yaml', { term: 'X', definition: 42, track: 'surgery', colour: 'red' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toEqual([
      'content/glossary/x.yaml: term: expected at least 2 characters, found "X"',
      'content/glossary/x.yaml: definition: expected string, found 42',
      'content/glossary/x.yaml: track: expected one of "terminology", "icd-10-cm", "cpt", "hcpcs", "hipaa", "billing", "exam-strategy", found "surgery"',
      'content/glossary/x.yaml: colour: unknown field, expected one of the documented fields, found "red"',
    ]);
  });

  it('points into lists by index', () => {
    const result = parseContent(lessonSchema, 'l.mdx', { objectives: ['ok objective here', 7] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map(formatProblem)).toContain('l.mdx: objectives.1: expected string, found 7');
  });

  it('returns the data with defaults when valid', () => {
    const result = parseContent(glossaryTermSchema, 'g.yaml', { term: 'NOS', definition: 'Not otherwise specified: detail is missing.', track: 'icd-10-cm' });
    expect(result).toEqual({ ok: true, data: { term: 'NOS', definition: 'Not otherwise specified: detail is missing.', track: 'icd-10-cm', related: [] } });
  });
});

describe('describeFound', () => {
  it('shortens long values and names missing ones', () => {
    expect(describeFound(undefined)).toBe('nothing (the field is missing)');
    expect(describeFound('x'.repeat(100))).toHaveLength(70);
    expect(describeFound(new Date('2026-11-28'))).toBe('2026-11-28');
  });
});
