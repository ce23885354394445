import { useEffect, useMemo, useState } from 'react';
import { exerciseStatus, readExerciseProgress } from '../../lib/storage/exercise-progress.ts';
import { browserStorage } from '../browser-storage.ts';
import { useHydrated } from '../use-hydrated.ts';

export interface ExerciseSummary {
  id: string;
  title: string;
  topic: string;
  topicLabel: string;
  specialty: string;
  setting: string;
  difficulty: string;
  certifications: string[];
  systems: string[];
}

type Filter = 'topic' | 'specialty' | 'setting' | 'difficulty' | 'certification' | 'system';
const filterLabels: Record<Filter, string> = {
  topic: 'Topic',
  system: 'Code system',
  specialty: 'Specialty',
  setting: 'Setting',
  difficulty: 'Difficulty',
  certification: 'Certification',
};
const values = (e: ExerciseSummary, f: Filter): string[] =>
  f === 'certification' ? e.certifications : f === 'system' ? e.systems : f === 'topic' ? [e.topicLabel] : [e[f]];
const statusLabel = { new: 'Not started', attempted: 'Attempted', solved: 'Solved' } as const;
const pretty = (s: string) => s.replace(/-/g, ' ');

/** The exercise list with filters and the learner's status on each exercise. */
export default function ExerciseList({ exercises }: { exercises: ExerciseSummary[] }) {
  const [chosen, setChosen] = useState<Partial<Record<Filter, string>>>({});
  const hydrated = useHydrated();
  const [status, setStatus] = useState<Record<string, 'new' | 'attempted' | 'solved'>>({});
  const options = useMemo(() => {
    const result = {} as Record<Filter, string[]>;
    for (const f of Object.keys(filterLabels) as Filter[]) result[f] = [...new Set(exercises.flatMap((e) => values(e, f)))].sort();
    return result;
  }, [exercises]);

  useEffect(() => {
    const storage = browserStorage();
    const found: Record<string, 'new' | 'attempted' | 'solved'> = {};
    for (const e of exercises) {
      const progress = readExerciseProgress(storage, e.id);
      found[e.id] = exerciseStatus(progress.ok ? progress.value : undefined);
    }
    setStatus(found);
  }, [exercises]);

  const shown = exercises.filter((e) => (Object.entries(chosen) as [Filter, string][]).every(([f, v]) => !v || values(e, f).includes(v)));
  return (
    <div className="exercise-list">
      <form className="filters" aria-label="Filter exercises" onSubmit={(e) => e.preventDefault()}>
        {(Object.keys(filterLabels) as Filter[]).map((f) => (
          <label key={f}>
            {filterLabels[f]}
            <select disabled={!hydrated} value={chosen[f] ?? ''} onChange={(e) => setChosen({ ...chosen, [f]: e.target.value })}>
              <option value="">All</option>
              {options[f].map((o) => (
                <option key={o} value={o}>{f === 'topic' || f === 'system' || f === 'certification' ? o : pretty(o)}</option>
              ))}
            </select>
          </label>
        ))}
        <button type="button" className="secondary" disabled={!hydrated} onClick={() => setChosen({})}>Clear filters</button>
      </form>
      <p role="status" aria-live="polite">{shown.length} of {exercises.length} exercises shown.</p>
      <ul className="exercise-items">
        {shown.map((e) => (
          <li key={e.id}>
            <a href={`/exercises/${e.id}/`}>{e.title}</a>
            <span className={`status status-${status[e.id] ?? 'new'}`}>{statusLabel[status[e.id] ?? 'new']}</span>
            <br />
            <span className="muted">{e.topicLabel} · {pretty(e.specialty)} · {pretty(e.setting)} · {e.difficulty} · {e.systems.join(', ')}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
