import { z } from 'zod';
import type { Storage, ReadResult, WriteResult } from './storage-adapter.ts';

const procedureEntrySchema = z.object({ code: z.string().max(40), modifiers: z.string().max(40).default(''), units: z.string().max(5).default('') });

/** What the learner has typed on an exercise, kept as a draft between visits. */
export const exerciseEntriesSchema = z.object({
  diagnoses: z.array(z.string().max(40)).max(40),
  procedures: z.array(procedureEntrySchema).max(40),
});
export type ExerciseEntries = z.output<typeof exerciseEntriesSchema>;

export const exerciseAttemptSchema = z.object({
  at: z.string(),
  score: z.number().min(0).max(1),
  allCorrect: z.boolean(),
  /** Count of lines by verdict, e.g. { correct: 2, sequence: 1 }. */
  verdicts: z.record(z.string(), z.int().min(0)),
  entries: exerciseEntriesSchema,
});
export type ExerciseAttempt = z.output<typeof exerciseAttemptSchema>;

export const exerciseProgressSchema = z.object({
  draft: exerciseEntriesSchema,
  attempts: z.array(exerciseAttemptSchema).max(100),
  revealed: z.boolean().default(false),
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
