import { z } from 'zod';
import { trackIdSchema } from './track.ts';

/** One card: a prompt and its answer, in our own words. */
export const flashcardSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a card id in kebab-case, unique across all decks'),
  front: z.string().min(1).max(200),
  back: z.string().min(1).max(400),
  /** An example in use, e.g. "cardiomegaly: enlarged heart". */
  example: z.string().min(3).max(200).optional(),
  /** Overrides the deck's `reverse` for this card. */
  reverse: z.boolean().optional(),
});

/** quizzes/flashcards/<deck>.yaml: a deck of cards. */
export const flashcardDeckSchema = z.strictObject({
  title: z.string().min(3),
  description: z.string().min(20),
  track: trackIdSchema,
  /** Also study each card back to front (meaning -> term) where that makes sense. */
  reverse: z.boolean().default(false),
  cards: z.array(flashcardSchema).min(10),
});
export type FlashcardDeck = z.output<typeof flashcardDeckSchema>;
export type Flashcard = z.output<typeof flashcardSchema>;
