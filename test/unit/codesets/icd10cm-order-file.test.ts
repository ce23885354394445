import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CodeSetFileError, parseIcd10cmOrderFile } from '../../../src/lib/codesets/index.ts';
import { fixtureCodeSets, haveSharedCodeSets, sharedCodeSets } from '../../helpers.ts';

const fixture = resolve(fixtureCodeSets, 'icd10cm/icd10cm-order-2026.txt');

describe('parseIcd10cmOrderFile on a fixture in the official format', () => {
  const set = parseIcd10cmOrderFile(readFileSync(fixture, 'latin1'), fixture, 2026);

  it('reads codes with their decimal point, billable flag and titles', () => {
    expect(set.entries).toHaveLength(13);
    expect(set.byCode.get('E11.621')).toEqual({
      code: 'E11.621',
      billable: true,
      shortTitle: 'Type 2 diabetes mellitus with foot ulcer',
      longTitle: 'Type 2 diabetes mellitus with foot ulcer',
    });
    expect(set.byCode.get('E11')?.billable).toBe(false);
    expect(set.byCode.get('S72.001A')?.longTitle).toBe('Fracture of unspecified part of neck of right femur, initial encounter for closed fracture');
    expect(set.year).toBe(2026);
  });

  it('names file and line of a malformed row', () => {
    const text = readFileSync(fixture, 'latin1').replace('00004 E11621  1', '0004 E11621   1');
    expect(() => parseIcd10cmOrderFile(text, 'order.txt', 2026)).toThrow(/order\.txt:4: not an order-file row/);
  });

  it('rejects a flag other than 0 or 1 and a duplicate code', () => {
    const text = readFileSync(fixture, 'latin1');
    expect(() => parseIcd10cmOrderFile(text.replace('00006 I10     1', '00006 I10     7'), 'o.txt', 2026)).toThrow(/o\.txt:6/);
    const dup = `${text}00014 I10     1 Essential (primary) hypertension${' '.repeat(29)} Essential (primary) hypertension\r\n`;
    expect(() => parseIcd10cmOrderFile(dup, 'o.txt', 2026)).toThrow(/o\.txt:14: code I10 appears twice/);
  });

  it('gives a CodeSetFileError, never a crash, for any garbage', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        try {
          parseIcd10cmOrderFile(text, 'g.txt', 2026);
        } catch (error) {
          expect(error).toBeInstanceOf(CodeSetFileError);
        }
      }),
    );
  });
});

describe.runIf(haveSharedCodeSets)('the official FY2026 order file', () => {
  const path = resolve(sharedCodeSets, 'icd10cm/fy2026/icd10cm-order-2026.txt');
  const set = parseIcd10cmOrderFile(readFileSync(path, 'latin1'), path, 2026);

  it('has the counts recorded in PROVENANCE.md', () => {
    expect(set.entries).toHaveLength(98_186);
    expect(set.entries.filter((e) => e.billable)).toHaveLength(74_719);
    expect(set.entries.filter((e) => !e.billable)).toHaveLength(23_467);
  });

  it('matches the spot-checks', () => {
    expect(set.byCode.get('E11.9')).toMatchObject({ billable: true, longTitle: 'Type 2 diabetes mellitus without complications' });
    expect(set.byCode.get('E11')?.billable).toBe(false);
    expect(set.byCode.get('I10')?.billable).toBe(true);
    expect(set.byCode.get('S72.001A')?.shortTitle).toBe('Fracture of unsp part of neck of right femur, init');
    expect(set.byCode.get('Z00.00')?.billable).toBe(true);
  });
});
