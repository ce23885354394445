import type { Exam } from '../schemas/exam.ts';
import type { AnswerKey } from '../schemas/exercise.ts';
import { gradeExercise } from '../grading/grade.ts';
import type { CodeLookup } from '../grading/code-lookup.ts';
import type { ExamSession } from './session.ts';
import type { ItemAnswer, QuestionKey } from './exam-types.ts';

export interface ItemScore {
  index: number;
  questionId: string;
  domain: string;
  scored: boolean;
  answered: boolean;
  correct: boolean;
  flagged: boolean;
  timeMs: number;
}

export interface DomainScore {
  domain: string;
  correct: number;
  total: number;
  percent: number;
}

export interface ExamScore {
  correct: number;
  total: number;
  /** Raw percent of scored items, 0-100, one decimal. */
  percent: number;
  /** Scaled score for styles that report one (CCA-style). */
  scaled?: number;
  passed: boolean;
  /** e.g. "70% to pass" or "300 on a 100-400 scale to pass". */
  rule: string;
  byDomain: DomainScore[];
  items: ItemScore[];
  timeUsedMs: number;
}

// Code-entry items are all or nothing; validity of non-key codes does not change that.
const noLookup: CodeLookup = () => 'unverified';

/** Whether one answer is right: exact option set, or every code line right and nothing else. */
export function isCorrect(answer: ItemAnswer | undefined, key: QuestionKey): boolean {
  if (!answer) return false;
  if (Array.isArray(key.answer)) return answer.kind === 'choice' && answer.selected.length === key.answer.length && key.answer.every((a) => answer.selected.includes(a));
  if (typeof key.answer === 'number') return answer.kind === 'choice' && answer.selected.length === 1 && answer.selected[0] === key.answer;
  if (answer.kind !== 'codes') return false;
  return gradeExercise(key.answer as AnswerKey, answer, noLookup, 'all-or-nothing').score === 1;
}

/** Maps a raw percent to a scaled score (linear on each side of the passing point). */
export function scaledScore(percent: number, rule: { min: number; max: number; pass: number; rawPercentAtPass: number }): number {
  const { min, max, pass, rawPercentAtPass: p } = rule;
  const value = percent <= p ? min + (percent / p) * (pass - min) : pass + ((percent - p) / (100 - p)) * (max - pass);
  return Math.round(value);
}

/** Scores a submitted attempt against the keys, by the exam style's passing rule. */
export function scoreExam(session: ExamSession, exam: Pick<Exam, 'passing' | 'blueprint'>, keys: ReadonlyMap<string, QuestionKey>): ExamScore {
  const items: ItemScore[] = session.form.items.map((item, index) => {
    const key = keys.get(item.questionId);
    const answer = session.answers[item.questionId];
    return {
      index,
      questionId: item.questionId,
      domain: item.domain,
      scored: item.scored,
      answered: answer !== undefined,
      correct: key ? isCorrect(answer, key) : false,
      flagged: Boolean(session.flags[item.questionId]),
      timeMs: session.timeOn[item.questionId] ?? 0,
    };
  });
  const scored = items.filter((i) => i.scored);
  const correct = scored.filter((i) => i.correct).length;
  const percent = scored.length ? Math.round((correct / scored.length) * 1000) / 10 : 0;
  const byDomain = Object.keys(exam.blueprint).map((domain) => {
    const inDomain = scored.filter((i) => i.domain === domain);
    const right = inDomain.filter((i) => i.correct).length;
    return { domain, correct: right, total: inDomain.length, percent: inDomain.length ? Math.round((right / inDomain.length) * 100) : 0 };
  });
  const timeUsedMs = (session.submittedAt ?? session.lastSeen) - session.startedAt;
  if (exam.passing.kind === 'percent') {
    return { correct, total: scored.length, percent, passed: percent >= exam.passing.passPercent, rule: `${exam.passing.passPercent}% to pass`, byDomain, items, timeUsedMs };
  }
  const scaled = scaledScore(percent, exam.passing);
  return { correct, total: scored.length, percent, scaled, passed: scaled >= exam.passing.pass, rule: `${exam.passing.pass} on a ${exam.passing.min}-${exam.passing.max} scale to pass`, byDomain, items, timeUsedMs };
}
