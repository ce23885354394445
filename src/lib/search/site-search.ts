import lunr from 'lunr';

/** One searchable page. Exam questions and answer keys are never documents. */
export interface SearchDoc {
  id: string;
  url: string;
  title: string;
  kind: 'lesson' | 'glossary' | 'exercise' | 'track';
  /** Where it lives, e.g. "ICD-10-CM lesson" or "Glossary". */
  where: string;
  headings?: string;
  /** Abbreviations and other names that should find this page. */
  synonyms?: string;
  text: string;
}

export interface SiteIndexData {
  /** lunr's own serialised index. */
  index: object;
  store: Record<string, { id: string; url: string; title: string; kind: SearchDoc['kind']; where: string; text: string }>;
  /** Abbreviation -> the words it stands for, used to expand queries (`htn` -> `hypertension`). */
  synonyms: Record<string, string[]>;
}

const STORE_TEXT = 2_000;

/** Builds the site index at build time. */
export function buildSiteIndex(docs: readonly SearchDoc[], synonyms: Record<string, string[]> = {}): SiteIndexData {
  // Short refs and field names keep the serialised index small: they repeat for every term.
  const index = lunr(function () {
    this.ref('r');
    this.field('t', { boost: 10 });
    this.field('s', { boost: 8 });
    this.field('h', { boost: 4 });
    this.field('x');
    docs.forEach((doc, i) => this.add({ r: i.toString(36), t: doc.title, s: doc.synonyms ?? '', h: doc.headings ?? '', x: doc.text }));
  });
  const store: SiteIndexData['store'] = {};
  docs.forEach((doc, i) => {
    store[i.toString(36)] = { id: doc.id, url: doc.url, title: doc.title, kind: doc.kind, where: doc.where, text: doc.text.slice(0, STORE_TEXT) };
  });
  return { index: index.toJSON(), store, synonyms };
}

export interface LoadedSiteIndex {
  index: lunr.Index;
  data: SiteIndexData;
}

export function loadSiteIndex(data: SiteIndexData): LoadedSiteIndex {
  return { index: lunr.Index.load(data.index), data };
}

/** Query words: letters and digits only (lunr syntax characters are dropped), at most 8, from at most 200 characters. */
export function queryTerms(query: string): string[] {
  return query
    .slice(0, 200)
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((t) => t.length > 0)
    .slice(0, 8);
}

export interface Segment {
  text: string;
  hit: boolean;
}

export interface SiteResult {
  id: string;
  url: string;
  title: string;
  kind: SearchDoc['kind'];
  where: string;
  score: number;
  /** A short extract with the matched words marked. */
  snippet: Segment[];
}

/** Marks the words of `text` that start with any of `terms`. */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  if (terms.length === 0) return [{ text, hit: false }];
  const pattern = new RegExp(`\\b(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[\\p{L}\\p{N}]*`, 'giu');
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index), hit: false });
    segments.push({ text: match[0], hit: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), hit: false });
  return segments;
}

/** About 180 characters around the first place a term appears (the start of the text when none does). */
export function snippet(text: string, terms: readonly string[], width = 180): Segment[] {
  const lower = text.toLowerCase();
  const positions = terms.map((t) => lower.search(new RegExp(`\\b${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u'))).filter((p) => p >= 0);
  const at = positions.length ? Math.min(...positions) : 0;
  const start = Math.max(0, at - 60);
  const cut = text.slice(start, start + width);
  const extract = `${start > 0 ? '…' : ''}${cut}${start + width < text.length ? '…' : ''}`;
  return highlight(extract, terms);
}

/**
 * Searches the site: exact words (stemmed), prefixes (`hyperten`), one-edit misspellings, and
 * abbreviation synonyms. Any input is safe: syntax characters are ignored, very long input is cut,
 * and the function never throws.
 */
export function searchSite(loaded: LoadedSiteIndex, query: string, limit = 20): SiteResult[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const expanded = [...terms, ...terms.flatMap((t) => loaded.data.synonyms[t] ?? [])];
  let matches: lunr.Index.Result[];
  try {
    matches = loaded.index.query((q) => {
      for (const term of new Set(expanded)) {
        const own = terms.includes(term);
        q.term(term, { boost: own ? 10 : 6 });
        if (term.length >= 2) q.term(term, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: own ? 4 : 2 });
        if (term.length >= 4) {
          q.term(term, { usePipeline: false, editDistance: 1, boost: 1 });
          q.term(term, { usePipeline: true, editDistance: 1, boost: 1 }); // the index holds stems: "modifer" -> "modif" ~ "modifi"
        }
      }
    });
  } catch {
    return [];
  }
  return matches.slice(0, limit).flatMap((m) => {
    const doc = loaded.data.store[m.ref];
    if (!doc) return [];
    return [{ id: doc.id, url: doc.url, title: doc.title, kind: doc.kind, where: doc.where, score: m.score, snippet: snippet(doc.text, expanded) }];
  });
}
