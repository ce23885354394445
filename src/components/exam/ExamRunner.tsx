import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  answer as answerItem,
  applyClock,
  assembleForm,
  formatClock,
  goTo,
  isAnswered,
  remainingMs,
  reviewList,
  seedFrom,
  startSession,
  submitAll,
  submitPart,
  thresholdsCrossed,
  toggleFlag,
  toggleStrike,
  type ExamSession,
  type ItemAnswer,
  type PublicCase,
  type PublicQuestion,
  type QuestionKey,
} from '../../lib/exam/index.ts';
import type { Exam } from '../../lib/schemas/exam.ts';
import { claimLock, readCurrentAttempt, readHistory, readSession, releaseLock, saveSession, setCurrentAttempt } from '../../lib/storage/exam-attempts.ts';
import { browserStorage } from '../browser-storage.ts';
import { fetchKeys, fetchPool, newAttemptId } from './exam-client.ts';
import QuestionView from './QuestionView.tsx';
import ExamReport from './ExamReport.tsx';
import LookupPanel from '../lookup/LookupPanel.tsx';

export interface ExamRunnerProps {
  examId: string;
  exam: Exam;
  domainLabels: Record<string, string>;
  domainLessons: Record<string, { href: string; title: string }[]>;
}

type Screen = 'start' | 'running' | 'review' | 'report' | 'loading';

