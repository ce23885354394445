// Build-time: the documents the site search indexes (lessons, glossary, exercises, tracks; never exam questions).
import { plainText } from '../lib/content/mdx-tags.ts';
import { buildSiteIndex, queryTerms, type SearchDoc, type SiteIndexData } from '../lib/search/site-search.ts';
import { lessonUrl, trackUrl } from '../lib/curriculum/index.ts';
import { getGlossary, getLessons, getTracks } from './collections.ts';
import { getExercises, topicLabels } from './exercises.ts';

let cached: Promise<SiteIndexData> | undefined;

/** Built once per build: both the index and the store endpoints use it. */
export function siteIndexData(): Promise<SiteIndexData> {
  cached ??= build();
  return cached;
}

async function build(): Promise<SiteIndexData> {
  const tracks = await getTracks();
  const trackTitle = new Map(tracks.map((t) => [t.id, t.title]));
  const docs: SearchDoc[] = [];
  for (const lesson of await getLessons()) {
    const body = lesson.entry.body ?? '';
    const headings = [...body.matchAll(/^#{2,3}\s+(.+)$/gm)].map((m) => m[1]!).join(' · ');
    docs.push({ id: `lesson:${lesson.id}`, url: lessonUrl(lesson.id), title: lesson.title, kind: 'lesson', where: `${trackTitle.get(lesson.track)} lesson`, headings, text: `${lesson.description} ${plainText(body)}` });
  }
  const synonyms: Record<string, string[]> = {};
  for (const [id, term] of await getGlossary()) {
    docs.push({ id: `glossary:${id}`, url: `/glossary/#${id}`, title: term.term, kind: 'glossary', where: 'Glossary', synonyms: term.abbreviation ?? '', text: term.definition });
    if (term.abbreviation) {
      for (const abbr of queryTerms(term.abbreviation)) synonyms[abbr] = [...new Set([...(synonyms[abbr] ?? []), ...queryTerms(term.term)])];
    }
  }
  for (const entry of await getExercises()) {
    const d = entry.data;
    docs.push({ id: `exercise:${entry.id}`, url: `/exercises/${entry.id}/`, title: d.title, kind: 'exercise', where: `Exercise · ${topicLabels[d.topic] ?? d.topic}`, synonyms: d.tags.join(' '), text: `${d.specialty.replace(/-/g, ' ')}. ${d.task}` });
  }
  for (const track of tracks) docs.push({ id: `track:${track.id}`, url: trackUrl(track.id), title: track.title, kind: 'track', where: 'Track', text: track.summary });
  return buildSiteIndex(docs, synonyms);
}
