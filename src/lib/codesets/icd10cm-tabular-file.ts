import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CodeSetFileError } from './source-error.ts';
import { placeCode } from './lookup-data.ts';

/** The instructional note kinds of the Tabular List, as named in the official XML. */
export const tabularNoteKinds = ['inclusionTerm', 'includes', 'excludes1', 'excludes2', 'codeFirst', 'useAdditionalCode', 'codeAlso', 'notes', 'sevenChrNote'] as const;
export type TabularNoteKind = (typeof tabularNoteKinds)[number];
export type TabularNotes = Partial<Record<TabularNoteKind, string[]>>;

export interface TabularDiag {
  code: string;
  title: string;
  notes: TabularNotes;
  /** 7th-character meanings defined at this level (inherited by descendants). */
  sevenChrDef?: Record<string, string>;
  parent?: string;
  children: string[];
  section: string;
  chapter: string;
}

export interface TabularSection {
  id: string;
  title: string;
  /** Category range, e.g. A00 .. A09 (from the id). */
  first: string;
  last: string;
  categories: string[];
}

export interface TabularChapter {
  number: string;
  title: string;
  notes: TabularNotes;
  sections: TabularSection[];
}

/** The ICD-10-CM Tabular List of one fiscal year: hierarchy and notes (titles and billability come from the order file). */
export interface Icd10cmTabular {
  kind: 'icd10cm-tabular';
  year: number;
  file: string;
  chapters: TabularChapter[];
  diags: Map<string, TabularDiag>;
}

type Node = Record<string, unknown>;
const ARRAYS = new Set(['chapter', 'section', 'sectionRef', 'diag', 'note', 'extension', ...tabularNoteKinds]);

const text = (value: unknown): string => {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return text((value as Node)['#text']);
  return String(value).replace(/\s+/g, ' ').trim();
};
const list = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]) : value === undefined ? [] : [value as Node]);

function readNotes(node: Node): TabularNotes {
  const notes: TabularNotes = {};
  for (const kind of tabularNoteKinds) {
    const items = list(node[kind]).flatMap((container) => list(container.note).map(text)).filter(Boolean);
    if (items.length) notes[kind] = items;
  }
  return notes;
}

/**
 * Parses the official Tabular List XML (`ICD10CM.tabular`: chapter > section > diag, nested diags,
 * note elements, sevenChrDef/extension). Throws CodeSetFileError naming the file and line of
 * malformed XML, or the element that breaks the expected structure.
 */
export function parseIcd10cmTabular(xml: string, file: string, year: number): Icd10cmTabular {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new CodeSetFileError(file, valid.err.line, `not well-formed XML: ${valid.err.msg}`);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, trimValues: true, isArray: (name) => ARRAYS.has(name) });
  const root = (parser.parse(xml) as Node)['ICD10CM.tabular'] as Node | undefined;
  if (!root) throw new CodeSetFileError(file, undefined, 'expected an <ICD10CM.tabular> root element');
  const diags = new Map<string, TabularDiag>();
  const chapters: TabularChapter[] = list(root.chapter).map((chapterNode) => {
    const number = text(chapterNode.name);
    const chapter: TabularChapter = { number, title: text(chapterNode.desc), notes: readNotes(chapterNode), sections: [] };
    for (const sectionNode of list(chapterNode.section)) {
      const id = String(sectionNode['@_id'] ?? '');
      const [first = id, last = first] = id.split('-');
      const section: TabularSection = { id, title: text(sectionNode.desc), first, last, categories: [] };
      const walk = (node: Node, parent: string | undefined) => {
        const code = text(node.name);
        if (!code) throw new CodeSetFileError(file, undefined, `a <diag> in section ${id} has no <name>`);
        const diag: TabularDiag = { code, title: text(node.desc), notes: readNotes(node), children: [], section: id, chapter: number };
        if (parent) diag.parent = parent;
        const defs = list(node.sevenChrDef).flatMap((d) => list(d.extension));
        if (defs.length) diag.sevenChrDef = Object.fromEntries(defs.map((e) => [String(e['@_char']), text(e)]));
        diags.set(code, diag);
        for (const child of list(node.diag)) {
          diag.children.push(text(child.name));
          walk(child, code);
        }
      };
      for (const category of list(sectionNode.diag)) {
        section.categories.push(text(category.name));
        walk(category, undefined);
      }
      chapter.sections.push(section);
    }
    return chapter;
  });
  if (chapters.length === 0) throw new CodeSetFileError(file, undefined, 'no <chapter> elements found');
  return { kind: 'icd10cm-tabular', year, file, chapters, diags };
}

/** The tabular entry for a code, or for its nearest ancestor present in the tabular (e.g. a 7th-character code). */
export function nearestTabularEntry(tabular: Icd10cmTabular, code: string): TabularDiag | undefined {
  for (let c = code; c.length >= 3; c = c.slice(0, -1).replace(/\.$/, '')) {
    const found = tabular.diags.get(c);
    if (found) return found;
  }
  return undefined;
}

/** The 7th-character table that applies to a code: defined at the code or inherited from the closest ancestor. */
export function seventhCharacterTable(tabular: Icd10cmTabular, code: string): { definedAt: string; table: Record<string, string> } | undefined {
  for (let diag = nearestTabularEntry(tabular, code); diag; diag = diag.parent ? tabular.diags.get(diag.parent) : undefined) {
    if (diag.sevenChrDef) return { definedAt: diag.code, table: diag.sevenChrDef };
  }
  return undefined;
}

/** The section (block) whose category range holds a code, even when the tabular lacks the code itself. */
export function sectionForCode(tabular: Icd10cmTabular, code: string): { chapter: TabularChapter; section: TabularSection } | undefined {
  const placed = placeCode(tabular, code);
  if (!placed) return undefined;
  const chapter = tabular.chapters.find((c) => c.number === placed.chapter.number)!;
  return { chapter, section: chapter.sections.find((s) => s.id === placed.section.id)! };
}
