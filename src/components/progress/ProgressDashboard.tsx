import { useCallback, useEffect, useMemo, useState } from 'react';
import { summarise, type LearnerRecords, type ProgressSummary, type SiteMap } from '../../lib/progress/summary.ts';
import { readExerciseProgress, type ExerciseProgress } from '../../lib/storage/exercise-progress.ts';
import { readHistory, type ExamHistoryEntry } from '../../lib/storage/exam-attempts.ts';
import { readCardStates } from '../../lib/storage/srs-progress.ts';
import { completedLessons } from '../../lib/storage/lesson-progress.ts';
import { browserStorage } from '../browser-storage.ts';
import BarChart, { BarTable } from './BarChart.tsx';
import DataTools from './DataTools.tsx';

function readRecords(site: SiteMap): LearnerRecords {
  const storage = browserStorage();
  const exercises = new Map<string, ExerciseProgress>();
  for (const ex of site.exercises) {
    const read = readExerciseProgress(storage, ex.id);
    if (read.ok && read.value) exercises.set(ex.id, read.value);
  }
  const examHistory = new Map<string, ExamHistoryEntry[]>();
  for (const exam of site.exams) {
    const read = readHistory(storage, exam.id);
    if (read.ok && read.value) examHistory.set(exam.id, read.value);
  }
  const cardKeys = storage.keys('srs:').map((k) => k.slice('srs:'.length));
  return { completedLessons: completedLessons(storage), exercises, examHistory, cards: readCardStates(storage, cardKeys).states };
}

/** The progress page: lessons, exercises, exams, flashcards and what to do next, from this browser's records. */
export default function ProgressDashboard({ site }: { site: SiteMap }) {
  const [summary, setSummary] = useState<ProgressSummary | null>(null);
  const refresh = useCallback(() => {
    performance.mark('codeprep:dashboard-start');
    setSummary(summarise(site, readRecords(site), new Date()));
  }, [site]);
  useEffect(refresh, [refresh]);
  // Read records, summarise and render: measured for npm run bench.
  useEffect(() => {
    if (summary && performance.getEntriesByName('codeprep:dashboard-start').length) performance.measure('codeprep:dashboard-render', 'codeprep:dashboard-start');
  }, [summary]);
  const trend = useMemo(() => summary?.exams.filter((e) => e.attempts.length > 0) ?? [], [summary]);
  if (!summary) return <p role="status">Reading your progress…</p>;
  return (
    <div className="progress" data-ready="true">
      <section aria-labelledby="next-steps">
        <h2 id="next-steps">Next best steps</h2>
        {summary.nextSteps.length ? <ol>{summary.nextSteps.map((s) => <li key={s.href + s.text}><a href={s.href}>{s.text}</a></li>)}</ol> : <p>Start with a lesson from your certification path.</p>}
      </section>
      <div className="progress-grid">
        <section aria-labelledby="lessons-title">
          <h2 id="lessons-title">Lessons completed</h2>
          <BarChart title="Lessons completed by track" bars={summary.lessonsByTrack} />
          <BarTable caption="Lessons completed by track" bars={summary.lessonsByTrack} doneLabel="Completed" />
          <BarTable caption="Lessons completed by certification path" bars={summary.lessonsByPath} doneLabel="Completed" />
        </section>
        <section aria-labelledby="exercises-title">
          <h2 id="exercises-title">Exercise accuracy</h2>
          {summary.exerciseBySystem.length === 0 ? <p>No exercises checked yet.</p> : (
            <>
              <BarChart title="Exercise score by code system (latest attempt)" bars={summary.exerciseBySystem} />
              <BarTable caption="Exercise score by code system (sum of latest scores)" bars={summary.exerciseBySystem} doneLabel="Score" />
              <BarTable caption="Exercise score by area" bars={summary.exerciseBySpecialty} doneLabel="Score" />
              <table>
                <caption>Kinds of mistake in your latest attempts</caption>
                <thead><tr><th scope="col">Mistake</th><th scope="col">Lines</th></tr></thead>
                <tbody>{summary.mistakes.map((m) => <tr key={m.kind}><th scope="row">{m.label}</th><td>{m.count}</td></tr>)}</tbody>
              </table>
            </>
          )}
        </section>
        <section aria-labelledby="exams-title">
          <h2 id="exams-title">Mock exams</h2>
          {trend.length === 0 ? <p>No mock exam submitted yet.</p> : trend.map((e) => (
            <div key={e.id}>
              <h3>{e.title}</h3>
              <svg viewBox="0 0 300 80" className="bar-chart" role="img" aria-labelledby={`trend-${e.id}`}>
                <title id={`trend-${e.id}`}>Scores over attempts for {e.title} (numbers in the table below)</title>
                <polyline fill="none" stroke="currentColor" strokeWidth="2" points={e.attempts.map((a, i) => `${e.attempts.length === 1 ? 150 : 10 + (i / (e.attempts.length - 1)) * 280},${75 - a.percent * 0.7}`).join(' ')} />
              </svg>
              <table>
                <caption>Attempts at {e.title}</caption>
                <thead><tr><th scope="col">Date</th><th scope="col">Score</th><th scope="col">Result</th></tr></thead>
                <tbody>{e.attempts.map((a) => <tr key={a.at}><td>{new Date(a.at).toLocaleDateString()}</td><td>{a.scaled !== undefined ? `${a.scaled} (${a.percent}%)` : `${a.percent}%`}</td><td>{a.passed ? 'Pass' : 'Not yet'}</td></tr>)}</tbody>
              </table>
            </div>
          ))}
          {summary.weakDomains.length > 0 && (
            <table>
              <caption>Weakest domains across attempts</caption>
              <thead><tr><th scope="col">Domain</th><th scope="col">Average</th><th scope="col">Attempts</th></tr></thead>
              <tbody>{summary.weakDomains.map((d) => <tr key={d.domain}><th scope="row">{d.label}</th><td>{d.percent}%</td><td>{d.attempts}</td></tr>)}</tbody>
            </table>
          )}
        </section>
        <section aria-labelledby="cards-title">
          <h2 id="cards-title">Flashcards</h2>
          <p>{summary.cards.studied} cards studied · {summary.cards.due} due now · retention {summary.cards.retention === null ? '—' : `${summary.cards.retention}%`} (share of reviews you remembered)</p>
          <p><a href="/flashcards/">Go to your decks</a></p>
        </section>
      </div>
      <DataTools onChange={refresh} />
    </div>
  );
}
