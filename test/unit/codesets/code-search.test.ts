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

describe('matching words the way coders type them', () => {
  const index = buildCodeIndex([
    { code: 'D25.9', title: 'Leiomyoma of uterus, unspecified', valid: true },
    { code: 'O67.8', title: 'Other intrapartum hemorrhage', valid: true, aliases: 'uterine' },
    { code: 'I82.402', title: 'Acute embolism and thrombosis of unspecified deep veins of left lower extremity', valid: true },
    { code: 'I82.4Y2', title: 'Acute embolism and thrombosis of unspecified deep veins of left proximal lower extremity', valid: true },
    { code: 'K64.9', title: 'Unspecified hemorrhoids', valid: true },
    { code: 'K64.0', title: 'First degree hemorrhoids', valid: true },
    { code: 'O09.01', title: 'Supervision of pregnancy with history of infertility, first trimester', valid: true },
    { code: 'Z34.01', title: 'Encounter for supervision of normal first pregnancy, first trimester', valid: true },
    { code: 'Z96.651', title: 'Presence of right artificial knee joint', valid: true },
    { code: 'M25.561', title: 'Pain in right knee', valid: true },
    { code: 'C44.311', title: 'Basal cell carcinoma of skin of nose', valid: true },
    { code: 'C30.0', title: 'Malignant neoplasm of nasal cavity', valid: true },
    { code: 'C61', title: 'Malignant neoplasm of prostate', valid: true },
  ]);
  const top = (q: string) => searchCodes(index, q, 5).map((h) => h.code);

  it('matches a word in either number and adjectives by the noun titles use', () => {
    expect(top('uterine fibroids')[0]).toBe('D25.9');
    expect(top('deep vein thrombosis left leg')[0]).toBe('I82.402');
    expect(top('prostate cancer')).toEqual(['C61']);
    expect(top('basal cell carcinoma nose')[0]).toBe('C44.311');
  });

  it('forgives two slips in a long word, one in a shorter word, and ranks the plain title first', () => {
    expect(top('hemmorhoids')).toEqual(['K64.9', 'K64.0']);
    expect(top('hemorrhoid')[0]).toBe('K64.9');
    expect(top('hemmorhoidz')).toEqual([]);
  });

  it('counts a repeated title word once and looks past "Encounter for" for the leading word', () => {
    expect(top('supervision first pregnancy first trimester')[0]).toBe('Z34.01');
  });

  it('applies every multi-word phrase in a query, not only the last one', () => {
    expect(top('status post right knee replacement')[0]).toBe('Z96.651');
  });

  it('answers a query the same whatever was searched before it', () => {
    const fresh = () => buildCodeIndex(index.rows);
    for (const [before, after] of [['supervision first pregnancy prostate', 'prostate cancer'], ['knee right pain basal cell', 'basal cell carcinoma nose']] as const) {
      searchCodes(index, before);
      expect(searchCodes(index, after)).toEqual(searchCodes(fresh(), after));
    }
  });
});

describe('ranking what a coder means', () => {
  const index = buildCodeIndex([
    { code: 'C50.919', title: 'Malignant neoplasm of unspecified site of unspecified female breast', valid: true },
    { code: 'D05.90', title: 'Unspecified type of carcinoma in situ of unspecified breast', valid: true },
    { code: 'Z12.39', title: 'Encounter for other screening for malignant neoplasm of breast', valid: true },
    { code: 'Z80.3', title: 'Family history of malignant neoplasm of breast', valid: true },
    { code: 'J11.1', title: 'Influenza due to unidentified influenza virus with other respiratory manifestations', valid: true, indexDefault: true },
    { code: 'R23.2', title: 'Flushing', valid: true },
    { code: 'Y92.000', title: 'Kitchen of unspecified non-institutional (private) residence as the place of occurrence of the external cause', valid: true },
    { code: 'Y92.020', title: 'Kitchen in mobile home as the place of occurrence of the external cause', valid: true },
  ]);
  const top = (q: string) => searchCodes(index, q, 5).map((h) => h.code);

  it('puts the condition before screening, history and in-situ codes unless they are asked for', () => {
    expect(top('breast cancer')[0]).toBe('C50.919');
    expect(top('breast carcinoma')[0]).toBe('C50.919');
    expect(top('screening breast cancer')[0]).toBe('Z12.39');
    expect(top('family history breast cancer')[0]).toBe('Z80.3');
    expect(top('carcinoma in situ breast')[0]).toBe('D05.90');
  });

  it('reads a known short word as a whole word, not the start of a longer one', () => {
    expect(top('flu')).toEqual(['J11.1']);
  });

  it('takes "home" as any private residence', () => {
    expect(top('home kitchen')).toContain('Y92.000');
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
