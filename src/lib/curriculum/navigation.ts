/** The minimum a lesson needs for ordering and navigation. */
export interface LessonRef {
  id: string;
  track: string;
  order: number;
  title: string;
}

/** URL of a lesson page: `/learn/<track>/<slug>/`. */
export function lessonUrl(id: string): string {
  return `/learn/${id}/`;
}

/** URL of a track index page. */
export function trackUrl(track: string): string {
  return `/learn/${track}/`;
}

/** Sorts lessons by the order of their track, then by their order within it. */
export function sortLessons<T extends LessonRef>(lessons: readonly T[], trackOrder: ReadonlyMap<string, number>): T[] {
  return [...lessons].sort(
    (a, b) => (trackOrder.get(a.track) ?? 99) - (trackOrder.get(b.track) ?? 99) || a.order - b.order || a.id.localeCompare(b.id),
  );
}

/**
 * Previous and next lesson: along a certification path when the lesson is on it,
 * else within its own track.
 */
export function neighbours<T extends LessonRef>(
  lesson: T,
  sorted: readonly T[],
  sequence?: readonly string[],
): { previous?: T; next?: T } {
  const byId = new Map(sorted.map((l) => [l.id, l]));
  const ids = sequence?.includes(lesson.id) ? sequence : sorted.filter((l) => l.track === lesson.track).map((l) => l.id);
  const at = ids.indexOf(lesson.id);
  const result: { previous?: T; next?: T } = {};
  const previous = at > 0 ? byId.get(ids[at - 1]!) : undefined;
  const next = at >= 0 && at < ids.length - 1 ? byId.get(ids[at + 1]!) : undefined;
  if (previous) result.previous = previous;
  if (next) result.next = next;
  return result;
}

/** Groups glossary entries under their first letter (A-Z, then "#"), each group sorted by term. */
export function groupByInitial<T extends { term: string }>(entries: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const entry of [...entries].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }))) {
    const first = entry.term[0]!.toUpperCase();
    const key = /[A-Z]/.test(first) ? first : '#';
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)));
}

/** Total minutes of a list of lessons, rendered "1 h 35 min" or "40 min". */
export function formatMinutes(total: number): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (hours === 0) return `${minutes} min`;
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}