/** The mock exam: start screen, timed runner with navigator, review and submit, then the report. */
export default function ExamRunner({ examId, exam, domainLabels, domainLessons }: ExamRunnerProps) {
  const storage = useMemo(() => browserStorage(), []);
  const tab = useMemo(() => `tab-${Math.random().toString(36).slice(2)}`, []);
  const [screen, setScreen] = useState<Screen>('loading');
  const [pool, setPool] = useState<{ questions: Map<string, PublicQuestion>; cases: Map<string, PublicCase> } | null>(null);
  const [session, setSession] = useState<ExamSession | null>(null);
  const [keys, setKeys] = useState<Map<string, QuestionKey> | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [message, setMessage] = useState('');
  const [lockedElsewhere, setLockedElsewhere] = useState(false);
  const [politeNote, setPoliteNote] = useState('');
  const [alertNote, setAlertNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [practiceChecked, setPracticeChecked] = useState<Record<string, true>>({});
  const [mode, setMode] = useState<'exam' | 'practice'>('exam');
  const [timeFactor, setTimeFactor] = useState(1);
  const lastRemaining = useRef<number>(Infinity);

  const persist = useCallback(
    (next: ExamSession) => {
      setSession(next);
      if (lockedElsewhere) return;
      const written = saveSession(storage, next);
      setMessage(written.ok ? '' : `${written.message} Your answers are kept on this page for now.`);
    },
    [storage, lockedElsewhere],
  );

  // Restore an attempt in progress (or the last submitted one) for this exam.
  useEffect(() => {
    const current = readCurrentAttempt(storage, examId);
    if (!current.ok) setMessage(current.message);
    const attemptId = current.ok ? current.value : undefined;
    if (!attemptId) {
      setScreen('start');
      return;
    }
    const saved = readSession(storage, attemptId);
    if (!saved.ok || !saved.value) {
      setMessage(saved.ok ? '' : `${saved.message} Start a new attempt below.`);
      setScreen('start');
      return;
    }
    const lock = claimLock(storage, attemptId, tab, Date.now());
    if (!lock.ok) setLockedElsewhere(true);
    void fetchPool(examId).then((p) => {
      setPool({ questions: new Map(p.questions.map((q) => [q.id, q])), cases: new Map(p.cases.map((c) => [c.id, c])) });
      const clocked = applyClock(saved.value!, Date.now());
      if (clocked !== saved.value && lock.ok) saveSession(storage, clocked);
      setSession(clocked);
      setScreen(clocked.submittedAt !== null ? 'report' : 'running');
      if (clocked.submittedAt !== null || clocked.mode === 'practice') void fetchKeys(examId).then(setKeys);
      if (clocked.autoSubmitted && clocked.submittedAt !== saved.value!.submittedAt) setAlertNote('Time ran out while you were away: your exam was submitted automatically.');
      else if (clocked.submittedAt === null) setPoliteNote('Your attempt was restored; the timer kept counting from the same deadline.');
    }, (error: Error) => setMessage(error.message));
  }, [examId, storage, tab]);

  // Keep the tab's claim on the attempt fresh, and release it when leaving.
  useEffect(() => {
    if (!session || lockedElsewhere || session.submittedAt !== null) return;
    const id = session.attemptId;
    const beat = window.setInterval(() => {
      const lock = claimLock(storage, id, tab, Date.now());
      if (!lock.ok) setLockedElsewhere(true);
    }, 2_000);
    const release = () => releaseLock(storage, id, tab);
    window.addEventListener('pagehide', release);
    return () => {
      window.clearInterval(beat);
      window.removeEventListener('pagehide', release);
    };
  }, [session?.attemptId, session?.submittedAt, lockedElsewhere, storage, tab]);

  // The clock: recomputed from the deadline every second and whenever the tab becomes visible again.
  useEffect(() => {
    if (screen !== 'running' && screen !== 'review') return;
    const update = () => setNow(Date.now());
    const timer = window.setInterval(update, 1_000);
    document.addEventListener('visibilitychange', update);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', update);
    };
  }, [screen]);

  useEffect(() => {
    if (!session || session.submittedAt !== null || session.deadline === null) return;
    const remaining = remainingMs(session, now);
    const crossed = thresholdsCrossed(lastRemaining.current, remaining);
    lastRemaining.current = remaining;
    if (remaining <= 0) {
      const clocked = applyClock(session, now);
      if (clocked !== session) {
        persist(clocked);
        if (clocked.submittedAt !== null) {
          setAlertNote('Time is up. Your exam has been submitted.');
          void fetchKeys(examId).then(setKeys);
          setScreen('report');
        } else setAlertNote(`Time is up for ${session.form.parts[session.part]!.title}. ${clocked.form.parts[clocked.part]!.title} has started.`);
      }
    } else if (crossed.length) {
      const m = Math.min(...crossed);
      setPoliteNote(`${m} minute${m === 1 ? '' : 's'} left.`);
    }
  }, [now, session, persist, examId]);

  const start = async () => {
    setScreen('loading');
    try {
      const p = await fetchPool(examId);
      const questions = new Map(p.questions.map((q) => [q.id, q]));
      setPool({ questions, cases: new Map(p.cases.map((c) => [c.id, c])) });
      const t = Date.now();
      const attemptId = newAttemptId(examId, t);
      // The first attempt uses the exam's own seed (a fixed form); each retake draws a new form.
      const previous = readHistory(storage, examId);
      const history = previous.ok ? (previous.value ?? []).length : 0;
      const seed = history === 0 ? exam.seed : seedFrom(attemptId);
      const form = assembleForm(examId, exam, p.questions, seed);
      const fresh = startSession(form, { attemptId, mode, timeFactor, now: t });
      claimLock(storage, attemptId, tab, t);
      setCurrentAttempt(storage, examId, attemptId);
      lastRemaining.current = Infinity;
      persist(fresh);
      if (mode === 'practice') setKeys(await fetchKeys(examId));
      setScreen('running');
    } catch (error) {
      setMessage((error as Error).message);
      setScreen('start');
    }
  };

  const finish = async (s: ExamSession) => {
    const done = submitAll(s, Date.now());
    persist(done);
    setConfirming(false);
    setKeys(await fetchKeys(examId));
    setScreen('report');
  };

  if (screen === 'loading') return <p role="status">Loading…</p>;

  if (screen === 'start' || !session || !pool) {
    return (
      <section className="exam-start" aria-labelledby="start-heading">
        <h2 id="start-heading">Start the exam</h2>
        {message && <p role="alert" className="storage-problem">{message}</p>}
        <fieldset>
          <legend>Mode</legend>
          <label><input type="radio" name="mode" checked={mode === 'exam'} onChange={() => setMode('exam')} /> Exam mode: timed, feedback at the end</label>
          <label><input type="radio" name="mode" checked={mode === 'practice'} onChange={() => setMode('practice')} /> Practice mode: untimed, check each answer as you go</label>
        </fieldset>
        {mode === 'exam' && (
          <label className="select-label">
            Time allowed (extended time is recorded on your report)
            <select value={timeFactor} onChange={(e) => setTimeFactor(Number(e.target.value))}>
              <option value={1}>Standard: {formatClock(exam.minutes * 60_000)}</option>
              <option value={1.5}>Extended ×1.5: {formatClock(exam.minutes * 90_000)}</option>
              <option value={2}>Extended ×2: {formatClock(exam.minutes * 120_000)}</option>
            </select>
          </label>
        )}
        <p><button type="button" className="primary" onClick={start}>Start {mode === 'exam' ? 'the timed exam' : 'practice'}</button></p>
      </section>
    );
  }

  if (screen === 'report' && session.submittedAt !== null) {
    return (
      <>
        <p className="visually-hidden" role="alert">{alertNote}</p>
        {alertNote && <p className="notice">{alertNote}</p>}
        {keys ? (
          <ExamReport session={session} exam={exam} keys={keys} pool={pool} domainLabels={domainLabels} domainLessons={domainLessons} onRetake={() => { setCurrentAttempt(storage, examId, null); setSession(null); setKeys(null); setAlertNote(''); setScreen('start'); }} />
        ) : (
          <p role="status">Loading your results…</p>
        )}
      </>
    );
  }

  const part = session.form.parts[session.part]!;
  const remaining = remainingMs(session, now);
  const t = () => Date.now();
  const item = session.form.items[session.current]!;
  const question = pool.questions.get(item.questionId)!;
  const review = reviewList(session);
  const lastPart = session.part === session.form.parts.length - 1;
  const checkedInPractice = session.mode === 'practice' && practiceChecked[item.questionId];
  const disabled = lockedElsewhere;

  return (
    <div className="exam-runner">
      <div className="exam-toolbar">
        <span>{session.form.parts.length > 1 ? `${part.title} · ` : ''}{session.mode === 'practice' ? 'Practice mode (untimed)' : 'Exam mode'}{session.timeFactor > 1 ? ` · extended time ×${session.timeFactor}` : ''}</span>
        {session.deadline !== null && (
          <span className="clock">
            Time left: <span aria-hidden="true">{formatClock(remaining)}</span>
            <button type="button" onClick={() => setPoliteNote(`Time left: ${Math.floor(remaining / 3_600_000)} hours ${Math.floor((remaining % 3_600_000) / 60_000)} minutes.`)}>Announce time left</button>
          </span>
        )}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">{politeNote}</p>
      <p className="visually-hidden" role="alert">{alertNote}</p>
      {lockedElsewhere && <p className="notice" role="alert">This attempt is open in another tab. To keep your answers safe, this tab cannot change it: continue in the other tab, or close it and reload this one.</p>}
      {message && <p className="storage-problem" role="alert">{message}</p>}

      {screen === 'review' ? (
        <section className="exam-review" aria-labelledby="review-heading">
          <h2 id="review-heading">Review {session.form.parts.length > 1 ? part.title : 'your exam'}</h2>
          <p>{review.unanswered.length} unanswered, {review.flagged.length} flagged.</p>
          {[['Unanswered', review.unanswered], ['Flagged for review', review.flagged]].map(([label, list]) => (
            <div key={label as string}>
              <h3>{label as string}</h3>
              {(list as number[]).length === 0 ? <p>None.</p> : (
                <ul className="review-links">
                  {(list as number[]).map((i) => (
                    <li key={i}><button type="button" onClick={() => { persist(goTo(session, i, t())); setScreen('running'); }}>Question {i + 1}</button></li>
                  ))}
                </ul>
              )}
            </div>
          ))}
          {!confirming ? (
            <p>
              <button type="button" onClick={() => setScreen('running')}>Back to the questions</button>{' '}
              <button type="button" className="primary" disabled={disabled} onClick={() => setConfirming(true)}>{lastPart ? 'Submit the exam' : `Submit ${part.title}`}</button>
            </p>
          ) : (
            <div className="confirm" role="group" aria-labelledby="confirm-text">
              <p id="confirm-text"><strong>{lastPart ? 'Submit the exam now? You cannot change answers afterwards.' : `Submit ${part.title}? You cannot return to it.`}</strong></p>
              <button type="button" onClick={() => setConfirming(false)}>Cancel</button>{' '}
              <button type="button" className="primary" autoFocus onClick={() => (lastPart ? void finish(session) : (persist(submitPart(session, t())), setConfirming(false), setScreen('running')))}>Yes, submit</button>
            </div>
          )}
        </section>
      ) : (
        <div className="exam-layout">
          <nav className="navigator" aria-label="Questions">
            <h2 className="visually-hidden">Question navigator</h2>
            <ol>
              {session.form.items.slice(part.start, part.end).map((it, k) => {
                const i = part.start + k;
                const answered = isAnswered(session.answers[it.questionId]);
                const flagged = Boolean(session.flags[it.questionId]);
                return (
                  <li key={it.questionId}>
                    <button
                      type="button"
                      className={`nav-cell${answered ? ' answered' : ''}${flagged ? ' flagged' : ''}`}
                      aria-current={i === session.current ? 'step' : undefined}
                      aria-label={`Question ${i + 1}${answered ? ', answered' : ', not answered'}${flagged ? ', flagged' : ''}`}
                      onClick={() => persist(goTo(session, i, t()))}
                    >
                      {i + 1}
                      {flagged && <span aria-hidden="true">⚑</span>}
                    </button>
                  </li>
                );
              })}
            </ol>
            <p className="legend"><span className="nav-cell answered" aria-hidden="true">1</span> answered <span className="nav-cell flagged" aria-hidden="true">⚑</span> flagged</p>
          </nav>
          <div>
            <QuestionView
              number={session.current + 1}
              total={session.form.items.length}
              question={question}
              item={item}
              {...(item.caseId && pool.cases.get(item.caseId) ? { caseSet: pool.cases.get(item.caseId)! } : {})}
              {...(session.answers[item.questionId] ? { answer: session.answers[item.questionId]! } : {})}
              strikes={session.strikes[item.questionId] ?? []}
              flagged={Boolean(session.flags[item.questionId])}
              disabled={disabled || Boolean(checkedInPractice)}
              {...(checkedInPractice && keys?.get(item.questionId) ? { feedback: keys.get(item.questionId)! } : {})}
              onAnswer={(a: ItemAnswer) => persist(answerItem(session, item.questionId, a, t()))}
              onStrike={(o) => persist(toggleStrike(session, item.questionId, o, t()))}
              onFlag={() => persist(toggleFlag(session, item.questionId, t()))}
            />
            <div className="question-actions">
              <button type="button" disabled={session.current <= part.start} onClick={() => persist(goTo(session, session.current - 1, t()))}>Previous</button>
              {session.mode === 'practice' && !checkedInPractice && <button type="button" onClick={() => setPracticeChecked({ ...practiceChecked, [item.questionId]: true })}>Check answer</button>}
              <button type="button" disabled={session.current >= part.end - 1} onClick={() => persist(goTo(session, session.current + 1, t()))}>Next</button>
              <button type="button" className="primary" onClick={() => setScreen('review')}>Review and submit</button>
            </div>
            <div className="open-book">
              <p className="muted">Open book: keep your CPT, ICD-10-CM and HCPCS Level II manuals beside you, or search the official code sets here.</p>
              <LookupPanel label="Code lookup" />
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
