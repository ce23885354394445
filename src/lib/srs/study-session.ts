import type { FlashcardDeck } from '../schemas/flashcard.ts';
import type { StoredCard } from './scheduler.ts';

/** One side of a card to study: forward (front -> back) or reverse (back -> front). */
export interface StudyCard {
  /** Storage key part: `<deck>/<card>/f` or `<deck>/<card>/r`. */
  key: string;
  deck: string;
  prompt: string;
  answer: string;
  example?: string;
  reverse: boolean;
}

/** Forward cards, plus reverse cards where the deck (or the card) allows them. */
export function studyCards(deckId: string, deck: Pick<FlashcardDeck, 'cards' | 'reverse'>): StudyCard[] {
  return deck.cards.flatMap((card) => {
    const forward: StudyCard = { key: `${deckId}/${card.id}/f`, deck: deckId, prompt: card.front, answer: card.back, reverse: false };
    if (card.example) forward.example = card.example;
    const both = card.reverse ?? deck.reverse;
    if (!both) return [forward];
    const back: StudyCard = { key: `${deckId}/${card.id}/r`, deck: deckId, prompt: card.back, answer: card.front, reverse: true };
    if (card.example) back.example = card.example;
    return [forward, back];
  });
}

export interface DeckCounts {
  due: number;
  new: number;
  total: number;
}

/** Cards due now (seen before, due at or before `now`) and cards never seen. */
export function deckCounts(cards: readonly StudyCard[], states: ReadonlyMap<string, StoredCard>, now: Date): DeckCounts {
  let due = 0;
  let fresh = 0;
  for (const card of cards) {
    const state = states.get(card.key);
    if (!state) fresh++;
    else if (new Date(state.due).getTime() <= now.getTime()) due++;
  }
  return { due, new: fresh, total: cards.length };
}

/**
 * The review queue: due cards (earliest first), then new cards up to today's remaining
 * new-card allowance. Cram mode takes every card in a seeded order and never changes the schedule.
 */
export function buildQueue(
  cards: readonly StudyCard[],
  states: ReadonlyMap<string, StoredCard>,
  now: Date,
  options: { mode: 'review' | 'cram'; newAllowance: number },
): StudyCard[] {
  if (options.mode === 'cram') return [...cards];
  const due = cards
    .filter((c) => {
      const s = states.get(c.key);
      return s !== undefined && new Date(s.due).getTime() <= now.getTime();
    })
    .sort((a, b) => new Date(states.get(a.key)!.due).getTime() - new Date(states.get(b.key)!.due).getTime());
  const fresh = cards.filter((c) => !states.has(c.key)).slice(0, Math.max(0, options.newAllowance));
  return [...due, ...fresh];
}

/** Local calendar day, YYYY-MM-DD, for the new-cards-per-day limit. */
export function localDay(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Turns glossary terms into a deck: term -> plain-words definition, and back (definition -> term). */
export function glossaryDeck(terms: ReadonlyMap<string, { term: string; definition: string; abbreviation?: string }>): Pick<FlashcardDeck, 'cards' | 'reverse'> & { title: string; description: string } {
  return {
    title: 'Glossary terms',
    description: 'Every term from the CodePrep glossary, made into cards: the term and its definition, both ways.',
    reverse: true,
    cards: [...terms].map(([id, t]) => ({ id: `glossary-${id}`, front: t.abbreviation ? `${t.term} (${t.abbreviation})` : t.term, back: t.definition })),
  };
}
