import type { StoredCard } from '../srs/scheduler.ts';
import type { ExerciseProgress } from '../storage/exercise-progress.ts';
import type { ExamHistoryEntry } from '../storage/exam-attempts.ts';

/** What the dashboard knows about the site (static) ... */
export interface SiteMap {
  tracks: { id: string; title: string; lessons: string[] }[];
  paths: { id: string; certification: string; lessons: string[] }[];
  lessonTitles: Record<string, string>;
  exercises: { id: string; title: string; topic: string; topicLabel: string; specialty: string; systems: string[]; lessons: string[] }[];
  exams: { id: string; title: string; style: string }[];
  domainLabels: Record<string, string>;
  domainLessons: Record<string, string[]>;
}

/** ... and what the learner has done (read from storage). */
export interface LearnerRecords {
  completedLessons: Set<string>;
  exercises: Map<string, ExerciseProgress>;
  examHistory: Map<string, ExamHistoryEntry[]>;
  cards: Map<string, StoredCard>;
}

export interface Bar {
  label: string;
  done: number;
  total: number;
}

/** Kinds of coding mistake, from the grader's verdicts. */
export const mistakeKinds = {
  sequence: 'Sequencing',
  modifier: 'Modifiers',
  units: 'Units',
  'not-billable': 'Specificity / 7th character',
  'not-in-key': 'Wrong code',
  'not-valid': 'Invalid code',
  malformed: 'Format',
  duplicate: 'Duplicates',
} as const;

export interface ProgressSummary {
  lessonsByTrack: Bar[];
  lessonsByPath: Bar[];
  exerciseBySystem: Bar[];
  exerciseBySpecialty: Bar[];
  mistakes: { kind: string; label: string; count: number }[];
  exams: { id: string; title: string; attempts: { at: number; percent: number; scaled?: number; passed: boolean }[] }[];
  weakDomains: { domain: string; label: string; percent: number; attempts: number }[];
  cards: { studied: number; due: number; retention: number | null };
  nextSteps: { text: string; href: string }[];
}

/** Everything the dashboard shows, computed once from the records (pure; `now` for due cards). */
export function summarise(site: SiteMap, records: LearnerRecords, now: Date): ProgressSummary {
  const lessonsByTrack = site.tracks.map((t) => ({ label: t.title, done: t.lessons.filter((l) => records.completedLessons.has(l)).length, total: t.lessons.length }));
  const lessonsByPath = site.paths.map((p) => ({ label: `${p.certification} path`, done: p.lessons.filter((l) => records.completedLessons.has(l)).length, total: p.lessons.length }));

  const bySystem = new Map<string, { done: number; total: number }>();
  const bySpecialty = new Map<string, { done: number; total: number }>();
  const mistakes = new Map<string, number>();
  for (const ex of site.exercises) {
    const progress = records.exercises.get(ex.id);
    const last = progress?.attempts.at(-1);
    if (!last) continue;
    for (const [map, key] of [...ex.systems.map((s) => [bySystem, s] as const), [bySpecialty, ex.topicLabel] as const]) {
      const entry = map.get(key) ?? { done: 0, total: 0 };
      entry.total += 1;
      entry.done += last.score;
      map.set(key, entry);
    }
    for (const [verdict, count] of Object.entries(last.verdicts)) if (verdict in mistakeKinds) mistakes.set(verdict, (mistakes.get(verdict) ?? 0) + count);
  }
  const bars = (map: Map<string, { done: number; total: number }>) => [...map].map(([label, v]) => ({ label, done: Math.round(v.done * 10) / 10, total: v.total })).sort((a, b) => a.label.localeCompare(b.label));

  const domainTotals = new Map<string, { sum: number; n: number }>();
  const exams = site.exams.map((e) => {
    const history = records.examHistory.get(e.id) ?? [];
    for (const h of history) for (const d of h.byDomain) {
      if (!d.total) continue;
      const t = domainTotals.get(d.domain) ?? { sum: 0, n: 0 };
      t.sum += d.percent;
      t.n += 1;
      domainTotals.set(d.domain, t);
    }
    return { id: e.id, title: e.title, attempts: history.map((h) => ({ at: h.submittedAt, percent: h.percent, ...(h.scaled !== undefined ? { scaled: h.scaled } : {}), passed: h.passed })) };
  });
  const weakDomains = [...domainTotals]
    .map(([domain, t]) => ({ domain, label: site.domainLabels[domain] ?? domain, percent: Math.round(t.sum / t.n), attempts: t.n }))
    .sort((a, b) => a.percent - b.percent)
    .slice(0, 5);

  let due = 0;
  let reps = 0;
  let lapses = 0;
  for (const card of records.cards.values()) {
    if (new Date(card.due).getTime() <= now.getTime()) due++;
    reps += card.reps;
    lapses += card.lapses;
  }
  const cards = { studied: records.cards.size, due, retention: reps ? Math.round((1 - lapses / reps) * 100) : null };

  const nextSteps: { text: string; href: string }[] = [];
  for (const d of weakDomains.filter((w) => w.percent < 70).slice(0, 3)) {
    const lesson = site.domainLessons[d.domain]?.[0];
    if (lesson) nextSteps.push({ text: `Review “${site.lessonTitles[lesson] ?? lesson}”: your mock exams average ${d.percent}% in ${d.label}.`, href: `/learn/${lesson}/` });
  }
  const worstMistake = [...mistakes].sort((a, b) => b[1] - a[1])[0];
  if (worstMistake) {
    const unsolved = site.exercises.find((ex) => (records.exercises.get(ex.id)?.attempts.every((a) => !a.allCorrect) ?? false));
    if (unsolved) nextSteps.push({ text: `Your most common exercise mistake is ${mistakeKinds[worstMistake[0] as keyof typeof mistakeKinds].toLowerCase()}: try “${unsolved.title}” again.`, href: `/exercises/${unsolved.id}/` });
  }
  if (due > 0) nextSteps.push({ text: `${due} flashcard${due === 1 ? ' is' : 's are'} due for review.`, href: '/flashcards/' });
  const path = site.paths.map((p) => ({ p, left: p.lessons.filter((l) => !records.completedLessons.has(l)) })).find((x) => x.left.length > 0 && x.left.length < x.p.lessons.length);
  const nextLesson = path?.left[0] ?? site.paths[0]?.lessons.find((l) => !records.completedLessons.has(l));
  if (nextLesson) nextSteps.push({ text: `Continue with “${site.lessonTitles[nextLesson] ?? nextLesson}”.`, href: `/learn/${nextLesson}/` });
  const untried = site.exercises.find((ex) => !records.exercises.has(ex.id));
  if (untried && nextSteps.length < 5) nextSteps.push({ text: `Try a new exercise: “${untried.title}”.`, href: `/exercises/${untried.id}/` });

  return {
    lessonsByTrack,
    lessonsByPath,
    exerciseBySystem: bars(bySystem),
    exerciseBySpecialty: bars(bySpecialty),
    mistakes: [...mistakes].map(([kind, count]) => ({ kind, label: mistakeKinds[kind as keyof typeof mistakeKinds], count })).sort((a, b) => b.count - a.count),
    exams,
    weakDomains,
    cards,
    nextSteps: nextSteps.slice(0, 5),
  };
}

