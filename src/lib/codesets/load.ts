import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { readSheet } from 'read-excel-file/node';
import { codeSetsDir, discoverCodeSetFiles, newestOfEachKind, type DiscoveredFile } from './discover.ts';
import { parseIcd10cmOrderFile, type Icd10cmCodeSet } from './icd10cm-order-file.ts';
import { parseHcpcsTxtFile } from './hcpcs-txt-file.ts';
import { hcpcsFromXlsxRows } from './hcpcs-xlsx-file.ts';
import type { HcpcsCodeSet } from './hcpcs-model.ts';
import { parseIcd10cmTabular, type Icd10cmTabular } from './icd10cm-tabular-file.ts';
import { parseIcd10cmIndex, type Icd10cmIndexTerms } from './icd10cm-index-file.ts';

/** Everything found in the code-set directory, parsed. Absent kinds are listed in `missing`. */
export interface LoadedCodeSets {
  dir: string;
  files: DiscoveredFile[];
  icd10cm?: Icd10cmCodeSet;
  hcpcs?: HcpcsCodeSet;
  /** Notes and hierarchy; its year may differ from the order file's. */
  icd10cmTabular?: Icd10cmTabular;
  /** Alphabetic Index words per code, for search (read with the tabular). */
  icd10cmIndex?: Icd10cmIndexTerms;
  /** Human descriptions of what could not be found. */
  missing: string[];
}

type Core = Pick<LoadedCodeSets, 'dir' | 'files' | 'icd10cm' | 'hcpcs' | 'missing'>;
type Notes = Pick<LoadedCodeSets, 'icd10cmTabular' | 'icd10cmIndex'>;

const readXml = (path: string) => {
  const bytes = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
};

/** The code lists: the newest ICD-10-CM order file and HCPCS file. */
async function loadCore(dir: string): Promise<Core> {
  const files = discoverCodeSetFiles(dir);
  const newest = newestOfEachKind(files);
  const core: Core = { dir, files, missing: [] };
  if (newest.icd10cmOrder) {
    const { path, year } = newest.icd10cmOrder;
    core.icd10cm = parseIcd10cmOrderFile(readFileSync(path, 'latin1'), path, year);
  } else {
    core.missing.push('ICD-10-CM order file (icd10cm-order-YYYY.txt or icd10cm_order_YYYY.txt)');
  }
  if (!newest.icd10cmTabular) core.missing.push('ICD-10-CM Tabular List XML (icd10cm_tabular_YYYY.xml or .xml.gz): notes and hierarchy');
  if (newest.hcpcs) {
    const { path, year, quarter = 'JAN', kind } = newest.hcpcs;
    core.hcpcs =
      kind === 'hcpcs-txt'
        ? parseHcpcsTxtFile(readFileSync(path, 'latin1'), path, year, quarter)
        : hcpcsFromXlsxRows(await readSheet(path), path, year, quarter);
  } else {
    core.missing.push('HCPCS Level II alpha-numeric file (HCPCYYYY_QQQ_ANWEB.xlsx or HCPCYYYY..._ANWEB....txt)');
  }
  return core;
}

/** Notes and search words: the newest Tabular List and Alphabetic Index XML. */
function loadNotes(dir: string): Notes {
  const newest = newestOfEachKind(discoverCodeSetFiles(dir));
  const notes: Notes = {};
  if (newest.icd10cmTabular) notes.icd10cmTabular = parseIcd10cmTabular(readXml(newest.icd10cmTabular.path), newest.icd10cmTabular.path, newest.icd10cmTabular.year);
  if (newest.icd10cmIndex) notes.icd10cmIndex = parseIcd10cmIndex(readXml(newest.icd10cmIndex.path), newest.icd10cmIndex.path, newest.icd10cmIndex.year);
  return notes;
}

/** Reads the newest ICD-10-CM order file and HCPCS file under `dir`, and the Tabular List and Index XML when asked. */
export async function loadCodeSets(dir: string = codeSetsDir(), options: { tabular?: boolean } = {}): Promise<LoadedCodeSets> {
  const core = await loadCore(dir);
  return options.tabular ? { ...core, ...loadNotes(dir) } : core;
}

const coreCache = new Map<string, Promise<Core>>();
const notesCache = new Map<string, Promise<Notes>>();

/**
 * Like loadCodeSets, but parses each file once per process (the build calls it from many pages);
 * asking for the notes later reuses the code lists already read.
 */
export async function loadCodeSetsOnce(dir: string = codeSetsDir(), options: { tabular?: boolean } = {}): Promise<LoadedCodeSets> {
  let core = coreCache.get(dir);
  if (!core) coreCache.set(dir, (core = loadCore(dir)));
  if (!options.tabular) return core;
  let notes = notesCache.get(dir);
  if (!notes) notesCache.set(dir, (notes = Promise.resolve().then(() => loadNotes(dir))));
  return { ...(await core), ...(await notes) };
}
