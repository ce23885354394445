import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyFileName, codeSetsDir, discoverCodeSetFiles, newestOfEachKind } from '../../../src/lib/codesets/node.ts';
import { loadCodeSets } from '../../../src/lib/codesets/node.ts';
import { fixtureCodeSets } from '../../helpers.ts';

describe('classifyFileName', () => {
  it.each([
    ['icd10cm-order-2026.txt', { kind: 'icd10cm-order', year: 2026 }],
    ['icd10cm_order_2027.txt', { kind: 'icd10cm-order', year: 2027 }],
    ['icd10cm_tabular_2023.xml.gz', { kind: 'icd10cm-tabular', year: 2023 }],
    ['icd10cm-tabular-2026.xml', { kind: 'icd10cm-tabular', year: 2026 }],
    ['HCPC2025_OCT_ANWEB.xlsx', { kind: 'hcpcs-xlsx', year: 2025, quarter: 'OCT' }],
    ['HCPC2026_APR_ANWEB.txt', { kind: 'hcpcs-txt', year: 2026, quarter: 'APR' }],
    ['HCPC2020_ANWEB_w_disclaimer.txt', { kind: 'hcpcs-txt', year: 2020, quarter: 'JAN' }],
  ])('%s', (name, expected) => expect(classifyFileName(name)).toEqual(expected));

  it.each(['icd10cm-order-addenda-2026.txt', 'icd10cm-codes-2026.txt', 'HCPC2020_README.txt', 'proc_notes_2020.txt'])('ignores %s', (name) => {
    expect(classifyFileName(name)).toBeUndefined();
  });
});

describe('discovery', () => {
  it('walks folders recursively and picks the newest year and quarter of each kind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'codesets-'));
    for (const path of ['a/icd10cm-order-2025.txt', 'b/c/icd10cm_order_2027.txt', 'HCPC2026_JAN_ANWEB.xlsx', 'x/HCPC2026_JUL_ANWEB_v2.txt', 'HCPC2025_OCT_ANWEB.xlsx']) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), '');
    }
    const newest = newestOfEachKind(discoverCodeSetFiles(dir));
    expect(newest.icd10cmOrder).toMatchObject({ year: 2027, path: join(dir, 'b/c/icd10cm_order_2027.txt') });
    expect(newest.hcpcs).toMatchObject({ year: 2026, quarter: 'JUL', kind: 'hcpcs-txt' });
    expect(newest.icd10cmTabular).toBeUndefined();
  });

  it('treats a missing folder as empty and reports what is missing', async () => {
    const sets = await loadCodeSets(join(tmpdir(), 'no-such-codesets-folder'));
    expect(sets.icd10cm).toBeUndefined();
    expect(sets.hcpcs).toBeUndefined();
    expect(sets.missing.map((m) => m.split(' (')[0])).toEqual(['ICD-10-CM order file', 'ICD-10-CM Tabular List XML', 'HCPCS Level II alpha-numeric file']);
  });

  it('takes the year from the files: the newer fixture order file wins', async () => {
    const sets = await loadCodeSets(fixtureCodeSets);
    expect(sets.icd10cm?.year).toBe(2026);
    expect(sets.hcpcs).toMatchObject({ year: 2026, quarter: 'JAN' });
  });

  it('reads CODESETS_DIR, else ../shared/codesets', () => {
    expect(codeSetsDir({ CODESETS_DIR: '/data/cs' }, '/p')).toBe('/data/cs');
    expect(codeSetsDir({}, '/work/app')).toBe('/work/shared/codesets');
  });
});
