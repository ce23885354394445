import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assembleForm, BlueprintError } from '../../../src/lib/exam/index.ts';
import { exam, pool } from './exam-fixtures.ts';

describe('assembleForm', () => {
  it('meets the blueprint, in blueprint order', () => {
    const form = assembleForm('t', exam, pool().questions, 7);
    expect(form.items.map((i) => i.domain)).toEqual(['a', 'a', 'a', 'b', 'b']);
    expect(form.parts).toEqual([{ title: 'Exam', minutes: 60, start: 0, end: 5 }]);
  });

  it('is deterministic for its seed, questions and option order alike', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 }), (seed) => {
        expect(assembleForm('t', exam, pool().questions, seed)).toEqual(assembleForm('t', exam, pool().questions, seed));
      }),
    );
  });

  it('draws a different form for a different seed where the bank allows', () => {
    const forms = new Set([1, 2, 3, 4, 5].map((seed) => assembleForm('t', exam, pool().questions, seed).items.map((i) => `${i.questionId}:${i.optionOrder}`).join()));
    expect(forms.size).toBeGreaterThan(1);
  });

  it('keeps case sets whole and together, and never repeats a question', () => {
    for (let seed = 1; seed < 40; seed++) {
      const ids = assembleForm('t', exam, pool().questions, seed).items.map((i) => i.questionId);
      expect(new Set(ids).size).toBe(ids.length);
      const at = ids.indexOf('case-b3');
      if (at >= 0) expect(ids[at + 1]).toBe('case-b4');
      else expect(ids).not.toContain('case-b4');
    }
  });

  it('keeps pinned options in place', () => {
    const questions = pool().questions.map((q) => ({ ...q, pinned: [3] }));
    for (let seed = 1; seed < 20; seed++) for (const item of assembleForm('t', exam, questions, seed).items) expect(item.optionOrder![3]).toBe(3);
  });

  it('mixes in unscored pretest items and names a domain the bank cannot fill', () => {
    const form = assembleForm('t', { ...exam, pretestItems: 2 }, pool().questions, 3);
    expect(form.items.filter((i) => !i.scored)).toHaveLength(2);
    expect(() => assembleForm('t', { ...exam, blueprint: { a: 7 } as never }, pool().questions, 1)).toThrow(BlueprintError);
    expect(() => assembleForm('t', { ...exam, blueprint: { a: 7 } as never }, pool().questions, 1)).toThrow(/a is 1 question short/);
  });

  it('splits parts by question count', () => {
    const form = assembleForm('t', { ...exam, minutes: 60, parts: [{ title: 'Part 1', minutes: 30, questions: 3 }, { title: 'Part 2', minutes: 30, questions: 2 }] }, pool().questions, 1);
    expect(form.parts.map((p) => [p.start, p.end])).toEqual([[0, 3], [3, 5]]);
  });
});
