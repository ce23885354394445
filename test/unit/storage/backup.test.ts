import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { applyImport, clearAll, createStorage, exportAll, memoryBackend, planImport, writeCardState } from '../../../src/lib/storage/index.ts';
import { review } from '../../../src/lib/srs/index.ts';

const filled = () => {
  const backend = memoryBackend();
  const storage = createStorage(backend, () => new Date('2026-11-28T10:00:00Z'));
  storage.write('lesson:cpt/modifiers', z.object({ completedAt: z.string() }), { completedAt: '2026-11-27T10:00:00Z' });
  writeCardState(storage, 'prefixes/pre-brady/f', review(undefined, 3, new Date('2026-11-27T10:00:00Z')));
  storage.write('exam-current:cpc-style', z.string(), 'cpc-style-x');
  return { backend, storage };
};

describe('export and import', () => {
  it('export then import into an empty browser is the identity', () => {
    const { backend, storage } = filled();
    const text = JSON.stringify(exportAll(storage));
    const other = memoryBackend();
    const target = createStorage(other);
    const plan = planImport(target, text);
    expect(plan.ok && [plan.added.length, plan.changed.length]).toEqual([3, 0]);
    if (plan.ok) expect(applyImport(target, plan)).toEqual({ ok: true });
    expect(other.data).toEqual(backend.data);
  });

  it('export then import is the identity for any set of records', () => {
    const record = fc.record({ n: fc.integer(), s: fc.string(), list: fc.array(fc.boolean(), { maxLength: 4 }) });
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9:/-]{0,20}$/), record, { maxKeys: 8 }), (records) => {
        const source = memoryBackend();
        const storage = createStorage(source, () => new Date('2026-11-28T10:00:00Z'));
        const schema = z.object({ n: z.int(), s: z.string(), list: z.array(z.boolean()) });
        for (const [key, value] of Object.entries(records)) storage.write(key, schema, value);
        const target = memoryBackend();
        const plan = planImport(createStorage(target), JSON.stringify(exportAll(storage)));
        expect(plan.ok).toBe(true);
        if (plan.ok) applyImport(createStorage(target), plan);
        expect(target.data).toEqual(source.data);
      }),
    );
  });

  it('says what will change before changing anything', () => {
    const { storage } = filled();
    const text = JSON.stringify(exportAll(storage));
    storage.write('exam-current:cpc-style', z.string(), 'another');
    storage.write('settings:srs', z.object({ newPerDay: z.int() }), { newPerDay: 5 });
    const plan = planImport(storage, text);
    expect(plan).toMatchObject({ ok: true, added: [], changed: ['exam-current:cpc-style'], kept: ['settings:srs'] });
  });

  it('rejects malformed, truncated, foreign and newer files without changing anything', () => {
    const { backend, storage } = filled();
    const before = new Map(backend.data);
    const text = JSON.stringify(exportAll(storage));
    for (const bad of [text.slice(0, text.length / 2), '{"format":"other"}', text.replace('"version":1', '"version":9'), text.replace('"records":{', '"records":{"x":{"v":1},'), '']) {
      const plan = planImport(storage, bad);
      expect(plan.ok).toBe(false);
    }
    expect(backend.data).toEqual(before);
  });

  it('never accepts a randomly corrupted file as a different valid backup', () => {
    const { storage } = filled();
    const text = JSON.stringify(exportAll(storage));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 1 }), fc.integer({ min: 1, max: 20 }), (at, cut) => {
        const corrupted = text.slice(0, at) + text.slice(at + cut);
        const plan = planImport(createStorage(memoryBackend()), corrupted);
        if (plan.ok) {
          // Only harmless edits (e.g. inside a timestamp string) may still parse; the records must still be well-formed.
          expect(Object.keys(plan.backup.records).length).toBeLessThanOrEqual(3);
        }
      }),
    );
  });

  it('clears everything on request', () => {
    const { backend, storage } = filled();
    expect(clearAll(storage)).toBe(3);
    expect(backend.data.size).toBe(0);
  });
});
