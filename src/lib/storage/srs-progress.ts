import * as z from 'zod/mini';
import type { StoredCard } from '../srs/scheduler.ts';
import type { ReadResult, Storage, WriteResult } from './storage-adapter.ts';

export const storedCardSchema = z.object({
  due: z.string(),
  stability: z.number(),
  difficulty: z.number(),
  elapsed_days: z.number(),
  scheduled_days: z.number(),
  learning_steps: z.number(),
  reps: z.int().check(z.minimum(0)),
  lapses: z.int().check(z.minimum(0)),
  state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  last_review: z.optional(z.string()),
});

const newTodaySchema = z.object({ day: z.string(), count: z.int().check(z.minimum(0)) });
const settingsSchema = z.object({ newPerDay: z.int().check(z.minimum(0), z.maximum(500)) });
export const DEFAULT_NEW_PER_DAY = 20;

/** Each card is its own record, so two tabs reviewing different cards never overwrite each other. */
const cardKey = (key: string) => `srs:${key}`;

export function readCardStates(storage: Storage, keys: readonly string[]): { states: Map<string, StoredCard>; problems: string[] } {
  const states = new Map<string, StoredCard>();
  const problems: string[] = [];
  for (const key of keys) {
    const read = storage.read(cardKey(key), storedCardSchema);
    if (!read.ok) problems.push(read.message);
    else if (read.value) states.set(key, read.value as StoredCard);
  }
  return { states, problems };
}

export function writeCardState(storage: Storage, key: string, state: StoredCard): WriteResult {
  return storage.write(cardKey(key), storedCardSchema, state);
}

/** New cards already introduced today, per deck. */
export function readNewToday(storage: Storage, deck: string, day: string): number {
  const read: ReadResult<{ day: string; count: number }> = storage.read(`srs-new:${deck}`, newTodaySchema);
  return read.ok && read.value?.day === day ? read.value.count : 0;
}
export function writeNewToday(storage: Storage, deck: string, day: string, count: number): WriteResult {
  return storage.write(`srs-new:${deck}`, newTodaySchema, { day, count });
}

export function readNewPerDay(storage: Storage): number {
  const read = storage.read('settings:srs', settingsSchema);
  return read.ok && read.value ? read.value.newPerDay : DEFAULT_NEW_PER_DAY;
}
export function writeNewPerDay(storage: Storage, newPerDay: number): WriteResult {
  return storage.write('settings:srs', settingsSchema, { newPerDay });
}
