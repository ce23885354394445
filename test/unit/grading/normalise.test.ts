import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanInput, parseDiagnosis, parseProcedure, splitEntries } from '../../../src/lib/grading/index.ts';

describe('reading what learners type', () => {
  it.each([
    ['e119', 'E11.9'],
    ['E11.9', 'E11.9'],
    ['E1.19', 'E11.9'],
    [' s72.001a ', 'S72.001A'],
    ['Ｅ１１．９', 'E11.9'],
    ['E11 .621', 'E11.621'],
    ['i10', 'I10'],
  ])('diagnosis %j -> %s', (raw, code) => expect(parseDiagnosis(raw)).toEqual({ ok: true, code }));

  it.each(['', '11.9', 'E', 'E1', 'E11.99999', 'hello', 'E11-9?'])('diagnosis %j is malformed', (raw) => {
    expect(parseDiagnosis(raw).ok).toBe(false);
  });

  it.each([
    ['99213-25', { code: '99213', system: 'cpt', modifiers: ['25'], units: 1 }],
    ['99213 25', { code: '99213', system: 'cpt', modifiers: ['25'], units: 1 }],
    ['99213-25-59', { code: '99213', system: 'cpt', modifiers: ['25', '59'], units: 1 }],
    ['j1100 x4', { code: 'J1100', system: 'hcpcs', modifiers: [], units: 4 }],
    ['20610-rt', { code: '20610', system: 'cpt', modifiers: ['RT'], units: 1 }],
    ['99213-X4', { code: '99213', system: 'cpt', modifiers: ['X4'], units: 1 }],
    ['J1100×3', { code: 'J1100', system: 'hcpcs', modifiers: [], units: 3 }],
    ['3074F', { code: '3074F', system: 'cpt', modifiers: [], units: 1 }],
    ['９９２１３－２５', { code: '99213', system: 'cpt', modifiers: ['25'], units: 1 }],
  ])('procedure %j', (raw, expected) => expect(parseProcedure(raw)).toEqual({ ok: true, ...expected }));

  it('takes modifiers and units from separate fields', () => {
    expect(parseProcedure('20610', '-rt, 59', 2)).toEqual({ ok: true, code: '20610', system: 'cpt', modifiers: ['RT', '59'], units: 2 });
    expect(parseProcedure('20610', 'R', 1).ok).toBe(false);
    expect(parseProcedure('20610', '', 0).ok).toBe(false);
    expect(parseProcedure('W1234').ok).toBe(false);
  });

  it('splits pasted lists on new lines, commas and semicolons', () => {
    expect(splitEntries('e11.9, I10\nZ79.4; ;')).toEqual(['E11.9', 'I10', 'Z79.4']);
    expect(cleanInput('\u200Be11\u20139')).toBe('E11-9');
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.oneof(fc.string(), fc.integer(), fc.constant(undefined)), (a, b, u) => {
        const dx = parseDiagnosis(a);
        const px = parseProcedure(a, b, u as string | number | undefined);
        if (dx.ok) expect(dx.code).toMatch(/^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/);
        if (px.ok) expect(px.modifiers.every((m) => /^[0-9A-Z]{2}$/.test(m))).toBe(true);
      }),
    );
  });
});
