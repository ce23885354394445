// Astro-side: the flashcard decks, the authored ones plus one made from the glossary.
import { getCollection } from 'astro:content';
import { glossaryDeck, studyCards, type StudyCard } from '../lib/srs/study-session.ts';
import { getGlossary } from './collections.ts';

export interface SiteDeck {
  id: string;
  title: string;
  description: string;
  reverse: boolean;
  cards: StudyCard[];
}

export async function getDecks(): Promise<SiteDeck[]> {
  const authored = (await getCollection('flashcards')).map((d) => ({ id: d.id, title: d.data.title, description: d.data.description, reverse: d.data.reverse, cards: studyCards(d.id, d.data) }));
  const glossary = glossaryDeck(await getGlossary());
  return [...authored, { id: 'glossary', title: glossary.title, description: glossary.description, reverse: true, cards: studyCards('glossary', glossary) }].sort((a, b) => a.title.localeCompare(b.title));
}
