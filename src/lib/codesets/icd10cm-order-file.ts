import { CodeSetFileError } from './source-error.ts';
import { withIcdDot } from './code-format.ts';

/** One row of the ICD-10-CM order file. Codes are stored with their decimal point. */
export interface Icd10cmEntry {
  code: string;
  billable: boolean;
  shortTitle: string;
  longTitle: string;
}

/** The ICD-10-CM code list of one fiscal year, from the official order file. */
export interface Icd10cmCodeSet {
  kind: 'icd10cm';
  /** Fiscal year, read from the file name (icd10cm-order-2026.txt -> 2026). */
  year: number;
  file: string;
  /** In tabular order. */
  entries: Icd10cmEntry[];
  byCode: Map<string, Icd10cmEntry>;
}

/**
 * Parses the fixed-width order file (order number, code without dot, billable flag,
 * short title in columns 17-76, long title from column 78). Throws CodeSetFileError
 * naming the file and line of the first malformed row.
 */
export function parseIcd10cmOrderFile(text: string, file: string, year: number): Icd10cmCodeSet {
  const entries: Icd10cmEntry[] = [];
  const byCode = new Map<string, Icd10cmEntry>();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const code = line.slice(6, 13).trim();
    const flag = line[14];
    const shaped =
      /^\d{5} $/.test(line.slice(0, 6)) &&
      /^[A-Z][0-9A-Z]{2,6}$/.test(code) &&
      line[13] === ' ' &&
      (flag === '0' || flag === '1') &&
      line[15] === ' ';
    if (!shaped) {
      throw new CodeSetFileError(
        file,
        i + 1,
        `not an order-file row (expected "NNNNN CODE    F short title ... long title"), found ${JSON.stringify(line.slice(0, 40))}`,
      );
    }
    const shortTitle = line.slice(16, 76).trim();
    const longTitle = line.length > 77 ? line.slice(77).trim() : shortTitle;
    if (shortTitle === '') throw new CodeSetFileError(file, i + 1, `row for ${code} has no title`);
    const entry: Icd10cmEntry = { code: withIcdDot(code), billable: flag === '1', shortTitle, longTitle };
    if (byCode.has(entry.code)) throw new CodeSetFileError(file, i + 1, `code ${entry.code} appears twice`);
    entries.push(entry);
    byCode.set(entry.code, entry);
  }
  if (entries.length === 0) throw new CodeSetFileError(file, undefined, 'no rows found');
  return { kind: 'icd10cm', year, file, entries, byCode };
}
