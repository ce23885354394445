// The shipped question bank supports every exam definition, for any seed.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content/node.ts';
import { validateContent } from '../../../src/lib/content/index.ts';
import { assembleForm, splitBank } from '../../../src/lib/exam/index.ts';
import { root } from '../../helpers.ts';

const report = validateContent(readContent(root), {});
const bank = splitBank([...report.questions.values()].map((q) => q.data));
const exams = [...report.exams.entries()];

describe('the question bank', () => {
  it('has at least 400 original questions, each with a key, rationale and reference', () => {
    expect(bank.questions.length).toBeGreaterThanOrEqual(400);
    expect(bank.keys.length).toBe(bank.questions.length);
    for (const key of bank.keys) expect(key.rationale.length).toBeGreaterThan(20);
  });

  it('fills one CPC-, one CCA- and one CPB-style exam without reusing a question', () => {
    const used = new Set<string>();
    for (const id of ['cpc-style', 'cca-style', 'cpb-style']) {
      const exam = report.exams.get(id)!.data;
      const form = assembleForm(id, exam, bank.questions, exam.seed);
      for (const item of form.items) {
        expect(used.has(item.questionId), item.questionId).toBe(false);
        used.add(item.questionId);
      }
    }
    expect(used.size).toBe(100 + 105 + 135);
  });

  it.each(exams)('%s meets its blueprint for any seed', (id, { data: exam }) => {
    const total = Object.values(exam.blueprint).reduce((s, n) => s + (n ?? 0), 0) + exam.pretestItems;
    for (let seed = 1; seed <= 60; seed++) {
      const form = assembleForm(id, exam, bank.questions, seed);
      expect(form.items).toHaveLength(total);
      for (const [domain, n] of Object.entries(exam.blueprint)) expect(form.items.filter((i) => i.scored && i.domain === domain)).toHaveLength(n!);
    }
  });

  it('draws a second CPC-style form that differs from the first', () => {
    const a = assembleForm('cpc-style', report.exams.get('cpc-style')!.data, bank.questions, report.exams.get('cpc-style')!.data.seed);
    const b = assembleForm('cpc-style-two-part', report.exams.get('cpc-style-two-part')!.data, bank.questions, report.exams.get('cpc-style-two-part')!.data.seed);
    const overlap = a.items.filter((i) => b.items.some((j) => j.questionId === i.questionId)).length;
    expect(overlap).toBeLessThan(100);
  });
});
