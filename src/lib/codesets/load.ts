import { readFileSync } from 'node:fs';
import { readSheet } from 'read-excel-file/node';
import { codeSetsDir, discoverCodeSetFiles, newestOfEachKind, type DiscoveredFile } from './discover.ts';
import { parseIcd10cmOrderFile, type Icd10cmCodeSet } from './icd10cm-order-file.ts';
import { parseHcpcsTxtFile } from './hcpcs-txt-file.ts';
import { hcpcsFromXlsxRows } from './hcpcs-xlsx-file.ts';
import type { HcpcsCodeSet } from './hcpcs-model.ts';

/** Everything found in the code-set directory, parsed. Absent kinds are listed in `missing`. */
export interface LoadedCodeSets {
  dir: string;
  files: DiscoveredFile[];
  icd10cm?: Icd10cmCodeSet;
  hcpcs?: HcpcsCodeSet;
  /** Human descriptions of what could not be found. */
  missing: string[];
}

/** Reads the newest ICD-10-CM order file and HCPCS file under `dir`. */
export async function loadCodeSets(dir: string = codeSetsDir()): Promise<LoadedCodeSets> {
  const files = discoverCodeSetFiles(dir);
  const newest = newestOfEachKind(files);
  const loaded: LoadedCodeSets = { dir, files, missing: [] };
  if (newest.icd10cmOrder) {
    const { path, year } = newest.icd10cmOrder;
    loaded.icd10cm = parseIcd10cmOrderFile(readFileSync(path, 'latin1'), path, year);
  } else {
    loaded.missing.push('ICD-10-CM order file (icd10cm-order-YYYY.txt or icd10cm_order_YYYY.txt)');
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
export function loadCodeSetsOnce(dir: string = codeSetsDir()): Promise<LoadedCodeSets> {
  let pending = cache.get(dir);
  if (!pending) {
    pending = loadCodeSets(dir);
    cache.set(dir, pending);
  }
  return pending;
}
