import { describe, expect, it } from 'vitest';
import { formatMinutes, groupByInitial, neighbours, sortLessons } from '../../../src/lib/curriculum/index.ts';

const trackOrder = new Map([['terminology', 1], ['icd-10-cm', 2]]);
const lessons = sortLessons(
  [
    { id: 'icd-10-cm/conventions', track: 'icd-10-cm', order: 2, title: 'Conventions' },
    { id: 'terminology/word-parts', track: 'terminology', order: 1, title: 'Word parts' },
    { id: 'icd-10-cm/structure', track: 'icd-10-cm', order: 1, title: 'Structure' },
  ],
  trackOrder,
);

describe('curriculum navigation', () => {
  it('sorts by track order then lesson order', () => {
    expect(lessons.map((l) => l.id)).toEqual(['terminology/word-parts', 'icd-10-cm/structure', 'icd-10-cm/conventions']);
  });
  it('links previous and next within a track', () => {
    const { previous, next } = neighbours(lessons[1]!, lessons);
    expect(previous).toBeUndefined();
    expect(next?.id).toBe('icd-10-cm/conventions');
  });
  it('follows a given sequence when the lesson is on it', () => {
    const { previous } = neighbours(lessons[1]!, lessons, ['terminology/word-parts', 'icd-10-cm/structure']);
    expect(previous?.id).toBe('terminology/word-parts');
  });
  it('groups glossary terms A-Z with symbols last', () => {
    expect(groupByInitial([{ term: 'nos' }, { term: '7th character' }, { term: 'Abn' }, { term: 'NEC' }]).map(([k, v]) => [k, v.map((t) => t.term)])).toEqual([
      ['A', ['Abn']],
      ['N', ['NEC', 'nos']],
      ['#', ['7th character']],
    ]);
  });
  it('formats minutes', () => {
    expect(formatMinutes(40)).toBe('40 min');
    expect(formatMinutes(120)).toBe('2 h');
    expect(formatMinutes(95)).toBe('1 h 35 min');
  });
});
