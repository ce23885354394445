import { useEffect, useMemo, useState, type ChangeEvent } from 'react';
import { formatClock, scoreExam, type ExamSession, type PublicCase, type PublicQuestion, type QuestionKey } from '../../lib/exam/index.ts';
import type { Exam } from '../../lib/schemas/exam.ts';
import { addToHistory, parseExportedAttempt, readHistory, saveSession, type ExamHistoryEntry } from '../../lib/storage/exam-attempts.ts';
import { browserStorage } from '../browser-storage.ts';
import DomainChart from './DomainChart.tsx';
import QuestionView from './QuestionView.tsx';

interface Props {
  session: ExamSession;
  exam: Exam;
  keys: Map<string, QuestionKey>;
  pool: { questions: Map<string, PublicQuestion>; cases: Map<string, PublicCase> };
  domainLabels: Record<string, string>;
  domainLessons: Record<string, { href: string; title: string }[]>;
  onRetake: () => void;
}

type Filter = 'all' | 'wrong' | 'flagged' | string;

/** The score report: pass/fail, domains (chart + table), time, every question with its rationale, history, export. */
export default function ExamReport({ session: initial, exam, keys, pool, domainLabels, domainLessons, onRetake }: Props) {
  const storage = useMemo(() => browserStorage(), []);
  const [session, setSession] = useState(initial);
  const score = useMemo(() => scoreExam(session, exam, keys), [session, exam, keys]);
  const [filter, setFilter] = useState<Filter>('all');
  const [history, setHistory] = useState<ExamHistoryEntry[]>([]);
  const [importNote, setImportNote] = useState('');
  const passPercent = exam.passing.kind === 'percent' ? exam.passing.passPercent : exam.passing.rawPercentAtPass;

  useEffect(() => {
    const entry: ExamHistoryEntry = { attemptId: session.attemptId, submittedAt: session.submittedAt!, mode: session.mode, timeFactor: session.timeFactor, percent: score.percent, passed: score.passed, byDomain: score.byDomain };
    if (score.scaled !== undefined) entry.scaled = score.scaled;
    addToHistory(storage, session.examId, entry);
    const read = readHistory(storage, session.examId);
    setHistory(read.ok ? (read.value ?? []) : []);
  }, [session, score, storage]);

  const weak = score.byDomain.filter((d) => d.total > 0 && d.percent < passPercent);
  const answeredTime = score.items.filter((i) => i.timeMs > 0);
  const shown = score.items.filter((i) => (filter === 'all' ? true : filter === 'wrong' ? !i.correct : filter === 'flagged' ? i.flagged : i.domain === filter));

  const exportAttempt = () => {
    const blob = new Blob([JSON.stringify({ format: 'codeprep-exam-attempt', version: 1, session }, null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${session.attemptId}.json`;
    a.click();
    URL.revokeObjectURL(a.href);
  };
  const importAttempt = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const parsed = parseExportedAttempt(await file.text());
    if (!parsed.ok) return setImportNote(`Nothing was imported: ${parsed.message}`);
    if (parsed.session.examId !== session.examId) return setImportNote(`Nothing was imported: that attempt belongs to another exam (${parsed.session.examId}).`);
    if (parsed.session.form.items.some((i) => !pool.questions.has(i.questionId))) return setImportNote('Nothing was imported: the attempt uses questions this version of the site does not have.');
    const written = saveSession(storage, parsed.session);
    if (!written.ok) return setImportNote(`Nothing was imported: ${written.message}`);
    setImportNote(`Imported the attempt from ${new Date(parsed.session.submittedAt!).toLocaleString()}; it is shown below and added to your history.`);
    setSession(parsed.session);
  };

  const trendWidth = 320;
  const points = history.map((h, i) => `${history.length === 1 ? trendWidth / 2 : (i / (history.length - 1)) * (trendWidth - 20) + 10},${90 - (h.percent / 100) * 80}`).join(' ');
  return (
    <section className="exam-report" aria-labelledby="report-heading">
      <h2 id="report-heading">Your result</h2>
      <p className={`verdict-line ${score.passed ? 'pass' : 'fail'}`}>
        <strong>{score.passed ? 'Pass' : 'Not yet a pass'}</strong>: {score.scaled !== undefined ? `scaled score ${score.scaled} (${score.percent}% of scored items)` : `${score.percent}%`} — {score.correct} of {score.total} scored questions right; {score.rule}.
      </p>
      <ul className="facts">
        <li>Time used: {formatClock(score.timeUsedMs)}{session.timeFactor > 1 ? ` with extended time ×${session.timeFactor}` : ''}{session.autoSubmitted ? ' (submitted automatically when time ran out)' : ''}</li>
        <li>Average time per answered question: {answeredTime.length ? formatClock(answeredTime.reduce((s, i) => s + i.timeMs, 0) / answeredTime.length) : '—'}</li>
        <li>Mode: {session.mode === 'exam' ? 'exam' : 'practice'}; form seed {session.form.seed}{score.items.some((i) => !i.scored) ? `; ${score.items.filter((i) => !i.scored).length} unscored pretest items not counted` : ''}</li>
      </ul>

      <h3>Score by domain</h3>
      <DomainChart domains={score.byDomain} labels={domainLabels} passPercent={passPercent} />
      <table>
        <caption>Score by domain</caption>
        <thead><tr><th scope="col">Domain</th><th scope="col">Right</th><th scope="col">Questions</th><th scope="col">Percent</th></tr></thead>
        <tbody>
          {score.byDomain.map((d) => (
            <tr key={d.domain}><th scope="row">{domainLabels[d.domain] ?? d.domain}</th><td>{d.correct}</td><td>{d.total}</td><td>{d.percent}%</td></tr>
          ))}
        </tbody>
      </table>

      {weak.length > 0 && (
        <>
          <h3>Study next</h3>
          <ul>
            {weak.map((d) => (
              <li key={d.domain}>
                {domainLabels[d.domain] ?? d.domain} ({d.percent}%): {(domainLessons[d.domain] ?? []).map((l, i) => <span key={l.href}>{i > 0 && ', '}<a href={l.href}>{l.title}</a></span>)}
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>Your attempts</h3>
      {history.length > 1 && (
        <svg viewBox={`0 0 ${trendWidth} 100`} width={trendWidth} role="img" aria-labelledby="trend-title" className="trend">
          <title id="trend-title">Score over your attempts; the numbers are in the table below</title>
          <line x1="0" x2={trendWidth} y1={90 - passPercent * 0.8} y2={90 - passPercent * 0.8} stroke="currentColor" strokeDasharray="4 3" />
          <polyline points={points} fill="none" stroke="currentColor" strokeWidth="2" />
          {history.map((h, i) => <circle key={h.attemptId} cx={points.split(' ')[i]!.split(',')[0]} cy={points.split(' ')[i]!.split(',')[1]} r="4" fill="currentColor" />)}
        </svg>
      )}
      <table>
        <caption>Attempt history for this exam</caption>
        <thead><tr><th scope="col">Date</th><th scope="col">Mode</th><th scope="col">Score</th><th scope="col">Result</th></tr></thead>
        <tbody>
          {history.map((h) => (
            <tr key={h.attemptId}><td>{new Date(h.submittedAt).toLocaleString()}</td><td>{h.mode}{h.timeFactor > 1 ? ` (time ×${h.timeFactor})` : ''}</td><td>{h.scaled !== undefined ? `${h.scaled} (${h.percent}%)` : `${h.percent}%`}</td><td>{h.passed ? 'Pass' : 'Not yet'}</td></tr>
          ))}
        </tbody>
      </table>
      <p>
        <button type="button" onClick={exportAttempt}>Export this attempt (JSON)</button>{' '}
        <label className="file-button">Import an attempt <input type="file" accept="application/json,.json" onChange={importAttempt} /></label>{' '}
        <button type="button" className="primary" onClick={onRetake}>Take a new form</button>
      </p>
      {importNote && <p role="status">{importNote}</p>}

      <h3 id="review-all">Review every question</h3>
      <label className="select-label">
        Show
        <select value={filter} onChange={(e) => setFilter(e.target.value)}>
          <option value="all">All questions</option>
          <option value="wrong">Wrong or unanswered</option>
          <option value="flagged">Flagged</option>
          {score.byDomain.map((d) => <option key={d.domain} value={d.domain}>{domainLabels[d.domain] ?? d.domain}</option>)}
        </select>
      </label>
      <p role="status">{shown.length} question{shown.length === 1 ? '' : 's'} shown.</p>
      <ol className="review-items">
        {shown.map((i) => {
          const q = pool.questions.get(i.questionId)!;
          const item = session.form.items[i.index]!;
          const a = session.answers[i.questionId];
          return (
            <li key={i.questionId} className={i.correct ? 'right' : 'wrong'}>
              <p className="item-verdict"><strong>{i.correct ? '✓ Right' : a ? '✗ Wrong' : '— Not answered'}</strong>{i.flagged ? ' · flagged' : ''}{!i.scored ? ' · unscored pretest item' : ''} · {domainLabels[i.domain] ?? i.domain}</p>
              <QuestionView
                number={i.index + 1}
                total={session.form.items.length}
                question={q}
                item={item}
                {...(item.caseId && pool.cases.get(item.caseId) ? { caseSet: pool.cases.get(item.caseId)! } : {})}
                {...(a ? { answer: a } : {})}
                strikes={session.strikes[i.questionId] ?? []}
                flagged={i.flagged}
                disabled
                feedback={keys.get(i.questionId)!}
                headingLevel={4}
                onAnswer={() => {}}
                onStrike={() => {}}
                onFlag={() => {}}
              />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
