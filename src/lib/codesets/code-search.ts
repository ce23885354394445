/**
 * A compact search index for a whole code set (about 100,000 rows): a sorted vocabulary of title and
 * Alphabetic Index words with posting lists of row numbers. For ICD-10-CM it is built at site build time
 * and shipped as a file (code-index-file.ts); HCPCS is indexed in the browser. Answers code and prefix
 * queries (`E11.6`, `e116`), word queries in any order with prefixes (`diab foot ulc`), misspellings
 * (one slip, two in long words), abbreviations and lay terms, ranking valid codes and closer matches first.
 */
import { defaultSynonyms, defaultVariants } from './search-vocabulary.ts';

export { defaultSynonyms, defaultVariants };

export interface CodeRow {
  /** As displayed: ICD-10-CM with its dot, HCPCS as is. */
  code: string;
  title: string;
  /** Billable (ICD-10-CM) or active (HCPCS). */
  valid: boolean;
  /** Other words that lead to this code (from the Alphabetic Index), matched a little below title words. */
  aliases?: string;
  /** Named directly by an Alphabetic Index main term or first subterm: the default a coder lands on. */
  indexDefault?: boolean;
}

/**
 * One posting list per vocabulary word, stored end to end in one array (100,000 small typed arrays
 * would cost more to create than to fill): the rows of word v are rows[start[v]] up to rows[start[v + 1]].
 */
export interface PostingLists {
  rows: Uint32Array;
  start: Uint32Array;
}

/** The rows (ascending) of vocabulary word v. */
export function rowsOf(lists: PostingLists, v: number): Uint32Array {
  return lists.rows.subarray(lists.start[v], lists.start[v + 1]);
}

function flatten(lists: (number[] | undefined)[]): PostingLists {
  const start = new Uint32Array(lists.length + 1);
  for (let v = 0; v < lists.length; v++) start[v + 1] = start[v]! + (lists[v]?.length ?? 0);
  const rows = new Uint32Array(start[lists.length]!);
  lists.forEach((list, v) => list && rows.set(list, start[v]));
  return { rows, start };
}

export interface CodeIndex {
  rows: CodeRow[];
  /** Code without dot, upper case, per row. */
  bare: string[];
  /** Sorted distinct words. */
  vocab: string[];
  /** Rows whose title contains each word (see rowsOf). */
  postings: PostingLists;
  /** Rows reached by each word through their Index words only. */
  aliasPostings: PostingLists;
  /** Number of words in each row's title (shorter titles are closer matches). */
  lengths: Uint16Array;
  synonyms: Record<string, string[]>;
  variants: Record<string, string[]>;
}

/** Words that do not make a title a worse match (a coder searching "pneumonia" wants "Pneumonia, unspecified organism"). */
const NEUTRAL = new Set(['unspecified', 'specified', 'site', 'organism', 'not', 'type', 'part', 'encounter', 'initial']);

const STOP = new Set(['of', 'the', 'and', 'or', 'with', 'without', 'in', 'to', 'for', 'a', 'an', 'by', 'on', 'as', 'due', 'other', 'not', 'elsewhere', 'classified', 'nos', 'nec']);

/** Lower-case words of a title or query (letters and digits; hyphens and punctuation split words). */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}


/** A code as the index compares it: upper case, without its dot. */
export function bareCode(code: string): string {
  return code.replace('.', '').toUpperCase();
}

/**
 * Builds the index row by row (so a browser can do it in slices, see buildCodeIndexInSteps), then
 * `finish()` sorts the vocabulary. Rows keep their given order (tabular order breaks ranking ties).
 */
