import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { answerKeySchema } from '../../../src/lib/schemas/index.ts';
import { answerFromKey, createCodeLookup, gradeExercise, icd10cmStatuses, type LearnerAnswer } from '../../../src/lib/grading/index.ts';
import { loadCodeSets } from '../../../src/lib/codesets/node.ts';
import { fixtureCodeSets } from '../../helpers.ts';

const sets = await loadCodeSets(fixtureCodeSets);
const lookup = createCodeLookup({
  icd10cm: icd10cmStatuses(sets.icd10cm!.entries),
  hcpcs: new Map([...sets.hcpcs!.codes.values()].map((c) => [c.code, c.active ? ('valid' as const) : ('terminated' as const)])),
  cpt: new Set(['99213', '99214', '20610']),
});
const key = answerKeySchema.parse({
  diagnoses: [
    { code: 'E11.621', firstListed: true, rationale: 'Combination code for type 2 diabetes with a foot ulcer, sequenced first.' },
    { code: 'I10', rationale: 'Essential hypertension is coded as a coexisting chronic condition.' },
    { code: 'Z00.00', rationale: 'A fixture third diagnosis that may go in any position.' },
  ],
  procedures: [
    { code: '99214', system: 'cpt', modifiers: ['25'], rationale: 'Significant, separately identifiable visit with modifier 25.' },
    { code: '20610', system: 'cpt', modifiers: ['RT'], rationale: 'Major joint injection on the right knee.' },
    { code: 'J1100', system: 'hcpcs', units: 4, rationale: 'Dexamethasone 4 mg is four units of a 1 mg code.' },
  ],
  commonErrors: [{ code: 'E11.9', feedback: 'E11.9 says no complications, but the ulcer is a documented complication.' }],
});
const perfect = answerFromKey(key);

describe('gradeExercise', () => {
  it('scores the key against itself 100%', () => {
    const result = gradeExercise(key, perfect, lookup);
    expect(result.score).toBe(1);
    expect(result.allCorrect).toBe(true);
    expect(result.lines.every((l) => l.verdict === 'correct' && l.rationale)).toBe(true);
  });

  it('tells each kind of mistake apart', () => {
    const answer: LearnerAnswer = {
      diagnoses: ['i10', 'e11621', 'E11.9', 'E11', 'S72.001', 'E11.99', '11.9', 'I10'],
      procedures: [{ code: '99214' }, { code: '20610-RT' }, { code: 'J1100', units: 2 }, { code: 'G9999' }, { code: '99213' }, { code: 'hello' }],
    };
    const result = gradeExercise(key, answer, lookup);
    const verdicts = result.lines.map((l) => [l.section[0], l.input.trim(), l.verdict]);
    expect(verdicts).toEqual([
      ['d', 'i10', 'correct'],
      ['d', 'e11621', 'sequence'],
      ['d', 'E11.9', 'not-in-key'],
      ['d', 'E11', 'not-billable'],
      ['d', 'S72.001', 'not-billable'],
      ['d', 'E11.99', 'not-valid'],
      ['d', '11.9', 'malformed'],
      ['d', 'I10', 'duplicate'],
      ['p', '99214', 'modifier'],
      ['p', '20610-RT', 'correct'],
      ['p', 'J1100 2', 'units'],
      ['p', 'G9999', 'not-valid'],
      ['p', '99213', 'not-in-key'],
      ['p', 'hello', 'malformed'],
    ]);
    expect(result.lines[2]!.rationale).toContain('documented complication');
    expect(result.lines[4]!.message).toContain('7th character');
    expect(result.missing.map((m) => m.code)).toEqual(['Z00.00']);
    // 1 + 0.5 + 0.5 + 1 + 0.5 = 3.5 earned; 9 lines outside the key cost 2.25; 1.25 / 6
    expect(result.score).toBe(0.2083);
    expect(gradeExercise(key, answer, lookup, 'all-or-nothing').score).toBe(0);
  });

  it('pairs repeated codes on different key lines by their modifiers', () => {
    const twoLines = answerKeySchema.parse({
      procedures: [
        { code: 'J1100', system: 'hcpcs', units: 8, rationale: 'Eight milligrams given from a 10 mg vial.' },
        { code: 'J1100', system: 'hcpcs', modifiers: ['JW'], units: 2, rationale: 'Two milligrams discarded, reported with JW.' },
      ],
    });
    const result = gradeExercise(twoLines, { diagnoses: [], procedures: [{ code: 'J1100-JW', units: 2 }, { code: 'J1100', units: 8 }] }, lookup);
    expect(result.lines.map((l) => l.verdict)).toEqual(['correct', 'correct']);
  });

  const keyAnswerPermutation = fc.tuple(
    fc.shuffledSubarray([1, 2], { minLength: 2, maxLength: 2 }),
    fc.shuffledSubarray([0, 1, 2], { minLength: 3, maxLength: 3 }),
  );

  it('ignores the order of codes that are not sequenced', () => {
    fc.assert(
      fc.property(keyAnswerPermutation, ([dx, px]) => {
        const answer = { diagnoses: [perfect.diagnoses[0]!, ...dx.map((i) => perfect.diagnoses[i]!)], procedures: px.map((i) => perfect.procedures[i]!) };
        expect(gradeExercise(key, answer, lookup).score).toBe(1);
      }),
    );
  });

  it('never throws and never marks an unknown or malformed code correct', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom('E11.621', 'e11', 'I10', 'S72.001A', 'Z00.00', 'E119', '')), { maxLength: 6 }),
        fc.array(fc.record({ code: fc.oneof(fc.string(), fc.constantFrom('99214', 'J1100', '20610')), modifiers: fc.string({ maxLength: 8 }), units: fc.oneof(fc.integer(), fc.string({ maxLength: 3 })) }), { maxLength: 5 }),
        (diagnoses, procedures) => {
          const result = gradeExercise(key, { diagnoses, procedures }, lookup);
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(1);
          for (const line of result.lines) {
            if (line.verdict === 'correct') expect(lookup(line.section === 'diagnosis' ? 'icd10cm' : /^\d/.test(line.code!) ? 'cpt' : 'hcpcs', line.code!)).toBe('valid');
          }
          expect(gradeExercise(key, { diagnoses, procedures }, lookup)).toEqual(result);
        },
      ),
    );
  });
});
