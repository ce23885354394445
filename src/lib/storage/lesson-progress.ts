import * as z from 'zod/mini';
import type { Storage, WriteResult } from './storage-adapter.ts';

const completedSchema = z.object({ completedAt: z.string() });

/** Whether a lesson is marked complete. */
export function isLessonComplete(storage: Storage, lessonId: string): boolean {
  const read = storage.read(`lesson:${lessonId}`, completedSchema);
  return read.ok && read.value !== undefined;
}

export function setLessonComplete(storage: Storage, lessonId: string, complete: boolean, now: Date = new Date()): WriteResult {
  return complete ? storage.write(`lesson:${lessonId}`, completedSchema, { completedAt: now.toISOString() }) : storage.remove(`lesson:${lessonId}`);
}

/** Ids of every completed lesson. */
export function completedLessons(storage: Storage): Set<string> {
  return new Set(storage.keys('lesson:').map((k) => k.slice('lesson:'.length)));
}
