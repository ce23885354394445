import type { Icd10cmCodeSet } from './icd10cm-order-file.ts';
import type { HcpcsCodeSet } from './hcpcs-model.ts';
import type { Icd10cmTabular, TabularNotes } from './icd10cm-tabular-file.ts';
import { words as titleWords, type CodeRow } from './code-search.ts';
import type { Icd10cmIndexTerms } from './icd10cm-index-file.ts';

/** The static files the code lookup fetches: a compact code list per system, tabular notes by first letter. */
export interface LookupMeta {
  icd10cm?: { label: string; year: number; rows: number };
  tabular?: { year: number };
  hcpcs?: { label: string; year: number; quarter: string; effectiveDate: string; rows: number };
}

const MAX_PREFIX_SPREAD = 64;

/** Alphabetic Index words for each code that its title lacks (an incomplete pointer such as S13.4- reaches the codes under it). */
export function indexWordsByCode(set: Icd10cmCodeSet, index: Icd10cmIndexTerms): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const bare = set.entries.map((e) => e.code.replace('.', ''));
  const addTo = (i: number, ws: Iterable<string>) => {
    const code = set.entries[i]!.code;
    const own = new Set(titleWords(set.entries[i]!.longTitle));
    const list = out.get(code) ?? [];
    for (const w of ws) if (!own.has(w) && !list.includes(w) && list.length < 48) list.push(w);
    if (list.length) out.set(code, list);
  };
  set.entries.forEach((e, i) => {
    const ws = index.words.get(e.code);
    if (ws) addTo(i, ws);
  });
  // An Index entry that names a header (e.g. S13.4, which needs a 7th character) also leads to the codes under it.
  const headerWords = [...index.words].filter(([code]) => set.byCode.get(code)?.billable === false);
  for (const [prefix, ws] of [...index.prefixWords, ...headerWords]) {
    const p = prefix.replace('.', '');
    const matches: number[] = [];
    for (let i = 0; i < bare.length && matches.length <= MAX_PREFIX_SPREAD; i++) if (bare[i]!.startsWith(p) && set.entries[i]!.billable) matches.push(i);
    if (matches.length <= MAX_PREFIX_SPREAD) for (const i of matches) addTo(i, ws);
  }
  return out;
}

/**
 * The ICD-10-CM rows the code search indexes, in tabular order: billable flag, long title, and the
 * Alphabetic Index words that lead to each code. A billable code that a main term or first subterm of
 * the Index names directly is marked as the default a coder lands on.
 */
export function icd10cmSearchRows(set: Icd10cmCodeSet, index?: Icd10cmIndexTerms): CodeRow[] {
  const extra = index ? indexWordsByCode(set, index) : new Map<string, string[]>();
  return set.entries.map((e) => {
    const row: CodeRow = { code: e.code, valid: e.billable, title: e.longTitle };
    if (e.billable && (index?.depth.get(e.code) ?? 9) <= 1) row.indexDefault = true;
    if (extra.has(e.code)) row.aliases = extra.get(e.code)!.join(' ');
    return row;
  });
}

/**
 * Code rows as text, one line per code: `code<TAB>flag<TAB>long title[<TAB>index words]`. The flag is
 * 0 (header), 1 (billable) or 2 (billable and an Index default). The site ships the list without the
 * Index words (the prebuilt search index carries them); tests and the bench keep them.
 */
export function codeRowsText(rows: CodeRow[], withIndexWords = true): string {
  return rows.map((r) => `${r.code}\t${!r.valid ? 0 : r.indexDefault ? 2 : 1}\t${r.title}${withIndexWords && r.aliases ? `\t${r.aliases}` : ''}`).join('\n');
}

/** The ICD-10-CM code list as text (see codeRowsText), Index words included. */
export function icd10cmCodesText(set: Icd10cmCodeSet, index?: Icd10cmIndexTerms): string {
  return codeRowsText(icd10cmSearchRows(set, index));
}

/** HCPCS list as text: `C|M<TAB>code<TAB>1|0 (active)<TAB>long description<TAB>added<TAB>action effective<TAB>terminated`. */
export function hcpcsCodesText(set: HcpcsCodeSet): string {
  const line = (kind: 'C' | 'M', e: { code: string; active: boolean; longDescription: string; addedDate?: string; actionEffectiveDate?: string; terminationDate?: string }) =>
    [kind, e.code, e.active ? 1 : 0, e.longDescription, e.addedDate ?? '', e.actionEffectiveDate ?? '', e.terminationDate ?? ''].join('\t');
  // CDT (D) codes are ADA copyright and are never shown.
  return [...[...set.codes.values()].filter((c) => !c.code.startsWith('D')).map((c) => line('C', c)), ...[...set.modifiers.values()].map((m) => line('M', m))].join('\n');
}

