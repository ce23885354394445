import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createStorage, memoryBackend, STORAGE_PREFIX, STORAGE_VERSION } from '../../../src/lib/storage/index.ts';

const schema = z.object({ n: z.int() });
const now = () => new Date('2026-11-28T12:00:00Z');

describe('the storage adapter', () => {
  it('round-trips a record in a versioned envelope', () => {
    const backend = memoryBackend();
    const storage = createStorage(backend, now);
    expect(storage.write('a', schema, { n: 1 })).toEqual({ ok: true });
    expect(JSON.parse(backend.data.get(`${STORAGE_PREFIX}a`)!)).toEqual({ v: STORAGE_VERSION, savedAt: '2026-11-28T12:00:00.000Z', data: { n: 1 } });
    expect(storage.read('a', schema)).toEqual({ ok: true, value: { n: 1 } });
    expect(storage.read('missing', schema)).toEqual({ ok: true, value: undefined });
    expect(storage.keys()).toEqual(['a']);
  });

  it('reports corrupt JSON, a wrong shape and a newer version without throwing', () => {
    const backend = memoryBackend({ [`${STORAGE_PREFIX}bad`]: '{"v":1,', [`${STORAGE_PREFIX}shape`]: '{"v":1,"savedAt":"x","data":{"n":"one"}}', [`${STORAGE_PREFIX}new`]: '{"v":99,"savedAt":"x","data":{}}' });
    const storage = createStorage(backend);
    expect(storage.read('bad', schema)).toMatchObject({ ok: false, reason: 'corrupt' });
    expect(storage.read('shape', schema)).toMatchObject({ ok: false, reason: 'corrupt' });
    expect(storage.read('new', schema)).toMatchObject({ ok: false, reason: 'newer-version' });
  });

  it('migrates a record written by an older version', () => {
    const backend = memoryBackend({ [`${STORAGE_PREFIX}old`]: '{"v":0,"savedAt":"x","data":{"count":3}}' });
    const storage = createStorage(backend);
    const migrate = (data: unknown, from: number) => (from === 0 ? { n: (data as { count: number }).count } : data);
    expect(storage.read('old', schema, migrate)).toEqual({ ok: true, value: { n: 3 } });
  });

  it('turns a full quota or missing storage into a message for the learner', () => {
    const full = memoryBackend();
    full.setItem = () => {
      throw Object.assign(new Error('exceeded'), { name: 'QuotaExceededError' });
    };
    expect(createStorage(full).write('a', schema, { n: 1 })).toMatchObject({ ok: false, reason: 'quota', message: expect.stringContaining('full') });
    expect(createStorage(undefined).write('a', schema, { n: 1 })).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(createStorage(memoryBackend()).write('a', schema, { n: 1.5 } as { n: number })).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
