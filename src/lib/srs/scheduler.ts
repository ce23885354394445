import { createEmptyCard, fsrs, type Card, type Grade } from 'ts-fsrs';

/** A card's FSRS state as stored (dates as ISO strings, so it is plain JSON). */
export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: 0 | 1 | 2 | 3;
  last_review?: string;
}

/** Again, hard, good, easy: the four FSRS ratings (keys 1-4). */
export type Rating = 1 | 2 | 3 | 4;
export const ratingNames: Record<Rating, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

// Fuzz off: the same ratings at the same times always give the same due dates.
const scheduler = fsrs({ enable_fuzz: false });

const toCard = (s: StoredCard): Card => ({ ...s, due: new Date(s.due), ...(s.last_review ? { last_review: new Date(s.last_review) } : {}) }) as Card;
const toStored = (c: Card): StoredCard => {
  const stored: StoredCard = {
    due: c.due.toISOString(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsed_days,
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state as StoredCard['state'],
  };
  if (c.last_review) stored.last_review = c.last_review.toISOString();
  return stored;
};

/** Schedules a card after a rating at `now` (a card never seen starts empty). */
export function review(card: StoredCard | undefined, rating: Rating, now: Date): StoredCard {
  const current = card ? toCard(card) : createEmptyCard(now);
  return toStored(scheduler.next(current, now, rating as Grade).card);
}

/** When each rating would bring the card back, for the rating buttons ("Good: 3 days"). */
export function preview(card: StoredCard | undefined, now: Date): Record<Rating, Date> {
  const current = card ? toCard(card) : createEmptyCard(now);
  const options = scheduler.repeat(current, now);
  return { 1: options[1].card.due, 2: options[2].card.due, 3: options[3].card.due, 4: options[4].card.due };
}

/** "10 min", "3 days", "2 months". */
export function formatInterval(from: Date, to: Date): string {
  const minutes = Math.max(1, Math.round((to.getTime() - from.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h`;
  const days = Math.round(hours / 24);
  if (days < 31) return `${days} day${days === 1 ? '' : 's'}`;
  const months = Math.round(days / 30);
  return months < 12 ? `${months} month${months === 1 ? '' : 's'}` : `${(days / 365).toFixed(1)} years`;
}