export function createCodeIndexBuilder(synonyms: Record<string, string[]> = defaultSynonyms, variants: Record<string, string[]> = defaultVariants) {
  const byWord = new Map<string, { list: number[]; last: number; alias?: number[]; aliasLast?: number }>();
  const rows: CodeRow[] = [];
  const bare: string[] = [];
  let lengths = new Uint16Array(1024);
  const add = (row: CodeRow) => {
    const i = rows.length;
    rows.push(row);
    bare.push(bareCode(row.code));
    if (i >= lengths.length) {
      const grown = new Uint16Array(lengths.length * 2);
      grown.set(lengths);
      lengths = grown;
    }
    const lower = row.title.toLowerCase();
    let depth = 0;
    const counted = new Set<string>();
    let start = -1;
    for (let k = 0; k <= lower.length; k++) {
      const ch = k < lower.length ? lower.charCodeAt(k) : 32;
      const isWordChar = (ch >= 97 && ch <= 122) || (ch >= 48 && ch <= 57);
      if (isWordChar) {
        if (start < 0) start = k;
        continue;
      }
      if (start >= 0) {
        const w = lower.slice(start, k);
        start = -1;
        if (!STOP.has(w)) {
          let entry = byWord.get(w);
          if (!entry) byWord.set(w, (entry = { list: [], last: -1 }));
          if (entry.last !== i) {
            entry.list.push(i);
            entry.last = i;
          }
          // Words in parentheses are nonessential modifiers: they do not count against a match.
          if (depth === 0 && !NEUTRAL.has(w)) counted.add(w);
        }
      }
      if (ch === 40) depth++;
      else if (ch === 41 && depth > 0) depth--;
    }
    lengths[i] = counted.size;
    if (row.aliases) {
      for (const w of row.aliases.split(' ')) {
        if (!w || STOP.has(w)) continue;
        let entry = byWord.get(w);
        if (!entry) byWord.set(w, (entry = { list: [], last: -1 }));
        // A word of the title, or an Index word already seen for this row, adds nothing.
        if (entry.last !== i && entry.aliasLast !== i) {
          (entry.alias ??= []).push(i);
          entry.aliasLast = i;
        }
      }
    }
  };
  const finish = (): CodeIndex => {
    const vocab = [...byWord.keys()].sort();
    return {
      rows,
      bare,
      vocab,
      postings: flatten(vocab.map((w) => byWord.get(w)!.list)),
      aliasPostings: flatten(vocab.map((w) => byWord.get(w)!.alias)),
      lengths: lengths.slice(0, rows.length),
      synonyms,
      variants,
    };
  };
  return { add, finish };
}

/** Builds the index from all rows at once. */
export function buildCodeIndex(rows: CodeRow[], synonyms?: Record<string, string[]>, variants?: Record<string, string[]>): CodeIndex {
  return runToEnd(buildCodeIndexInSteps(rows, synonyms, variants));
}

/** Runs work written in steps (a generator) straight through, for callers with no page to keep responsive. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** buildCodeIndex in small steps, so a browser can let the page respond between them. */
export function* buildCodeIndexInSteps(rows: CodeRow[], synonyms?: Record<string, string[]>, variants?: Record<string, string[]>): Generator<void, CodeIndex> {
  const builder = createCodeIndexBuilder(synonyms, variants);
  for (let i = 0; i < rows.length; i++) {
    builder.add(rows[i]!);
    if (i % 4096 === 4095) yield;
  }
  return builder.finish();
}

function lowerBound(list: readonly string[], value: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Vocabulary words within one edit (insert, delete, replace, swap) of `w`. */
function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** True when a and b are at most two edits apart (insert, delete, replace, adjacent swap). */
function withinTwoEdits(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  // Restricted Damerau-Levenshtein, row by row, giving up as soon as a whole row exceeds 2.
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > 2) return false;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]! <= 2;
}

