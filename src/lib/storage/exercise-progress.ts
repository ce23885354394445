import * as z from 'zod/mini';
import type { Storage, ReadResult, WriteResult } from './storage-adapter.ts';

const text = (max: number) => z.string().check(z.maxLength(max));
const procedureEntrySchema = z.object({ code: text(40), modifiers: z._default(text(40), ''), units: z._default(text(5), '') });

/** What the learner has typed on an exercise, kept as a draft between visits. */
export const exerciseEntriesSchema = z.object({
  diagnoses: z.array(text(40)).check(z.maxLength(40)),
  procedures: z.array(procedureEntrySchema).check(z.maxLength(40)),
});
export type ExerciseEntries = z.output<typeof exerciseEntriesSchema>;

export const exerciseAttemptSchema = z.object({
  at: z.string(),
  score: z.number().check(z.minimum(0), z.maximum(1)),
  allCorrect: z.boolean(),
  /** Count of lines by verdict, e.g. { correct: 2, sequence: 1 }. */
  verdicts: z.record(z.string(), z.int().check(z.minimum(0))),
  entries: exerciseEntriesSchema,
});
export type ExerciseAttempt = z.output<typeof exerciseAttemptSchema>;

export const exerciseProgressSchema = z.object({
  draft: exerciseEntriesSchema,
  attempts: z.array(exerciseAttemptSchema).check(z.maxLength(100)),
  revealed: z._default(z.boolean(), false),
});
export type ExerciseProgress = z.output<typeof exerciseProgressSchema>;

/** Storage key of one exercise's progress. */
export const exerciseKey = (id: string) => `exercise:${id}`;

export function readExerciseProgress(storage: Storage, id: string): ReadResult<ExerciseProgress> {
  return storage.read(exerciseKey(id), exerciseProgressSchema);
}

export function writeExerciseProgress(storage: Storage, id: string, progress: ExerciseProgress): WriteResult {
  return storage.write(exerciseKey(id), exerciseProgressSchema, { ...progress, attempts: progress.attempts.slice(-100) });
}

/** Learner status of an exercise for lists: not started, in progress (attempted, not yet right) or solved. */
export function exerciseStatus(progress: ExerciseProgress | undefined): 'new' | 'attempted' | 'solved' {
  if (!progress || progress.attempts.length === 0) return 'new';
  return progress.attempts.some((a) => a.allCorrect) ? 'solved' : 'attempted';
}
