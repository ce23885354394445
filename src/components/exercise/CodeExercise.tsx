import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import type { AnswerKey } from '../../lib/schemas/exercise.ts';
import { gradeExercise, parseDiagnosis, parseProcedure, type GradeResult, type LineResult } from '../../lib/grading/index.ts';
import { readExerciseProgress, writeExerciseProgress, type ExerciseEntries, type ExerciseProgress } from '../../lib/storage/exercise-progress.ts';
import { browserStorage } from '../browser-storage.ts';
import { lookupForCodes } from './browser-code-lookup.ts';
import { verdictLabel } from './verdict-labels.ts';
import LookupPanel from '../lookup/LookupPanel.tsx';
import { useHydrated } from '../use-hydrated.ts';

export interface CodeExerciseProps {
  id: string;
  task: string;
  answerKey: AnswerKey;
  /** CPT codes in our registry (to tell a known code from one we cannot verify). */
  cptCodes: string[];
  /** e.g. "ICD-10-CM FY2026 and HCPCS Level II October 2025". */
  codeSets: string;
  next?: { href: string; title: string };
}

type ProcedureLine = ExerciseEntries['procedures'][number];

const emptyEntries = (key: AnswerKey): ExerciseEntries => ({
  diagnoses: key.diagnoses.length ? [''] : [],
  procedures: key.procedures.length ? [{ code: '', modifiers: '', units: '' }] : [],
});

function move<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item!);
  return copy;
}

/** Move up, move down and remove buttons for one entry line. */
function LineActions({ label, index, count, onChange }: { label: string; index: number; count: number; onChange: (edit: <T>(list: T[]) => T[]) => void }) {
  return (
    <span className="line-actions">
      <button type="button" aria-label={`Move ${label} ${index + 1} up`} disabled={index === 0} onClick={() => onChange((list) => move(list, index, index - 1))}>↑</button>
      <button type="button" aria-label={`Move ${label} ${index + 1} down`} disabled={index === count - 1} onClick={() => onChange((list) => move(list, index, index + 1))}>↓</button>
      <button type="button" aria-label={`Remove ${label} ${index + 1}`} onClick={() => onChange((list) => list.filter((_, j) => j !== index))}>✕</button>
    </span>
  );
}

function diagnosisHint(text: string): string {
  if (text.trim() === '') return 'ICD-10-CM, e.g. E11.9';
  const parsed = parseDiagnosis(text);
  return parsed.ok ? `Reads as ICD-10-CM ${parsed.code}` : 'Not yet a complete ICD-10-CM code';
}

function procedureHint(line: ProcedureLine): string {
  if (line.code.trim() === '') return 'CPT or HCPCS, e.g. 99213 or J1100';
  const parsed = parseProcedure(line.code, line.modifiers, line.units);
  if (!parsed.ok) return parsed.message;
  const mods = parsed.modifiers.length ? ` with modifier${parsed.modifiers.length > 1 ? 's' : ''} ${parsed.modifiers.join(', ')}` : '';
  return `Reads as ${parsed.system === 'cpt' ? 'CPT' : 'HCPCS Level II'} ${parsed.code}${mods}, ${parsed.units} unit${parsed.units === 1 ? '' : 's'}`;
}

function Verdict({ line, id }: { line: LineResult | undefined; id: string }) {
  if (!line) return <div id={id} className="verdict" />;
  const v = verdictLabel[line.verdict];
  return (
    <div id={id} className={`verdict ${v.good ? 'verdict-good' : 'verdict-bad'}`}>
      <p>
        <span aria-hidden="true">{v.symbol} </span>
        <strong>{v.label}.</strong> {line.message}.
      </p>
      {line.rationale && <p className="rationale">{line.rationale}</p>}
    </div>
  );
}

