import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSiteIndex, highlight, loadSiteIndex, queryTerms, searchSite, snippet, type SearchDoc } from '../../../src/lib/search/index.ts';

const docs: SearchDoc[] = [
  { id: 'lesson:icd-10-cm/hypertension', url: '/learn/icd-10-cm/hypertension/', title: 'Hypertension and its combination codes', kind: 'lesson', where: 'ICD-10-CM lesson', headings: 'Heart disease · Kidney disease', text: 'Hypertension with chronic kidney disease is coded to I12 because the classification presumes a link.' },
  { id: 'glossary:hypertension', url: '/glossary/#hypertension', title: 'Hypertension', kind: 'glossary', where: 'Glossary', synonyms: 'HTN', text: 'Persistently high blood pressure.' },
  { id: 'lesson:cpt/modifiers', url: '/learn/cpt/modifiers/', title: 'CPT modifiers', kind: 'lesson', where: 'CPT lesson', text: 'Modifier 25 marks a significant, separately identifiable evaluation and management service.' },
  { id: 'exercise:em-25', url: '/exercises/em-25/', title: 'Knee injection with a visit', kind: 'exercise', where: 'Exercise', synonyms: 'modifier-25', text: 'Report the visit and the injection.' },
];
const loaded = loadSiteIndex(JSON.parse(JSON.stringify(buildSiteIndex(docs, { htn: ['hypertension'] }))));
const ids = (q: string) => searchSite(loaded, q).map((r) => r.id);

describe('site search', () => {
  it('finds pages by title, by a partial word, by a misspelling and by an abbreviation', () => {
    expect(ids('hypertension').slice(0, 2).sort()).toEqual(['glossary:hypertension', 'lesson:icd-10-cm/hypertension']);
    expect(ids('hyperten')).toContain('lesson:icd-10-cm/hypertension');
    expect(ids('modifer')).toContain('lesson:cpt/modifiers');
    expect(ids('HTN')[0]).toBe('glossary:hypertension');
    expect(ids('htn')).toContain('lesson:icd-10-cm/hypertension');
  });

  it('shows where a result lives and a snippet with the matched words marked', () => {
    const [first] = searchSite(loaded, 'kidney');
    expect(first).toMatchObject({ title: 'Hypertension and its combination codes', where: 'ICD-10-CM lesson', url: '/learn/icd-10-cm/hypertension/' });
    expect(first!.snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['kidney']);
    expect(snippet('a'.repeat(300) + ' target word', ['target'])[0]!.text.startsWith('…')).toBe(true);
    expect(highlight('Hypertensive heart', ['hyperten'])).toEqual([{ text: 'Hypertensive', hit: true }, { text: ' heart', hit: false }]);
  });

  it('reads only words from queries: lunr syntax is never interpreted', () => {
    expect(queryTerms('title:foo~2 +bar -baz^10 *')).toEqual(['title', 'foo', '2', 'bar', 'baz', '10']);
    expect(queryTerms(':::~^*+-')).toEqual([]);
    expect(queryTerms('x'.repeat(5000))).toHaveLength(1);
    expect(queryTerms('a b c d e f g h i j')).toHaveLength(8);
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (query) => {
        const results = searchSite(loaded, query);
        expect(Array.isArray(results)).toBe(true);
      }),
    );
    expect(searchSite(loaded, 'z'.repeat(100_000))).toEqual([]);
  });
});
