import { describe, expect, it } from 'vitest';
import { buildQueue, deckCounts, formatInterval, preview, review, studyCards, type StoredCard } from '../../../src/lib/srs/index.ts';
import { createStorage, memoryBackend, readCardStates, writeCardState } from '../../../src/lib/storage/index.ts';

const t0 = new Date('2026-11-28T09:00:00Z');
const day = 24 * 3600_000;

describe('FSRS scheduling (ts-fsrs, no fuzz)', () => {
  it('gives the same due dates for a fixed sequence of ratings', () => {
    const run = () => {
      let card: StoredCard | undefined;
      let now = t0;
      const dues: string[] = [];
      for (const rating of [3, 3, 1, 3, 4] as const) {
        card = review(card, rating, now);
        dues.push(card.due);
        now = new Date(card.due);
      }
      return dues;
    };
    const first = run();
    expect(run()).toEqual(first);
    // Again shortens the next interval; good and easy lengthen it.
    const intervals = first.map((d, i) => new Date(d).getTime() - (i === 0 ? t0.getTime() : new Date(first[i - 1]!).getTime()));
    expect(intervals[3]!).toBeLessThan(intervals[1]! + day);
    expect(intervals[4]!).toBeGreaterThan(intervals[3]!);
  });

  it('orders the four ratings: again < hard <= good < easy', () => {
    const p = preview(review(undefined, 3, t0), new Date(t0.getTime() + 2 * day));
    expect(p[1].getTime()).toBeLessThan(p[2].getTime());
    expect(p[2].getTime()).toBeLessThanOrEqual(p[3].getTime());
    expect(p[3].getTime()).toBeLessThan(p[4].getTime());
    expect(formatInterval(t0, new Date(t0.getTime() + 3 * day))).toBe('3 days');
  });
});

describe('study sessions', () => {
  const deck = {
    reverse: true,
    cards: [
      { id: 'a', front: 'cardi/o', back: 'heart' },
      { id: 'b', front: 'nephr/o', back: 'kidney', reverse: false },
      { id: 'c', front: 'hepat/o', back: 'liver' },
    ],
  };
  const cards = studyCards('roots', deck);

  it('adds reverse cards where allowed', () => {
    expect(cards.map((c) => c.key)).toEqual(['roots/a/f', 'roots/a/r', 'roots/b/f', 'roots/c/f', 'roots/c/r']);
    expect(cards[1]).toMatchObject({ prompt: 'heart', answer: 'cardi/o', reverse: true });
  });

  it('queues due cards first, then new cards up to the daily limit; cram takes everything', () => {
    const states = new Map<string, StoredCard>([
      ['roots/c/r', review(undefined, 3, new Date(t0.getTime() - 10 * day))],
      ['roots/a/f', review(undefined, 4, t0)],
    ]);
    const now = new Date(t0.getTime() + day);
    expect(deckCounts(cards, states, now)).toEqual({ due: 1, new: 3, total: 5 });
    expect(buildQueue(cards, states, now, { mode: 'review', newAllowance: 2 }).map((c) => c.key)).toEqual(['roots/c/r', 'roots/a/r', 'roots/b/f']);
    expect(buildQueue(cards, states, now, { mode: 'cram', newAllowance: 0 })).toHaveLength(5);
  });

  it('keeps each card in its own storage record', () => {
    const backend = memoryBackend();
    const storage = createStorage(backend);
    const state = review(undefined, 3, t0);
    writeCardState(storage, 'roots/a/f', state);
    writeCardState(storage, 'roots/c/f', review(undefined, 1, t0));
    expect(storage.keys('srs:')).toEqual(['srs:roots/a/f', 'srs:roots/c/f']);
    expect(readCardStates(storage, ['roots/a/f', 'roots/b/f']).states).toEqual(new Map([['roots/a/f', state]]));
  });
});

describe('glossary deck', () => {
  it('turns every glossary term into a card that also works in reverse', async () => {
    const { glossaryDeck } = await import('../../../src/lib/srs/index.ts');
    const deck = glossaryDeck(new Map([['nos', { term: 'Not otherwise specified', abbreviation: 'NOS', definition: 'Unspecified: detail is missing.' }]]));
    expect(studyCards('glossary', deck).map((c) => [c.key, c.prompt])).toEqual([
      ['glossary/glossary-nos/f', 'Not otherwise specified (NOS)'],
      ['glossary/glossary-nos/r', 'Unspecified: detail is missing.'],
    ]);
  });
});
