import type { ExamForm, ItemAnswer } from './exam-types.ts';

/**
 * The state of one attempt. Pure data (JSON-serialisable); every change is a function of the
 * old state and `now` (ms since epoch), so timing is testable with a simulated clock.
 */
export interface ExamSession {
  attemptId: string;
  examId: string;
  form: ExamForm;
  mode: 'exam' | 'practice';
  /** 1 = standard time; 1.5 or 2 when the learner chose extended time. */
  timeFactor: number;
  startedAt: number;
  /** Deadline of the current part (exam mode); the timer is always computed from it. */
  deadline: number | null;
  /** Latest time seen: time never flows backwards for the attempt, even if the clock does. */
  lastSeen: number;
  part: number;
  current: number;
  answers: Record<string, ItemAnswer>;
  flags: Record<string, true>;
  /** Struck-out options (original indexes) per question. */
  strikes: Record<string, number[]>;
  /** Time spent per question, ms. */
  timeOn: Record<string, number>;
  submittedAt: number | null;
  autoSubmitted: boolean;
}

const partMs = (session: Pick<ExamSession, 'form' | 'timeFactor'>, part: number) => session.form.parts[part]!.minutes * 60_000 * session.timeFactor;

/** Starts an attempt. In practice mode there is no deadline. */
export function startSession(form: ExamForm, options: { attemptId: string; mode: 'exam' | 'practice'; timeFactor?: number; now: number }): ExamSession {
  const timeFactor = options.timeFactor ?? 1;
  const session: ExamSession = {
    attemptId: options.attemptId,
    examId: form.examId,
    form,
    mode: options.mode,
    timeFactor,
    startedAt: options.now,
    deadline: null,
    lastSeen: options.now,
    part: 0,
    current: form.parts[0]!.start,
    answers: {},
    flags: {},
    strikes: {},
    timeOn: {},
    submittedAt: null,
    autoSubmitted: false,
  };
  if (options.mode === 'exam') session.deadline = options.now + partMs(session, 0);
  return session;
}

/** The clock as the attempt sees it: never earlier than a time already seen. */
export function effectiveNow(session: ExamSession, now: number): number {
  return Math.max(now, session.lastSeen);
}

/** Milliseconds left in the current part (Infinity in practice mode), never below 0. */
export function remainingMs(session: ExamSession, now: number): number {
  if (session.deadline === null) return Infinity;
  return Math.max(0, session.deadline - effectiveNow(session, now));
}

/** Items the learner may visit now: the current part only, unless navigation is free across parts. */
export function visibleRange(session: ExamSession): { start: number; end: number } {
  const part = session.form.parts[session.part]!;
  return { start: part.start, end: part.end };
}

function touch(session: ExamSession, now: number): ExamSession {
  const t = effectiveNow(session, now);
  const id = session.form.items[session.current]?.questionId;
  const spent = t - session.lastSeen;
  const timeOn = id && spent > 0 ? { ...session.timeOn, [id]: (session.timeOn[id] ?? 0) + Math.min(spent, 30 * 60_000) } : session.timeOn;
  return { ...session, lastSeen: t, timeOn };
}

const editable = (session: ExamSession, now: number) => session.submittedAt === null && remainingMs(session, now) > 0;

/** Records an answer to an item of the current part. Ignored after submission or time-out. */
export function answer(session: ExamSession, questionId: string, value: ItemAnswer, now: number): ExamSession {
  if (!editable(session, now) || !inPart(session, questionId)) return session;
  return { ...touch(session, now), answers: { ...session.answers, [questionId]: value } };
}

export function toggleFlag(session: ExamSession, questionId: string, now: number): ExamSession {
  if (!editable(session, now) || !inPart(session, questionId)) return session;
  const flags = { ...session.flags };
  if (flags[questionId]) delete flags[questionId];
  else flags[questionId] = true;
  return { ...touch(session, now), flags };
}

/** Strikes out (or restores) an option to eliminate it; the original option index is kept. */
export function toggleStrike(session: ExamSession, questionId: string, option: number, now: number): ExamSession {
  if (!editable(session, now) || !inPart(session, questionId)) return session;
  const current = session.strikes[questionId] ?? [];
  const next = current.includes(option) ? current.filter((o) => o !== option) : [...current, option].sort((a, b) => a - b);
  return { ...touch(session, now), strikes: { ...session.strikes, [questionId]: next } };
}

function inPart(session: ExamSession, questionId: string): boolean {
  const { start, end } = visibleRange(session);
  const index = session.form.items.findIndex((i) => i.questionId === questionId);
  return index >= start && index < end;
}

/** Moves to an item; earlier parts are closed (forward-only between parts). */
export function goTo(session: ExamSession, index: number, now: number): ExamSession {
  const { start, end } = visibleRange(session);
  if (index < start || index >= end || !editable(session, now)) return session;
  return { ...touch(session, now), current: index };
}

/**
 * Ends the current part at `now`: the next part starts with its own clock, or the attempt is submitted.
 * `auto` marks a submission made by the clock; then `now` is the deadline itself.
 */
export function submitPart(session: ExamSession, now: number, auto = false): ExamSession {
  if (session.submittedAt !== null) return session;
  const t = auto ? now : effectiveNow(session, now);
  const touched = auto ? { ...session, lastSeen: Math.max(session.lastSeen, t) } : touch(session, now);
  if (session.part < session.form.parts.length - 1) {
    const part = session.part + 1;
    return { ...touched, part, current: session.form.parts[part]!.start, deadline: session.deadline === null ? null : t + partMs(session, part) };
  }
  return { ...touched, submittedAt: t, autoSubmitted: auto };
}

/**
 * Applies the clock: each part whose deadline has passed is submitted at its deadline, and the next
 * part's clock starts there, as in one continuous sitting. Coming back long after the end submits
 * the whole attempt.
 */
export function applyClock(session: ExamSession, now: number): ExamSession {
  let s = session;
  while (s.submittedAt === null && s.deadline !== null && effectiveNow(s, now) >= s.deadline) s = submitPart(s, s.deadline, true);
  return s;
}

/** Submits the whole attempt now (the learner confirmed), closing every remaining part. */
export function submitAll(session: ExamSession, now: number): ExamSession {
  let s = session;
  while (s.submittedAt === null) s = submitPart(s, now);
  return s;
}

/** Screen-reader announcement thresholds crossed between two readings of the clock. */
export function thresholdsCrossed(previousMs: number, currentMs: number, thresholdsMinutes: readonly number[] = [30, 10, 5, 1]): number[] {
  return thresholdsMinutes.filter((m) => previousMs > m * 60_000 && currentMs <= m * 60_000);
}

/** Unanswered and flagged items of the current part, for the review screen. */
export function reviewList(session: ExamSession): { unanswered: number[]; flagged: number[] } {
  const { start, end } = visibleRange(session);
  const unanswered: number[] = [];
  const flagged: number[] = [];
  for (let i = start; i < end; i++) {
    const id = session.form.items[i]!.questionId;
    if (!isAnswered(session.answers[id])) unanswered.push(i);
    if (session.flags[id]) flagged.push(i);
  }
  return { unanswered, flagged };
}

export function isAnswered(a: ItemAnswer | undefined): boolean {
  if (!a) return false;
  if (a.kind === 'choice') return a.selected.length > 0;
  return a.diagnoses.some((d) => d.trim()) || a.procedures.some((p) => p.code.trim());
}

/** Formats milliseconds as h:mm:ss. */
export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}