export interface HcpcsRow extends CodeRow {
  kind: 'code' | 'modifier';
  addedDate?: string;
  actionEffectiveDate?: string;
  terminationDate?: string;
}

/** Reads the lines written by codeRowsText. */
export function parseIcd10cmCodesText(text: string): CodeRow[] {
  const rows: CodeRow[] = [];
  parseIcd10cmCodeLines(text, (row) => rows.push(row));
  return rows;
}

/** Reads the lines of the code list, handing each row to `onRow` (so a caller can read it in slices). */
export function parseIcd10cmCodeLines(text: string, onRow: (row: CodeRow) => void): void {
  // A plain indexOf loop: this runs in the browser on ~100,000 lines.
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const tab1 = text.indexOf('\t', at);
    const tab2 = tab1 < 0 ? -1 : text.indexOf('\t', tab1 + 1);
    const tab3 = tab2 < 0 ? -1 : text.indexOf('\t', tab2 + 1);
    if (tab1 > at && tab2 > tab1 && tab2 < end) {
      const hasAliases = tab3 > tab2 && tab3 < end;
      const flag = text.charCodeAt(tab1 + 1);
      const row: CodeRow = { code: text.slice(at, tab1), valid: flag === 49 || flag === 50, title: text.slice(tab2 + 1, hasAliases ? tab3 : end) };
      if (flag === 50) row.indexDefault = true;
      if (hasAliases) row.aliases = text.slice(tab3 + 1, end);
      onRow(row);
    }
    at = end + 1;
  }
}

/** Reads the lines written by hcpcsCodesText. */
export function parseHcpcsCodesText(text: string): HcpcsRow[] {
  return text.split('\n').flatMap((line) => {
    const [kind, code, active, title, added, effective, terminated] = line.split('\t');
    if (!code || title === undefined) return [];
    const row: HcpcsRow = { kind: kind === 'M' ? 'modifier' : 'code', code, valid: active === '1', title };
    if (added) row.addedDate = added;
    if (effective) row.actionEffectiveDate = effective;
    if (terminated) row.terminationDate = terminated;
    return [row];
  });
}

/** Chapters and blocks (no codes), for browsing. */
export function tabularOutline(tabular: Icd10cmTabular) {
  return {
    year: tabular.year,
    chapters: tabular.chapters.map((c) => ({ number: c.number, title: c.title, sections: c.sections.map((s) => ({ id: s.id, title: s.title, first: s.first, last: s.last })) })),
  };
}
export type TabularOutline = ReturnType<typeof tabularOutline>;

export interface NoteEntry {
  /** Title in the tabular's own year. */
  t: string;
  /** Parent code. */
  p?: string;
  n: TabularNotes;
  /** 7th-character definitions defined here. */
  s?: Record<string, string>;
}

/** Tabular notes of every code starting with `letter`. */
export function notesForLetter(tabular: Icd10cmTabular, letter: string): Record<string, NoteEntry> {
  const out: Record<string, NoteEntry> = {};
  for (const [code, d] of tabular.diags) {
    if (!code.startsWith(letter)) continue;
    const entry: NoteEntry = { t: d.title, n: d.notes };
    if (d.parent) entry.p = d.parent;
    if (d.sevenChrDef) entry.s = d.sevenChrDef;
    out[code] = entry;
  }
  return out;
}

/** Notes for a code and each ancestor (nearest first), and the 7th-character table it inherits. */
export function notesChain(notes: Record<string, NoteEntry>, code: string): { chain: { code: string; entry: NoteEntry }[]; seventh?: { definedAt: string; table: Record<string, string> }; exact: boolean } {
  let start: string | undefined;
  for (let c = code; c.length >= 3; c = c.slice(0, -1).replace(/\.$/, '')) {
    if (notes[c]) {
      start = c;
      break;
    }
  }
  const chain: { code: string; entry: NoteEntry }[] = [];
  let seventh: { definedAt: string; table: Record<string, string> } | undefined;
  for (let c = start; c; c = notes[c]?.p) {
    const entry = notes[c]!;
    chain.push({ code: c, entry });
    if (!seventh && entry.s) seventh = { definedAt: c, table: entry.s };
  }
  const result: ReturnType<typeof notesChain> = { chain, exact: start === code };
  if (seventh) result.seventh = seventh;
  return result;
}

/** The chapter and block whose range holds a code; a category newer than the tabular goes to the block it follows. */
export function placeCode(outline: TabularOutline, code: string) {
  const category = code.slice(0, 3).toUpperCase();
  let before: { chapter: TabularOutline['chapters'][number]; section: TabularOutline['chapters'][number]['sections'][number] } | undefined;
  for (const chapter of outline.chapters) {
    for (const section of chapter.sections) {
      const first = section.first.slice(0, 3);
      if (category >= first && category <= section.last.slice(0, 3)) return { chapter, section };
      if (first <= category && first[0] === category[0]) before = { chapter, section };
    }
  }
  return before;
}
