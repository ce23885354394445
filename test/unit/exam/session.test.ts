import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { answer, applyClock, assembleForm, goTo, remainingMs, reviewList, scaledScore, scoreExam, startSession, submitAll, submitPart, thresholdsCrossed, toggleFlag, toggleStrike, formatClock } from '../../../src/lib/exam/index.ts';
import { exam, pool } from './exam-fixtures.ts';

const T0 = Date.UTC(2026, 10, 28, 9, 0, 0);
const MIN = 60_000;
const form = assembleForm('t', exam, pool().questions, 11);
const ids = form.items.map((i) => i.questionId);
const choice = (n: number) => ({ kind: 'choice' as const, selected: [n] });

describe('exam session timing', () => {
  it('counts down from an absolute deadline, whatever happens to ticks', () => {
    const s = startSession(form, { attemptId: 'x', mode: 'exam', now: T0 });
    expect(remainingMs(s, T0)).toBe(60 * MIN);
    expect(remainingMs(s, T0 + 25 * MIN)).toBe(35 * MIN); // a background tab or sleep: no ticks needed
    expect(remainingMs(s, T0 + 90 * MIN)).toBe(0);
    expect(formatClock(remainingMs(s, T0 + 1000))).toBe('0:59:59');
  });

  it('never gains time when the clock jumps backwards', () => {
    let s = startSession(form, { attemptId: 'x', mode: 'exam', now: T0 });
    s = answer(s, ids[0]!, choice(1), T0 + 20 * MIN);
    expect(remainingMs(s, T0 - 5 * MIN)).toBe(40 * MIN);
    expect(remainingMs(s, T0 + 10 * MIN)).toBe(40 * MIN);
  });

  it('submits automatically at zero, also when the learner comes back after the deadline', () => {
    let s = startSession(form, { attemptId: 'x', mode: 'exam', now: T0 });
    s = answer(s, ids[0]!, choice(2), T0 + MIN);
    expect(applyClock(s, T0 + 59 * MIN).submittedAt).toBeNull();
    const late = applyClock(s, T0 + 5 * 60 * MIN);
    expect(late).toMatchObject({ submittedAt: T0 + 60 * MIN, autoSubmitted: true });
    expect(answer(late, ids[1]!, choice(2), T0 + 5 * 60 * MIN).answers[ids[1]!]).toBeUndefined();
  });

  it('records extended time, and practice mode has no deadline', () => {
    const extended = startSession(form, { attemptId: 'x', mode: 'exam', timeFactor: 1.5, now: T0 });
    expect(remainingMs(extended, T0)).toBe(90 * MIN);
    const practice = startSession(form, { attemptId: 'x', mode: 'practice', now: T0 });
    expect(remainingMs(practice, T0 + 1000 * MIN)).toBe(Infinity);
    expect(applyClock(practice, T0 + 1000 * MIN).submittedAt).toBeNull();
  });

  it('announces only when a threshold is crossed', () => {
    expect(thresholdsCrossed(31 * MIN, 29 * MIN)).toEqual([30]);
    expect(thresholdsCrossed(29 * MIN, 28 * MIN)).toEqual([]);
    expect(thresholdsCrossed(11 * MIN, 0)).toEqual([10, 5, 1]);
  });
});

describe('answers, flags, strikes and navigation', () => {
  it('keeps answers, flags and strikes, and restores from JSON unchanged', () => {
    let s = startSession(form, { attemptId: 'x', mode: 'exam', now: T0 });
    s = answer(s, ids[0]!, choice(2), T0 + MIN);
    s = toggleFlag(s, ids[1]!, T0 + 2 * MIN);
    s = toggleStrike(s, ids[1]!, 3, T0 + 2 * MIN);
    s = goTo(s, 4, T0 + 3 * MIN);
    const restored = JSON.parse(JSON.stringify(s));
    expect(restored).toEqual(s);
    expect(reviewList(restored)).toEqual({ unanswered: [1, 2, 3, 4], flagged: [1] });
    expect(toggleStrike(restored, ids[1]!, 3, T0 + 4 * MIN).strikes[ids[1]!]).toEqual([]);
  });

  it('closes part 1 for good in a forward-only two-part exam', () => {
    const twoPart = assembleForm('t', { ...exam, parts: [{ title: 'Part 1', minutes: 30, questions: 3 }, { title: 'Part 2', minutes: 30, questions: 2 }] }, pool().questions, 11);
    let s = startSession(twoPart, { attemptId: 'x', mode: 'exam', now: T0 });
    expect(remainingMs(s, T0)).toBe(30 * MIN);
    expect(goTo(s, 3, T0).current).toBe(0); // part 2 not open yet
    s = submitPart(s, T0 + 10 * MIN);
    expect(s).toMatchObject({ part: 1, current: 3 });
    expect(remainingMs(s, T0 + 10 * MIN)).toBe(30 * MIN);
    expect(goTo(s, 0, T0 + 11 * MIN).current).toBe(3);
    expect(answer(s, twoPart.items[0]!.questionId, choice(1), T0 + 11 * MIN)).toBe(s);
    // Part 1 timing out on its own starts part 2 at part 1's deadline.
    const timedOut = applyClock(startSession(twoPart, { attemptId: 'y', mode: 'exam', now: T0 }), T0 + 45 * MIN);
    expect(timedOut).toMatchObject({ part: 1, submittedAt: null });
    expect(remainingMs(timedOut, T0 + 45 * MIN)).toBe(15 * MIN);
  });
});

describe('scoring by style', () => {
  const keys = pool().keys;
  it('scores percent styles and domains', () => {
    let s = startSession(form, { attemptId: 'x', mode: 'exam', now: T0 });
    s = answer(s, ids[0]!, choice(2), T0 + MIN);
    s = answer(s, ids[1]!, choice(2), T0 + MIN);
    s = answer(s, ids[2]!, choice(2), T0 + MIN);
    s = answer(s, ids[3]!, choice(2), T0 + MIN);
    s = submitAll(s, T0 + 30 * MIN);
    const score = scoreExam(s, exam, keys);
    expect(score).toMatchObject({ correct: 4, total: 5, percent: 80, passed: true, rule: '70% to pass', timeUsedMs: 30 * MIN });
    expect(score.byDomain).toEqual([{ domain: 'a', correct: 3, total: 3, percent: 100 }, { domain: 'b', correct: 1, total: 2, percent: 50 }]);
  });

  it('maps to a scaled score with the pass mark at the stated raw percent', () => {
    const rule = { min: 100, max: 400, pass: 300, rawPercentAtPass: 70 };
    expect([0, 35, 70, 85, 100].map((p) => scaledScore(p, rule))).toEqual([100, 200, 300, 350, 400]);
    fc.assert(fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (a, b) => {
      if (a <= b) expect(scaledScore(a, rule)).toBeLessThanOrEqual(scaledScore(b, rule));
    }));
  });
});
