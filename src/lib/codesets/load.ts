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

/** Reads the newest ICD-10-CM order file and HCPCS file under `dir`, and the Tabular List XML when asked. */
export async function loadCodeSets(dir: string = codeSetsDir(), options: { tabular?: boolean } = {}): Promise<LoadedCodeSets> {
  const files = discoverCodeSetFiles(dir);
  const newest = newestOfEachKind(files);
  const loaded: LoadedCodeSets = { dir, files, missing: [] };
  if (newest.icd10cmOrder) {
    const { path, year } = newest.icd10cmOrder;
    loaded.icd10cm = parseIcd10cmOrderFile(readFileSync(path, 'latin1'), path, year);
  } else {
    loaded.missing.push('ICD-10-CM order file (icd10cm-order-YYYY.txt or icd10cm_order_YYYY.txt)');
  }
  if (newest.icd10cmTabular && options.tabular) {
    const { path, year } = newest.icd10cmTabular;
    const bytes = readFileSync(path);
    loaded.icd10cmTabular = parseIcd10cmTabular((path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'), path, year);
  } else if (!newest.icd10cmTabular) {
    loaded.missing.push('ICD-10-CM Tabular List XML (icd10cm_tabular_YYYY.xml or .xml.gz): notes and hierarchy');
  }
  if (newest.icd10cmIndex && options.tabular) {
    const { path, year } = newest.icd10cmIndex;
    const bytes = readFileSync(path);
    loaded.icd10cmIndex = parseIcd10cmIndex((path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'), path, year);
  }
  if (newest.hcpcs) {
    const { path, year, quarter = 'JAN', kind } = newest.hcpcs;
    loaded.hcpcs =
      kind === 'hcpcs-txt'
        ? parseHcpcsTxtFile(readFileSync(path, 'latin1'), path, year, quarter)
        : hcpcsFromXlsxRows(await readSheet(path), path, year, quarter);
  } else {
    loaded.missing.push('HCPCS Level II alpha-numeric file (HCPCYYYY_QQQ_ANWEB.xlsx or HCPCYYYY..._ANWEB....txt)');
  }
  return loaded;
}

const cache = new Map<string, Promise<LoadedCodeSets>>();

/** Like loadCodeSets, but parses each directory once per process (the build calls it from many pages). */
export function loadCodeSetsOnce(dir: string = codeSetsDir(), options: { tabular?: boolean } = {}): Promise<LoadedCodeSets> {
  const id = `${dir}|${options.tabular ? 'tabular' : ''}`;
  let pending = cache.get(id);
  if (!pending) {
    pending = loadCodeSets(dir, options);
    cache.set(id, pending);
  }
  return pending;
}
