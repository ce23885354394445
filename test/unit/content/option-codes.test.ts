import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codesInOption } from '../../../src/lib/content/option-codes.ts';

describe('codesInOption', () => {
  it('reads options written as codes only', () => {
    expect(codesInOption('E11.621, L97.411')).toEqual([
      { system: 'icd10cm', code: 'E11.621', modifiers: [] },
      { system: 'icd10cm', code: 'L97.411', modifiers: [] },
    ]);
    expect(codesInOption('99214-25, 20610-RT')?.map((c) => [c.system, c.code, c.modifiers])).toEqual([['cpt', '99214', ['25']], ['cpt', '20610', ['RT']]]);
    expect(codesInOption('J1100 x4')).toEqual([{ system: 'hcpcs', code: 'J1100', modifiers: [] }]);
    expect(codesInOption('I10')).toEqual([{ system: 'icd10cm', code: 'I10', modifiers: [] }]);
  });
  it('leaves prose alone', () => {
    expect(codesInOption('Report E11.9 only')).toBeUndefined();
    expect(codesInOption('Within 60 days')).toBeUndefined();
    fc.assert(fc.property(fc.string(), (s) => void codesInOption(s)));
  });
});
