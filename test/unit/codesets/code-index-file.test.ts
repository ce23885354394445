import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCodeIndex, codeRowsText, decodeCodeIndex, encodeCodeIndex, icd10cmSearchRows, parseIcd10cmCodesText, searchCodes, type CodeRow } from '../../../src/lib/codesets/index.ts';
import { loadCodeSets } from '../../../src/lib/codesets/node.ts';
import { fixtureCodeSets, haveSharedCodeSets, sharedCodeSets } from '../../helpers.ts';

const rows: CodeRow[] = [
  { code: 'E11.621', title: 'Type 2 diabetes mellitus with foot ulcer', valid: true, indexDefault: true },
  { code: 'E11.9', title: 'Type 2 diabetes mellitus without complications', valid: true, aliases: 'niddm adult onset' },
  { code: 'S72.0', title: 'Fracture of head and neck of femur', valid: false },
  { code: 'S72.001A', title: 'Fracture of unspecified part of neck of right femur, initial encounter for closed fracture', valid: true, aliases: 'hip' },
];

describe('the prebuilt code index file', () => {
  it('decodes to exactly the index the browser would build, aliases included', () => {
    const built = buildCodeIndex(rows);
    // The browser reads the code list without Index words: the file carries them.
    const listed = parseIcd10cmCodesText(codeRowsText(rows, false));
    expect(listed.some((r) => r.aliases)).toBe(false);
    const decoded = decodeCodeIndex(listed, encodeCodeIndex(built));
    expect({ ...decoded, rows: undefined }).toEqual({ ...built, rows: undefined });
    expect(searchCodes(decoded, 'hip')[0]?.code).toBe('S72.001A');
    expect(searchCodes(decoded, 'niddm')[0]?.code).toBe('E11.9');
  });

  it('round-trips any rows, repeated words included', () => {
    // A small pool of words makes repeats within a title, within Index words and across both common.
    const text = (max: number) => fc.array(fc.constantFrom('hip', 'fracture', 'of', 'left', 'hip', 'femur', 'x'), { maxLength: max }).map((ws) => ws.join(' '));
    const row = fc.record({ code: fc.stringMatching(/^[A-Z][0-9]{2}\.?[0-9A-Z]{0,4}$/), title: fc.oneof(text(8), fc.string({ maxLength: 60 })), valid: fc.boolean(), aliases: fc.option(text(6), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (some) => {
        const clean = some.map((r) => (r.aliases === undefined ? { code: r.code, title: r.title, valid: r.valid } : r));
        const built = buildCodeIndex(clean);
        expect(decodeCodeIndex(clean, encodeCodeIndex(built))).toEqual(built);
      }),
    );
  });

  it('says what is wrong with a foreign, cut-short or mismatched file', () => {
    const bytes = encodeCodeIndex(buildCodeIndex(rows));
    expect(() => decodeCodeIndex(rows, new TextEncoder().encode('<html>'))).toThrow(/Not a CodePrep code index file/);
    expect(() => decodeCodeIndex(rows, bytes.subarray(0, bytes.length - 3))).toThrow(/cut short/);
    expect(() => decodeCodeIndex(rows.slice(1), bytes)).toThrow(/built for 4 codes, but the code list has 3/);
    expect(() => decodeCodeIndex(rows, Uint8Array.from([...bytes, 0]))).toThrow(/unexpected bytes at its end/);
    const otherCodes = rows.map((r, i) => (i === 2 ? { ...r, code: 'S72.1' } : r));
    expect(() => decodeCodeIndex(otherCodes, bytes)).toThrow(/built for a different code list/);
  });

  it('counts an Index word once per code, however often it is listed', () => {
    const index = buildCodeIndex([{ code: 'S72.001A', title: 'Fracture of neck of right femur', valid: true, aliases: 'hip hip fracture hip' }]);
    const hip = index.vocab.indexOf('hip');
    expect([...index.aliasPostings.rows.subarray(index.aliasPostings.start[hip], index.aliasPostings.start[hip + 1])]).toEqual([0]);
    expect(() => encodeCodeIndex(index)).not.toThrow();
  });

  it('refuses to write posting lists that are not ascending', () => {
    const index = buildCodeIndex(rows);
    const broken = { ...index, postings: { rows: Uint32Array.from(index.postings.rows).reverse(), start: index.postings.start } };
    expect(() => encodeCodeIndex(broken)).toThrow(/ascending row numbers/);
  });

  it('never crashes or points past the code list on a damaged file', () => {
    const bytes = encodeCodeIndex(buildCodeIndex(rows));
    fc.assert(
      fc.property(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 }), (at, value) => {
        const damaged = Uint8Array.from(bytes);
        damaged[at] = value;
        let index;
        try {
          index = decodeCodeIndex(rows, damaged);
        } catch (error) {
          expect((error as Error).message).toMatch(/code index file/);
          return;
        }
        for (const row of [...index.postings.rows, ...index.aliasPostings.rows]) expect(row).toBeLessThan(rows.length);
        expect(Array.isArray(searchCodes(index, 'fracture femur'))).toBe(true);
      }),
    );
  });

  it('reads the fixture code sets the same way', async () => {
    const sets = await loadCodeSets(fixtureCodeSets, { tabular: true });
    const search = icd10cmSearchRows(sets.icd10cm!, sets.icd10cmIndex);
    const built = buildCodeIndex(search);
    expect(decodeCodeIndex(parseIcd10cmCodesText(codeRowsText(search, false)), encodeCodeIndex(built)).postings).toEqual(built.postings);
  });
});

describe.runIf(haveSharedCodeSets)('the prebuilt index of the full official files', async () => {
  const sets = await loadCodeSets(sharedCodeSets, { tabular: true });
  const search = icd10cmSearchRows(sets.icd10cm!, sets.icd10cmIndex);
  const built = buildCodeIndex(search);
  const bytes = encodeCodeIndex(built);

  it('answers every query as the index built in place does', () => {
    const decoded = decodeCodeIndex(parseIcd10cmCodesText(codeRowsText(search, false)), bytes);
    for (const q of ['diabetes foot ulcer', 'hip fracture left subsequent', 'migrane', 'E11.6', 'bee sting', 'copd exacerbation']) {
      expect(searchCodes(decoded, q, 10)).toEqual(searchCodes(built, q, 10));
    }
  });
});