/** Vocabulary entries a query word matches: the word itself, its other number, its variants, words it begins, and (when none) misspelt neighbours. */
function matchVocab(index: CodeIndex, term: string, allowPrefix: boolean): { v: number; weight: number }[] {
  const found: { v: number; weight: number }[] = [];
  const start = lowerBound(index.vocab, term);
  if (index.vocab[start] === term) found.push({ v: start, weight: 1 });
  // The same word in the other number ("veins" for "vein", "bee" for "bees") and words that mean the same.
  // A title that has the very word typed stays a little ahead of one that has a variant of it.
  const others: [string, number][] = [[term.endsWith('s') ? term.slice(0, -1) : `${term}s`, 0.95], ...(index.variants[term] ?? []).map((w): [string, number] => [w, 0.9])];
  for (const [other, weight] of others) {
    const at = lowerBound(index.vocab, other);
    if (index.vocab[at] === other) found.push({ v: at, weight });
  }
  // A word with known variants is a whole word ("flu" is influenza, not the start of "flushing").
  if (allowPrefix && term.length >= 2 && !index.variants[term]) {
    for (let v = index.vocab[start] === term ? start + 1 : start; v < index.vocab.length && index.vocab[v]!.startsWith(term); v++) found.push({ v, weight: 0.8 });
  }
  if (found.length === 0 && term.length >= 4) {
    // Typos keep the first letter in practice: only that slice of the sorted vocabulary is scanned.
    const singular = term.endsWith('s') ? term.slice(0, -1) : term;
    const twoEdits: { v: number; weight: number }[] = [];
    const from = lowerBound(index.vocab, term[0]!);
    for (let v = from; v < index.vocab.length && index.vocab[v]![0] === term[0]; v++) {
      const word = index.vocab[v]!;
      // Among misspelt neighbours, common words are the likelier intent ("migrane" -> migraine, not migrant).
      const common = Math.min(0.1, (index.postings.start[v + 1]! - index.postings.start[v]!) / 500);
      if (oneEdit(term, word) || oneEdit(singular, word) || (word.length > term.length + 1 && oneEdit(term, word.slice(0, term.length)))) found.push({ v, weight: 0.55 + common });
      // Long words are often misspelt twice ("hemmorhoids"); only when nothing closer is found.
      else if (term.length >= 8 && withinTwoEdits(term, word)) twoEdits.push({ v, weight: 0.5 + common });
    }
    if (found.length === 0) found.push(...twoEdits);
  }
  return found;
}

const CIRCUMSTANCE = /^(encounter for|family history|personal history|genetic susceptibility)\b/i;

/** The first word of a title that says something ("Encounter for supervision of…" -> "supervision"). */
function leadingWord(title: string): string {
  return words(title).find((w) => !STOP.has(w) && !NEUTRAL.has(w)) ?? '';
}

export interface CodeHit {
  row: number;
  code: string;
  title: string;
  valid: boolean;
  score: number;
}

const CODE_LIKE = /^[a-z][0-9][0-9a-z]?\.?[0-9a-z]{0,4}$/i;

/** Scratch arrays reused across queries (a generation counter avoids clearing 100,000 entries each time). */
const scratch = new WeakMap<CodeIndex, { count: Float32Array; seen: Uint32Array; gen: Uint32Array; generation: number }>();

/**
 * Searches the index. Never throws: any input gives a (possibly empty) list, best first.
 */
