// Astro-side access to the content collections, shaped for pages.
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortLessons, type LessonRef } from '../lib/curriculum/index.ts';

export type LessonEntry = CollectionEntry<'lessons'>;
export type LessonItem = LessonRef & { entry: LessonEntry; minutes: number; description: string };

/** Tracks in their order, with their id. */
export async function getTracks() {
  const tracks = await getCollection('tracks');
  return tracks.sort((a, b) => a.data.order - b.data.order).map((t) => ({ id: t.id, ...t.data }));
}

/** All lessons, in track order then lesson order. */
export async function getLessons(): Promise<LessonItem[]> {
  const tracks = await getTracks();
  const trackOrder = new Map(tracks.map((t) => [t.id, t.order]));
  const entries = await getCollection('lessons');
  return sortLessons(
    entries.map((entry) => ({
      id: entry.id,
      track: entry.data.track,
      order: entry.data.order,
      title: entry.data.title,
      minutes: entry.data.minutes,
      description: entry.data.description,
      entry,
    })),
    trackOrder,
  );
}

/** Glossary terms keyed by id. */
export async function getGlossary() {
  const terms = await getCollection('glossary');
  return new Map(terms.map((t) => [t.id, t.data]));
}

/** Certification paths in CPC, CCA, CPB order. */
export async function getPaths() {
  const order = ['CPC', 'CCA', 'CPB'];
  const paths = await getCollection('paths');
  return paths.sort((a, b) => order.indexOf(a.data.certification) - order.indexOf(b.data.certification)).map((p) => ({ id: p.id, ...p.data }));
}

/** The CPT registry keyed by code (our own notes only). */
export async function getCptRegistry() {
  const entries = await getCollection('cpt');
  return new Map(entries.map((e) => [e.data.code, e.data]));
}
