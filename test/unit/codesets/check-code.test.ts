import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkHcpcsCode, checkIcd10cmCode } from '../../../src/lib/codesets/index.ts';
import { loadCodeSets } from '../../../src/lib/codesets/node.ts';
import { fixtureCodeSets } from '../../helpers.ts';

const sets = await loadCodeSets(fixtureCodeSets);
const icd = sets.icd10cm!;
const hcpcs = sets.hcpcs!;

describe('checkIcd10cmCode', () => {
  it('accepts billable codes with or without the dot', () => {
    expect(checkIcd10cmCode('E11.621', icd).ok).toBe(true);
    expect(checkIcd10cmCode('e11621', icd).ok).toBe(true);
  });
  it('explains headers, missing 7th characters and unknown codes with the code-set year', () => {
    expect(checkIcd10cmCode('E11', icd)).toMatchObject({ ok: false, reason: 'header', message: expect.stringContaining('ICD-10-CM FY2026') });
    expect(checkIcd10cmCode('S72.001', icd)).toMatchObject({ ok: false, reason: 'needs-seventh', message: expect.stringContaining('S72.001A') });
    expect(checkIcd10cmCode('S72.0', icd)).toMatchObject({ ok: false, reason: 'needs-seventh' });
    expect(checkIcd10cmCode('E11.99', icd)).toMatchObject({ ok: false, reason: 'not-found' });
    expect(checkIcd10cmCode('11.9', icd)).toMatchObject({ ok: false, reason: 'malformed' });
  });
  it('never calls a string valid unless it is a billable code in the set', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), (s) => {
        const check = checkIcd10cmCode(s, icd);
        if (check.ok) expect(icd.byCode.get(check.code)?.billable).toBe(true);
      }),
    );
  });
});

describe('checkHcpcsCode', () => {
  it('accepts active codes, rejects terminated and unknown ones', () => {
    expect(checkHcpcsCode('j1100', hcpcs).ok).toBe(true);
    expect(checkHcpcsCode('G9999', hcpcs)).toMatchObject({ ok: false, reason: 'terminated', message: expect.stringContaining('January 2026') });
    expect(checkHcpcsCode('J9999', hcpcs)).toMatchObject({ ok: false, reason: 'not-found' });
    expect(checkHcpcsCode('99213', hcpcs)).toMatchObject({ ok: false, reason: 'malformed' });
  });
});