export function searchCodes(index: CodeIndex, query: string, limit = 20): CodeHit[] {
  const text = query.slice(0, 200).trim();
  if (!text) return [];
  const hits: CodeHit[] = [];
  const compact = text.replace(/[\s.]/g, '').toUpperCase();
  // Code or code prefix.
  if (CODE_LIKE.test(text.replace(/\s/g, '')) && /\d/.test(compact)) {
    const from = index.bare.findIndex((b) => b.startsWith(compact));
    if (from >= 0) {
      for (let i = from; i < index.rows.length && index.bare[i]!.startsWith(compact); i++) {
        const row = index.rows[i]!;
        const exact = index.bare[i] === compact;
        const unspecified = /unspecified/i.test(row.title) ? 3 : 0;
        hits.push({ row: i, code: row.code, title: row.title, valid: row.valid, score: (exact ? 100 : 50) + (row.valid ? 10 : 0) + unspecified + (row.indexDefault ? 2 : 0) - index.bare[i]!.length });
      }
      return hits.sort((a, b) => b.score - a.score || a.row - b.row).slice(0, limit);
    }
  }
  // Words (abbreviations expanded).
  let phrase = ` ${words(text).slice(0, 10).join(' ')} `;
  for (const [key, expansion] of Object.entries(index.synonyms)) {
    if (key.includes(' ')) phrase = phrase.replace(` ${key} `, ` ${expansion.join(' ')} `);
  }
  let terms = phrase.split(' ');
  terms = terms.flatMap((t) => index.synonyms[t] ?? [t]).filter((t) => t !== '' && !STOP.has(t));
  terms = [...new Set(terms)];
  if (terms.length === 0) return [];
  let s = scratch.get(index);
  if (!s) scratch.set(index, (s = { count: new Float32Array(index.rows.length), seen: new Uint32Array(index.rows.length), gen: new Uint32Array(index.rows.length), generation: 0 }));
  // This query's marks are base..base + terms.length, all above every mark an earlier query left.
  const base = s.generation + 1;
  s.generation = base + terms.length;
  const touched: number[] = [];
  // Vocabulary words the first query word matched: a title that begins with one of them leads.
  const firstWords = new Set<string>();
  const matchedWords = new Set<string>();
  terms.forEach((term, t) => {
    const mark = base + t + 1;
    // Every word may be a prefix only when it has no exact match (keeps common words like "right" cheap).
    let matches = matchVocab(index, term, false);
    if (matches.length === 0 || t === terms.length - 1) matches = matchVocab(index, term, true);
    for (const m of matches) {
      if (t === 0) firstWords.add(index.vocab[m.v]!);
      matchedWords.add(index.vocab[m.v]!);
    }
    // Title words, then Index words at a slightly lower weight; best weights first, since a row counts each query word once.
    const lists: [Uint32Array, number][] = [];
    for (const m of matches) {
      lists.push([rowsOf(index.postings, m.v), m.weight]);
      const alias = rowsOf(index.aliasPostings, m.v);
      if (alias.length) lists.push([alias, m.weight * 0.85]);
    }
    lists.sort((a, b) => b[1] - a[1]);
    for (const [list, weight] of lists) {
      for (const row of list) {
        if (s.gen[row]! < base) {
          s.gen[row] = base;
          s.count[row] = 0;
          touched.push(row);
        }
        // Each query word counts once per row (its first, best-weighted match).
        if (s.seen[row] !== mark) {
          s.seen[row] = mark;
          s.count[row]! += weight;
        }
      }
    }
  });
  let best = 0;
  for (const row of touched) best = Math.max(best, s.count[row]!);
  // Only rows within half a word of the best match are ranked.
  const inSitu = terms.includes('situ');
  for (const row of touched) {
    const matched = s.count[row]!;
    if (matched < best - 0.5) continue;
    const r = index.rows[row]!;
    const extra = Math.max(0, index.lengths[row]! - terms.length);
    const leading = leadingWord(r.title);
    const leads = firstWords.has(leading) ? 1 : 0;
    // Z codes for circumstances ("Encounter for screening…", "Family history of…") only when the query names the circumstance.
    const circumstance = CIRCUMSTANCE.test(r.title) && !matchedWords.has(leading) ? 3 : 0;
    // "Carcinoma" leads to Neoplasm, malignant in the Index: in-situ codes only when asked for.
    const situ = !inSitu && r.title.includes(' in situ') ? 5 : 0;
    const score = matched * 10 + (r.valid ? 3 : 0) + (r.indexDefault ? 2 : 0) - extra * 0.5 + leads - index.bare[row]!.length * 0.2 - situ - circumstance;
    hits.push({ row, code: r.code, title: r.title, valid: r.valid, score });
  }
  hits.sort((a, b) => b.score - a.score || a.row - b.row);
  return hits.slice(0, limit);
}
