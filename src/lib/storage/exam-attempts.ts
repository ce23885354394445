import * as z from 'zod/mini';
import type { ExamSession } from '../exam/session.ts';
import type { Storage, ReadResult, WriteResult } from './storage-adapter.ts';

const itemAnswerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('choice'), selected: z.array(z.int().check(z.minimum(0))) }),
  z.object({
    kind: z.literal('codes'),
    diagnoses: z.array(z.string().check(z.maxLength(40))),
    procedures: z.array(z.object({ code: z.string().check(z.maxLength(40)), modifiers: z.optional(z.string()), units: z.optional(z.string()) })),
  }),
]);

const formSchema = z.object({
  examId: z.string(),
  seed: z.int(),
  items: z.array(
    z.object({
      questionId: z.string(),
      domain: z.string(),
      scored: z.boolean(),
      optionOrder: z.optional(z.array(z.int())),
      caseId: z.optional(z.string()),
    }),
  ),
  parts: z.array(z.object({ title: z.string(), minutes: z.number(), start: z.int(), end: z.int() })).check(z.minLength(1)),
});

/** A whole attempt as saved after every answer, flag and strike. */
export const examSessionSchema = z.object({
  attemptId: z.string().check(z.minLength(1)),
  examId: z.string(),
  form: formSchema,
  mode: z.enum(['exam', 'practice']),
  timeFactor: z.number().check(z.minimum(1), z.maximum(3)),
  startedAt: z.number(),
  deadline: z.nullable(z.number()),
  lastSeen: z.number(),
  part: z.int().check(z.minimum(0)),
  current: z.int().check(z.minimum(0)),
  answers: z.record(z.string(), itemAnswerSchema),
  flags: z.record(z.string(), z.literal(true)),
  strikes: z.record(z.string(), z.array(z.int())),
  timeOn: z.record(z.string(), z.number()),
  submittedAt: z.nullable(z.number()),
  autoSubmitted: z.boolean(),
});

/** One line of an exam's history, for the trend and the dashboard. */
export const examHistoryEntrySchema = z.object({
  attemptId: z.string(),
  submittedAt: z.number(),
  mode: z.enum(['exam', 'practice']),
  timeFactor: z.number(),
  percent: z.number(),
  scaled: z.optional(z.number()),
  passed: z.boolean(),
  byDomain: z.array(z.object({ domain: z.string(), correct: z.int(), total: z.int(), percent: z.number() })),
});
export type ExamHistoryEntry = z.output<typeof examHistoryEntrySchema>;
const historySchema = z.array(examHistoryEntrySchema).check(z.maxLength(200));

/** The file format of an exported attempt. */
export const exportedAttemptSchema = z.object({
  format: z.literal('codeprep-exam-attempt'),
  version: z.literal(1),
  session: examSessionSchema,
});

const attemptKey = (attemptId: string) => `exam-attempt:${attemptId}`;
const currentKey = (examId: string) => `exam-current:${examId}`;
const historyKey = (examId: string) => `exam-history:${examId}`;
const lockKey = (attemptId: string) => `exam-lock:${attemptId}`;

export function saveSession(storage: Storage, session: ExamSession): WriteResult {
  return storage.write(attemptKey(session.attemptId), examSessionSchema, session);
}
export function readSession(storage: Storage, attemptId: string): ReadResult<ExamSession> {
  return storage.read(attemptKey(attemptId), examSessionSchema) as ReadResult<ExamSession>;
}
/** The attempt in progress (or last submitted) for an exam. */
export function readCurrentAttempt(storage: Storage, examId: string): ReadResult<string> {
  return storage.read(currentKey(examId), z.string());
}
export function setCurrentAttempt(storage: Storage, examId: string, attemptId: string | null): WriteResult {
  return attemptId === null ? storage.remove(currentKey(examId)) : storage.write(currentKey(examId), z.string(), attemptId);
}
export function readHistory(storage: Storage, examId: string): ReadResult<ExamHistoryEntry[]> {
  return storage.read(historyKey(examId), historySchema);
}
export function addToHistory(storage: Storage, examId: string, entry: ExamHistoryEntry): WriteResult {
  const current = readHistory(storage, examId);
  const list = (current.ok ? (current.value ?? []) : []).filter((e) => e.attemptId !== entry.attemptId);
  return storage.write(historyKey(examId), historySchema, [...list, entry].sort((a, b) => a.submittedAt - b.submittedAt).slice(-200));
}

/** Single-writer lock, so a second tab on the same attempt cannot overwrite it. */
const lockSchema = z.object({ tab: z.string(), at: z.number() });
export const LOCK_STALE_MS = 6_000;
export function claimLock(storage: Storage, attemptId: string, tab: string, now: number): { ok: true } | { ok: false; heldBy: string } {
  const lock = storage.read(lockKey(attemptId), lockSchema);
  if (lock.ok && lock.value && lock.value.tab !== tab && now - lock.value.at < LOCK_STALE_MS) return { ok: false, heldBy: lock.value.tab };
  storage.write(lockKey(attemptId), lockSchema, { tab, at: now });
  return { ok: true };
}
export function releaseLock(storage: Storage, attemptId: string, tab: string): void {
  const lock = storage.read(lockKey(attemptId), lockSchema);
  if (lock.ok && lock.value?.tab === tab) storage.remove(lockKey(attemptId));
}

/** Reads an exported attempt file; says why when it cannot be used (and changes nothing). */
export function parseExportedAttempt(text: string): { ok: true; session: ExamSession } | { ok: false; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The file is not valid JSON (it may be truncated).' };
  }
  const format = (data as { format?: unknown } | null)?.format;
  if (format !== 'codeprep-exam-attempt') return { ok: false, message: 'This is not a CodePrep exam attempt file.' };
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > 1) return { ok: false, message: `This file was made by a newer version of CodePrep (format ${version}).` };
  const parsed = z.safeParse(exportedAttemptSchema, data);
  if (!parsed.success) return { ok: false, message: 'The attempt file is damaged or incomplete.' };
  if (parsed.data.session.submittedAt === null) return { ok: false, message: 'Only submitted attempts can be imported.' };
  return { ok: true, session: parsed.data.session as ExamSession };
}
