import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CodeSetFileError } from './source-error.ts';

/**
 * The ICD-10-CM Alphabetic Index, reduced to what search needs: for each code, the words of the
 * index entries that lead to it (main term, subterms, nonessential modifiers), including entries
 * that reach it through a "see" cross-reference. This is how "cholelithiasis" finds K80.20 although
 * the Tabular title says "Calculus of gallbladder".
 */
export interface Icd10cmIndexTerms {
  kind: 'icd10cm-index';
  year: number;
  file: string;
  /** Code (with its dot) -> index words. */
  words: Map<string, Set<string>>;
  /** Incomplete pointers ("S13.4-": the code needs more characters) -> index words, for every code under them. */
  prefixWords: Map<string, Set<string>>;
  /** Shallowest Index level that names each code: 0 for a main term's own code, the default a coder lands on. */
  depth: Map<string, number>;
}

type Node = Record<string, unknown>;
const list = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : v === undefined ? [] : [v as Node]);
const text = (v: unknown): string => {
  if (v === undefined || v === null) return '';
  if (typeof v !== 'object') return String(v);
  const n = v as Node;
  return [text(n['#text']), ...list(n.nemod).map(text)].join(' ');
};
const tokens = (s: string) => s.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1 && w !== 'nec' && w !== 'nos');

export function parseIcd10cmIndex(xml: string, file: string, year: number): Icd10cmIndexTerms {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new CodeSetFileError(file, valid.err.line, `not well-formed XML: ${valid.err.msg}`);
  const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true, isArray: (name) => ['letter', 'mainTerm', 'term', 'code', 'see', 'seeAlso'].includes(name) });
  const root = (parser.parse(xml) as Node)['ICD10CM.index'] as Node | undefined;
  if (!root) throw new CodeSetFileError(file, undefined, 'expected an <ICD10CM.index> root element');
  const words = new Map<string, Set<string>>();
  const prefixWords = new Map<string, Set<string>>();
  const depth = new Map<string, number>();
  const add = (raw: string, ws: string[], level: number) => {
    const incomplete = /^([A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{0,3})?)-$/.exec(raw);
    if (!incomplete && !/^[A-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?$/.test(raw)) return;
    const target = incomplete ? prefixWords : words;
    const code = incomplete ? incomplete[1]!.replace(/\.$/, '') : raw;
    if (!incomplete) depth.set(code, Math.min(depth.get(code) ?? 99, level));
    let set = target.get(code);
    if (!set) target.set(code, (set = new Set()));
    for (const w of ws) if (set.size < 48) set.add(w);
  };
  // Path "main|sub|sub" (lower case) -> codes, to resolve "see" references afterwards.
  const byPath = new Map<string, string[]>();
  const pending: { see: string; ws: string[]; level: number }[] = [];
  const walk = (node: Node, path: string[], ws: string[]) => {
    const title = text(node.title);
    // "See" references name a main term by its first word group ("Calculus, gallbladder" for "Calculus, calculi, calculous").
    const own = text((node.title as Node)?.['#text'] ?? node.title).toLowerCase().trim();
    const here = [...path, path.length === 0 ? own.split(',')[0]!.trim() : own];
    const all = [...ws, ...tokens(title)];
    const codes = list(node.code).map((c) => text(c).trim());
    byPath.set(here.join('|'), codes);
    for (const code of codes) add(code, all, path.length);
    for (const see of [...list(node.see), ...list(node.seeAlso)]) pending.push({ see: text(see).trim(), ws: all, level: path.length });
    for (const child of list(node.term)) walk(child, here, all);
  };
  for (const letter of list(root.letter)) for (const main of list(letter.mainTerm)) walk(main, [], []);
  for (const { see, ws, level } of pending) {
    const target = see.split(/,\s*/).map((s) => s.toLowerCase().trim()).join('|');
    for (const code of byPath.get(target) ?? []) add(code, ws, level);
  }
  if (words.size === 0) throw new CodeSetFileError(file, undefined, 'no index entries with codes found');
  return { kind: 'icd10cm-index', year, file, words, prefixWords, depth };
}
