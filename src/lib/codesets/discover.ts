import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hcpcsQuarters, type HcpcsQuarter } from './hcpcs-model.ts';

/** The kinds of official file CodePrep reads. */
export type CodeSetFileKind = 'icd10cm-order' | 'icd10cm-tabular' | 'icd10cm-index' | 'hcpcs-txt' | 'hcpcs-xlsx';

export interface DiscoveredFile {
  kind: CodeSetFileKind;
  path: string;
  year: number;
  /** HCPCS only: JAN for annual files without a quarter in the name. */
  quarter?: HcpcsQuarter;
}

const PATTERNS: [CodeSetFileKind, RegExp][] = [
  ['icd10cm-order', /^icd10cm[-_]order[-_](\d{4})\.txt$/i],
  ['icd10cm-tabular', /^icd10cm[-_]tabular[-_](\d{4})\.xml(?:\.gz)?$/i],
  ['icd10cm-index', /^icd10cm[-_]index[-_](\d{4})\.xml(?:\.gz)?$/i],
  ['hcpcs-txt', /^HCPC(\d{4})(?:_([A-Z]{3}))?_ANWEB.*\.txt$/i],
  ['hcpcs-xlsx', /^HCPC(\d{4})(?:_([A-Z]{3}))?_ANWEB.*\.xlsx$/i],
];

/** Classifies a file by its official name; undefined when it is not one CodePrep reads. */
export function classifyFileName(name: string): Omit<DiscoveredFile, 'path'> | undefined {
  for (const [kind, pattern] of PATTERNS) {
    const match = pattern.exec(name);
    if (!match) continue;
    const year = Number(match[1]);
    if (kind.startsWith('hcpcs')) {
      const q = (match[2] ?? 'JAN').toUpperCase();
      const quarter = (hcpcsQuarters as readonly string[]).includes(q) ? (q as HcpcsQuarter) : 'JAN';
      return { kind, year, quarter };
    }
    return { kind, year };
  }
  return undefined;
}

/** The directory to read: $CODESETS_DIR, else ../shared/codesets beside the project. */
export function codeSetsDir(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  return resolve(cwd, env.CODESETS_DIR || '../shared/codesets');
}

/** Lists every official file under `dir`, recursively. A missing directory gives an empty list. */
export function discoverCodeSetFiles(dir: string): DiscoveredFile[] {
  const found: DiscoveredFile[] = [];
  const walk = (folder: string) => {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      const path = join(folder, name);
      let isDir = false;
      try {
        isDir = statSync(path).isDirectory();
      } catch {
        continue;
      }
      if (isDir) walk(path);
      else {
        const kind = classifyFileName(name);
        if (kind) found.push({ ...kind, path });
      }
    }
  };
  walk(dir);
  return found;
}

function releaseRank(file: DiscoveredFile): number {
  const quarter = file.quarter ? hcpcsQuarters.indexOf(file.quarter) : 0;
  // Same release in both HCPCS formats: the TXT reads faster, so it ranks a hair higher.
  return file.year * 10 + quarter * 2 + (file.kind === 'hcpcs-txt' ? 1 : 0);
}

/** The newest file of each family (ICD-10-CM order, ICD-10-CM tabular, HCPCS in either format). */
export function newestOfEachKind(files: DiscoveredFile[]): {
  icd10cmOrder?: DiscoveredFile;
  icd10cmTabular?: DiscoveredFile;
  icd10cmIndex?: DiscoveredFile;
  hcpcs?: DiscoveredFile;
} {
  const newest = (list: DiscoveredFile[]) =>
    list.reduce<DiscoveredFile | undefined>((best, f) => (!best || releaseRank(f) > releaseRank(best) ? f : best), undefined);
  const result: ReturnType<typeof newestOfEachKind> = {};
  const order = newest(files.filter((f) => f.kind === 'icd10cm-order'));
  const tabular = newest(files.filter((f) => f.kind === 'icd10cm-tabular'));
  const index = newest(files.filter((f) => f.kind === 'icd10cm-index'));
  const hcpcs = newest(files.filter((f) => f.kind === 'hcpcs-txt' || f.kind === 'hcpcs-xlsx'));
  if (index) result.icd10cmIndex = index;
  if (order) result.icd10cmOrder = order;
  if (tabular) result.icd10cmTabular = tabular;
  if (hcpcs) result.hcpcs = hcpcs;
  return result;
}
