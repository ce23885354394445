import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCodeIndex, icd10cmCodesText, parseIcd10cmCodesText, searchCodes, words } from '../../../src/lib/codesets/index.ts';
import { loadCodeSets } from '../../../src/lib/codesets/node.ts';
import { fixtureCodeSets, haveSharedCodeSets, sharedCodeSets } from '../../helpers.ts';

const fixture = await loadCodeSets(fixtureCodeSets);
const small = buildCodeIndex(parseIcd10cmCodesText(icd10cmCodesText(fixture.icd10cm!)));
const codes = (q: string, index = small) => searchCodes(index, q, 5).map((h) => h.code);

describe('the code search index on fixtures', () => {
  it('round-trips the compact code list', () => {
    const rows = parseIcd10cmCodesText(icd10cmCodesText(fixture.icd10cm!));
    expect(rows).toHaveLength(fixture.icd10cm!.entries.length);
    expect(rows.find((r) => r.code === 'E11.621')).toEqual({ code: 'E11.621', valid: true, title: 'Type 2 diabetes mellitus with foot ulcer' });
  });

  it('finds codes and code prefixes typed any way', () => {
    expect(codes('E11.621')[0]).toBe('E11.621');
    expect(codes('e11621')[0]).toBe('E11.621');
    expect(codes('s72.00')).toEqual(['S72.00', 'S72.001A', 'S72.001D', 'S72.001']);
  });

  it('ranks billable codes and closer matches first for word queries', () => {
    expect(codes('diabetes foot ulcer')[0]).toBe('E11.621');
    expect(codes('femur fracture right')[0]).toBe('S72.001A');
    expect(codes('diabetis')[0]).toMatch(/^E11/);
    expect(codes('htn')).toEqual(['I10']);
    expect(codes('essential hypertension')).toEqual(['I10']);
  });

  it('treats hostile input as plain text and never throws', () => {
    expect(words('E11.621 (foot)—ulcer')).toEqual(['e11', '621', 'foot', 'ulcer']);
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (q) => {
        expect(Array.isArray(searchCodes(small, q))).toBe(true);
      }),
    );
    expect(searchCodes(small, 'x'.repeat(100_000))).toEqual([]);
  });
});

describe.runIf(haveSharedCodeSets)('the code search on the full official files', async () => {
  const sets = await loadCodeSets(sharedCodeSets);
  const icd = buildCodeIndex(parseIcd10cmCodesText(icd10cmCodesText(sets.icd10cm!)));
  const hcpcs = buildCodeIndex([...sets.hcpcs!.codes.values()].map((c) => ({ code: c.code, title: c.longDescription, valid: c.active })));

  it.each(['E11.621', 'I13.0', 'S72.001A', 'T38.3X6A', 'Z00.00'])('finds %s by code, with or without the dot', (code) => {
    expect(codes(code, icd)[0]).toBe(code);
    expect(codes(code.replace('.', '').toLowerCase(), icd)[0]).toBe(code);
  });

  it.each(['J1100', 'E0114'])('finds HCPCS %s by code', (code) => expect(codes(code, hcpcs)[0]).toBe(code));

  it.each([
    ['type 2 diabetes with foot ulcer', 'E11.621'],
    ['hypertensive heart and chronic kidney disease with heart failure', 'I13.0'],
    ['fracture neck right femur initial closed', 'S72.001A'],
    ['underdosing insulin initial', 'T38.3X6A'],
    ['general adult medical exam without abnormal findings', 'Z00.00'],
    ['dexamethasone sodium phosphate', 'J1100'],
    ['crutches underarm', 'E0114'],
  ])('finds the code a coder wants for "%s" in the top 5', (query, code) => {
    const index = /^[A-Z]\d{4}$/.test(code) && !code.includes('.') ? hcpcs : icd;
    expect(codes(query, index)).toContain(code);
  });
});
