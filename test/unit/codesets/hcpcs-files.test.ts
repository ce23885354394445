import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CodeSetFileError, hcpcsFromXlsxRows, parseHcpcsTxtFile, quarterEffectiveDate } from '../../../src/lib/codesets/index.ts';
import { loadCodeSets } from '../../../src/lib/codesets/node.ts';
import { fixtureCodeSets, haveSharedCodeSets, sharedCodeSets } from '../../helpers.ts';

const txtFixture = resolve(fixtureCodeSets, 'hcpcs/HCPC2026_JAN_ANWEB.txt');

describe('parseHcpcsTxtFile on a fixture in the 320-byte record format', () => {
  const text = readFileSync(txtFixture, 'latin1');
  const set = parseHcpcsTxtFile(text, txtFixture, 2026, 'JAN');

  it('skips the disclaimer and joins continuation lines', () => {
    expect([...set.codes.keys()]).toEqual(['A4253', 'E0114', 'J1100', 'G9999']);
    expect(set.codes.get('A4253')?.longDescription).toBe('Blood glucose test or reagent strips for home blood glucose monitor, per 50 strips');
    expect(set.codes.get('E0114')?.longDescription).toMatch(/tips and handgrips$/);
    expect(set.codes.get('J1100')).toMatchObject({ shortDescription: 'Dexamethasone sodium phos', addedDate: '1982-01-01', active: true });
  });

  it('reads modifiers apart from codes', () => {
    expect([...set.modifiers.keys()]).toEqual(['LT']);
  });

  it('keeps a code terminated on or before the effective date, marked not active', () => {
    expect(set.effectiveDate).toBe('2026-01-01');
    expect(set.codes.get('G9999')).toMatchObject({ terminationDate: '2020-01-01', active: false });
  });

  it('names file and line of a line that is not a record', () => {
    const broken = text.replace(/^E0114000204.*$/m, 'this line is not a record');
    expect(() => parseHcpcsTxtFile(broken, 'h.txt', 2026, 'JAN')).toThrow(/h\.txt:8: not a HCPCS record/);
  });

  it('rejects an orphan continuation line and a bad date', () => {
    const orphan = text.replace(/^A4253000103/m, 'A4253000104');
    expect(() => parseHcpcsTxtFile(orphan, 'h.txt', 2026, 'JAN')).toThrow(/h\.txt:5: continuation line for A4253/);
    const badDate = text.replace('19820101', '1982O101');
    expect(() => parseHcpcsTxtFile(badDate, 'h.txt', 2026, 'JAN')).toThrow(/h\.txt:9: J1100: added date should be YYYYMMDD/);
  });

  it('gives a CodeSetFileError, never a crash, for any garbage', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 330 }), { maxLength: 8 }), (lines) => {
        try {
          parseHcpcsTxtFile(lines.join('\n'), 'g.txt', 2026, 'JAN');
        } catch (error) {
          expect(error).toBeInstanceOf(CodeSetFileError);
        }
      }),
    );
  });
});

describe('hcpcsFromXlsxRows', () => {
  const header = ['HCPC', 'SEQNUM', 'RECID', 'LONG DESCRIPTION', 'SHORT DESCRIPTION', 'ADD DT', 'ACT EFF DT', 'TERM DT', 'ACTION CD'];
  const rows = [
    header,
    ['J1100', '0010', '3', 'Injection, dexamethasone sodium phosphate, 1 mg', 'Dexamethasone sodium phos', '19820101', '20010101', null, 'N'],
    ['   A1', '0010', '7', 'Dressing for one wound', 'Dressing for one wound', '20020701', '20020701', null, 'N'],
    ['Q0001', '0010', '3', 'Fictional code terminated on the effective day', 'Fictional', '20200101', '20251001', '20251001', 'D'],
  ];

  it('finds columns by header name and applies the quarter effective date', () => {
    const set = hcpcsFromXlsxRows(rows, 'x.xlsx', 2025, 'OCT');
    expect(set.effectiveDate).toBe(quarterEffectiveDate(2025, 'OCT'));
    expect(set.codes.get('J1100')?.active).toBe(true);
    expect(set.modifiers.get('A1')?.longDescription).toBe('Dressing for one wound');
    expect(set.codes.get('Q0001')).toMatchObject({ active: false, terminationDate: '2025-10-01' });
  });

  it('names the row of a bad record and a missing column', () => {
    expect(() => hcpcsFromXlsxRows([header, ['J1100', '0010', '5', 'x', 'x', null, null, null, 'N']], 'x.xlsx', 2025, 'OCT')).toThrow(/x\.xlsx:2: RECID/);
    expect(() => hcpcsFromXlsxRows([header.filter((h) => h !== 'TERM DT')], 'x.xlsx', 2025, 'OCT')).toThrow(/x\.xlsx:1: header row has no "TERM DT" column/);
  });
});

describe.runIf(haveSharedCodeSets)('the official HCPCS files', () => {
  it('October 2025 XLSX: 8,463 codes, 7,258 active, 383 modifiers', async () => {
    const sets = await loadCodeSets(sharedCodeSets);
    const hcpcs = sets.hcpcs!;
    expect(hcpcs).toMatchObject({ year: 2025, quarter: 'OCT', format: 'xlsx' });
    expect(hcpcs.codes.size).toBe(8_463);
    expect([...hcpcs.codes.values()].filter((c) => c.active)).toHaveLength(7_258);
    expect(hcpcs.modifiers.size).toBe(383);
    for (const code of ['G2211', 'J1100', 'G0008', 'E0114', 'A4253']) expect(hcpcs.codes.get(code)?.active).toBe(true);
  });

  it('2020 TXT: 6,710 codes and 369 modifiers', () => {
    const path = resolve(sharedCodeSets, '_stale_fallbacks/hcpcs-2020/HCPC2020_ANWEB_w_disclaimer.txt');
    const set = parseHcpcsTxtFile(readFileSync(path, 'latin1'), path, 2020, 'JAN');
    expect(set.codes.size).toBe(6_710);
    expect(set.modifiers.size).toBe(369);
    expect(set.codes.get('E0114')?.longDescription).toBe('Crutches underarm, other than wood, adjustable or fixed, pair, with pads, tips and handgrips');
  });
});
