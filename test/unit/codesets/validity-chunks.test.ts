import { describe, expect, it } from 'vitest';
import { buildValidityChunks, chunkKeyFor, readValidityChunk } from '../../../src/lib/codesets/index.ts';
import { icd10cmStatuses } from '../../../src/lib/grading/index.ts';
import { loadCodeSets } from '../../../src/lib/codesets/node.ts';
import { fixtureCodeSets } from '../../helpers.ts';

describe('validity chunks', () => {
  it('round-trip every status of the fixture order file through chunks', async () => {
    const sets = await loadCodeSets(fixtureCodeSets);
    const statuses = icd10cmStatuses(sets.icd10cm!.entries);
    expect(statuses.get('S72.001')).toBe('needs-seventh');
    expect(statuses.get('E11.6')).toBe('header');
    const chunks = buildValidityChunks('icd10cm', statuses, 'ICD-10-CM FY2026');
    expect([...chunks.keys()].sort()).toEqual(['E1', 'I1', 'S7', 'Z0']);
    const back = new Map([...chunks.values()].flatMap((c) => [...readValidityChunk(c)]));
    expect(back).toEqual(statuses);
    expect(chunkKeyFor('hcpcs', 'j1100')).toBe('J');
  });
});
