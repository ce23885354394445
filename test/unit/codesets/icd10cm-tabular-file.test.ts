import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CodeSetFileError, nearestTabularEntry, parseIcd10cmTabular, sectionForCode, seventhCharacterTable } from '../../../src/lib/codesets/index.ts';
import { loadCodeSets } from '../../../src/lib/codesets/node.ts';
import { fixtureCodeSets, haveSharedCodeSets, sharedCodeSets } from '../../helpers.ts';

const path = resolve(fixtureCodeSets, 'icd10cm/icd10cm_tabular_2025.xml');
const xml = readFileSync(path, 'utf8');

describe('parseIcd10cmTabular on a fixture in the official schema', () => {
  const tabular = parseIcd10cmTabular(xml, path, 2025);

  it('reads chapters, sections, nested codes and notes', () => {
    expect(tabular.chapters.map((c) => [c.number, c.sections.map((s) => s.id)])).toEqual([['4', ['E08-E13']], ['19', ['S70-S79']]]);
    expect(tabular.diags.get('E11')).toMatchObject({ title: 'Type 2 diabetes mellitus', notes: { includes: ['diabetes NOS'], excludes1: ['type 1 diabetes mellitus (E10.-)'], useAdditionalCode: ['insulin (Z79.4)'] }, children: ['E11.6'] });
    expect(tabular.diags.get('E11.621')).toMatchObject({ parent: 'E11.62', section: 'E08-E13', chapter: '4' });
  });

  it('inherits the 7th-character table from the category, skipping interleaved notes', () => {
    expect(seventhCharacterTable(tabular, 'S72.001A')).toEqual({ definedAt: 'S72', table: { A: 'initial encounter for closed fracture', D: 'subsequent encounter for closed fracture with routine healing' } });
    expect(nearestTabularEntry(tabular, 'S72.001A')?.code).toBe('S72.001');
    expect(seventhCharacterTable(tabular, 'E11.621')).toBeUndefined();
  });

  it('places a code in the block that holds it, even when the tabular lacks it', () => {
    expect(sectionForCode(tabular, 'E11.A')?.section.id).toBe('E08-E13');
    expect(sectionForCode(tabular, 'E1A.0')?.section.id).toBe('E08-E13');
    expect(sectionForCode(tabular, 'A00.0')).toBeUndefined();
  });

  it('names file and line of malformed XML, and never crashes on garbage', () => {
    expect(() => parseIcd10cmTabular(xml.replace('</excludes1>', ''), 't.xml', 2025)).toThrow(/^t\.xml:\d+: not well-formed XML/);
    expect(() => parseIcd10cmTabular('<other/>', 't.xml', 2025)).toThrow(/expected an <ICD10CM.tabular> root/);
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        try {
          parseIcd10cmTabular(text, 'g.xml', 2025);
        } catch (error) {
          expect(error).toBeInstanceOf(CodeSetFileError);
        }
      }),
    );
  });
});

describe.runIf(haveSharedCodeSets)('the official FY2023 Tabular List (the newest one present)', () => {
  it('has the counts recorded in PROVENANCE.md and its own year', async () => {
    const sets = await loadCodeSets(sharedCodeSets, { tabular: true });
    const tabular = sets.icd10cmTabular!;
    expect(tabular.year).toBe(2023);
    expect(sets.icd10cm!.year).toBe(2026);
    expect(tabular.chapters).toHaveLength(22);
    expect(tabular.chapters.reduce((n, c) => n + c.sections.length, 0)).toBe(296);
    expect(tabular.diags.size).toBe(45_869);
    expect([...tabular.diags.values()].filter((d) => d.children.length === 0)).toHaveLength(35_555);
    expect(seventhCharacterTable(tabular, 'S72.001A')?.table.A).toBe('initial encounter for closed fracture');
    expect(sectionForCode(tabular, 'I1A.0')?.section.id).toBe('I10-I16');
  });
});