/** A coding exercise: code entry lines, checking against the key, verdicts and rationale per line. */
export default function CodeExercise({ id, task, answerKey, cptCodes, codeSets, next }: CodeExerciseProps) {
  const uid = useId();
  const storage = useMemo(() => browserStorage(), []);
  const [entries, setEntries] = useState<ExerciseEntries>(() => emptyEntries(answerKey));
  const [progress, setProgress] = useState<ExerciseProgress>({ draft: emptyEntries(answerKey), attempts: [], revealed: false });
  const [result, setResult] = useState<GradeResult | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [storageMessage, setStorageMessage] = useState('');
  const [checking, setChecking] = useState(false);
  const cpt = useMemo(() => new Set(cptCodes), [cptCodes]);
  const hydrated = useHydrated();

  const grade = async (current: ExerciseEntries): Promise<GradeResult> => {
    const codes = [
      ...current.diagnoses.map((d) => parseDiagnosis(d)).flatMap((p) => (p.ok ? [{ system: 'icd10cm' as const, code: p.code }] : [])),
      ...current.procedures.map((p) => parseProcedure(p.code, p.modifiers, p.units)).flatMap((p) => (p.ok ? [{ system: p.system, code: p.code }] : [])),
    ];
    return gradeExercise(answerKey, current, await lookupForCodes(codes, cpt));
  };

  useEffect(() => {
    const saved = readExerciseProgress(storage, id);
    if (!saved.ok) setStorageMessage(saved.message);
    else if (saved.value) {
      const value = saved.value;
      setProgress(value);
      setEntries(value.draft);
      setRevealed(value.revealed);
      const last = value.attempts.at(-1);
      // Coming back to a checked attempt shows its verdicts again.
      if (last && JSON.stringify(last.entries) === JSON.stringify(value.draft)) {
        void grade(value.draft).then((graded) => {
          setResult(graded);
          setAnnouncement(`Your last attempt was restored: score ${Math.round(graded.score * 100)}%.`);
        });
      } else if (value.attempts.length) setAnnouncement(`Your codes were restored (${value.attempts.length} attempt${value.attempts.length === 1 ? '' : 's'} so far).`);
    }
  }, [id, storage]);

  const save = (next: ExerciseProgress) => {
    setProgress(next);
    const written = writeExerciseProgress(storage, id, next);
    setStorageMessage(written.ok ? '' : written.message);
  };

  const update = (nextEntries: ExerciseEntries) => {
    setEntries(nextEntries);
    setResult(null);
    save({ ...progress, draft: nextEntries });
  };

  const check = async (event: FormEvent) => {
    event.preventDefault();
    setChecking(true);
    const graded = await grade(entries);
    setResult(graded);
    setChecking(false);
    const right = graded.lines.filter((l) => l.verdict === 'correct').length;
    const verdicts: Record<string, number> = {};
    for (const line of graded.lines) verdicts[line.verdict] = (verdicts[line.verdict] ?? 0) + 1;
    save({ ...progress, draft: entries, attempts: [...progress.attempts, { at: new Date().toISOString(), score: graded.score, allCorrect: graded.allCorrect, verdicts, entries }] });
    setAnnouncement(
      graded.allCorrect
        ? `All ${right} codes are correct. Score 100%.`
        : `Checked: ${right} of ${graded.lines.length} entered codes correct, ${graded.missing.length} missing. Score ${Math.round(graded.score * 100)}%.`,
    );
  };

  const reveal = () => {
    setRevealed(true);
    save({ ...progress, revealed: true });
  };

  const lineFor = (section: 'diagnosis' | 'procedure', index: number) => result?.lines.find((l) => l.section === section && l.index === index);
  const filledIndex = (list: string[], i: number) => list.slice(0, i).filter((s) => s.trim() !== '').length;
  const missing = result?.missing ?? [];
  const keyLines = [
    ...answerKey.diagnoses.map((d) => ({ section: 'Diagnosis', code: d.code, extra: d.firstListed ? 'first-listed' : '', rationale: d.rationale })),
    ...answerKey.procedures.map((p) => ({ section: 'Procedure', code: p.code, extra: [p.modifiers.length ? `modifier ${p.modifiers.join(', ')}` : '', p.units > 1 ? `${p.units} units` : ''].filter(Boolean).join(', '), rationale: p.rationale })),
  ];

  return (
    <form className="code-exercise" onSubmit={check} aria-labelledby={`${uid}-title`} aria-busy={!hydrated}>
      <h2 id={`${uid}-title`}>Your codes</h2>
      <p className="task">{task}</p>
      {answerKey.diagnoses.length > 0 && (
        <fieldset disabled={!hydrated}>
          <legend>Diagnoses (ICD-10-CM), first-listed first</legend>
          <ol className="entry-lines">
            {entries.diagnoses.map((value, i) => {
              const inputId = `${uid}-dx-${i}`;
              const line = value.trim() ? lineFor('diagnosis', filledIndex(entries.diagnoses, i)) : undefined;
              return (
                <li key={i} className="entry-line">
                  <label htmlFor={inputId}>Diagnosis {i + 1}</label>
                  <input
                    id={inputId}
                    value={value}
                    autoComplete="off"
                    spellCheck={false}
                    aria-describedby={`${inputId}-hint ${inputId}-verdict`}
                    onChange={(e) => update({ ...entries, diagnoses: entries.diagnoses.map((d, j) => (j === i ? e.target.value : d)) })}
                  />
                  <span id={`${inputId}-hint`} className="hint">{diagnosisHint(value)}</span>
                  <LineActions label="diagnosis" index={i} count={entries.diagnoses.length} onChange={(edit) => update({ ...entries, diagnoses: edit(entries.diagnoses) })} />
                  <Verdict line={line} id={`${inputId}-verdict`} />
                </li>
              );
            })}
          </ol>
          <button type="button" className="secondary" onClick={() => update({ ...entries, diagnoses: [...entries.diagnoses, ''] })}>Add diagnosis</button>
        </fieldset>
      )}
      {answerKey.procedures.length > 0 && (
        <fieldset disabled={!hydrated}>
          <legend>Procedures and services (CPT or HCPCS Level II)</legend>
          <ol className="entry-lines">
            {entries.procedures.map((value, i) => {
              const inputId = `${uid}-px-${i}`;
              const filled = entries.procedures.slice(0, i).filter((p) => p.code.trim() !== '' || p.modifiers.trim() !== '').length;
              const line = value.code.trim() || value.modifiers.trim() ? lineFor('procedure', filled) : undefined;
              const set = (patch: Partial<ProcedureLine>) => update({ ...entries, procedures: entries.procedures.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
              return (
                <li key={i} className="entry-line procedure-line">
                  <span className="procedure-fields">
                    <span>
                      <label htmlFor={`${inputId}-code`}>Procedure {i + 1} code</label>
                      <input id={`${inputId}-code`} value={value.code} autoComplete="off" spellCheck={false} aria-describedby={`${inputId}-hint ${inputId}-verdict`} onChange={(e) => set({ code: e.target.value })} />
                    </span>
                    <span>
                      <label htmlFor={`${inputId}-mod`}>Modifiers</label>
                      <input id={`${inputId}-mod`} className="short" value={value.modifiers} autoComplete="off" spellCheck={false} onChange={(e) => set({ modifiers: e.target.value })} />
                    </span>
                    <span>
                      <label htmlFor={`${inputId}-units`}>Units</label>
                      <input id={`${inputId}-units`} className="short" inputMode="numeric" placeholder="1" value={value.units} onChange={(e) => set({ units: e.target.value })} />
                    </span>
                  </span>
                  <span id={`${inputId}-hint`} className="hint">{procedureHint(value)}</span>
                  <LineActions label="procedure" index={i} count={entries.procedures.length} onChange={(edit) => update({ ...entries, procedures: edit(entries.procedures) })} />
                  <Verdict line={line} id={`${inputId}-verdict`} />
                </li>
              );
            })}
          </ol>
          <button type="button" className="secondary" onClick={() => update({ ...entries, procedures: [...entries.procedures, { code: '', modifiers: '', units: '' }] })}>Add procedure</button>
        </fieldset>
      )}
      <div className="exercise-actions">
        <button type="submit" disabled={checking || !hydrated}>{checking ? 'Checking…' : 'Check my codes'}</button>
        {!revealed && (
          <button type="button" className="secondary" disabled={!hydrated} onClick={reveal}>{result ? 'Show the full answer' : 'Give up and show the answer'}</button>
        )}
        {next && <a href={next.href}>Next exercise: {next.title}</a>}
      </div>
      <LookupPanel label="Code lookup" />
      <p className="sr-status" role="status" aria-live="polite">{announcement}</p>
      {storageMessage && <p className="storage-problem" role="alert">{storageMessage}</p>}
      {result && (
        <section className="exercise-result" aria-labelledby={`${uid}-result`}>
          <h3 id={`${uid}-result`}>Result: {Math.round(result.score * 100)}%</h3>
          <p>
            {result.lines.filter((l) => l.verdict === 'correct').length} correct of {result.lines.length} entered
            {missing.length > 0 ? `; ${missing.length} code${missing.length === 1 ? '' : 's'} from the answer still missing` : ''}.{' '}
            {progress.attempts.length > 1 && `Attempt ${progress.attempts.length}.`} Checked against {codeSets}.
          </p>
          {missing.length > 0 && !revealed && <p>Edit your codes and check again, or show the answer.</p>}
        </section>
      )}
      {revealed && (
        <section className="exercise-answer" aria-labelledby={`${uid}-answer`}>
          <h3 id={`${uid}-answer`}>The answer</h3>
          <ol>
            {keyLines.map((k, i) => (
              <li key={i}>
                <strong>{k.section}: <code>{k.code}</code></strong>{k.extra && ` (${k.extra})`}
                {missing.some((m) => m.code === k.code) && <span className="missing-tag"> — missing from your answer</span>}
                <p>{k.rationale}</p>
              </li>
            ))}
          </ol>
        </section>
      )}
    </form>
  );
}
