import { CodeSetFileError } from './source-error.ts';
import { quarterEffectiveDate, type HcpcsCodeSet, type HcpcsEntry, type HcpcsQuarter } from './hcpcs-model.ts';
import { toHcpcsEntry } from './hcpcs-record.ts';

type Cell = unknown;

const COLUMNS = {
  code: 'HCPC',
  recordId: 'RECID',
  longDescription: 'LONG DESCRIPTION',
  shortDescription: 'SHORT DESCRIPTION',
  addedDate: 'ADD DT',
  actionEffectiveDate: 'ACT EFF DT',
  terminationDate: 'TERM DT',
  actionCode: 'ACTION CD',
} as const;

function text(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10).replace(/-/g, '');
  return String(cell);
}

/**
 * Builds the code set from the rows of CMS's alpha-numeric XLSX (header row, then one row per
 * code or modifier). Rows come from a well-kept xlsx reader (read-excel-file); columns are found
 * by their header names, so column order may change between releases.
 */
export function hcpcsFromXlsxRows(rows: Cell[][], file: string, year: number, quarter: HcpcsQuarter): HcpcsCodeSet {
  const header = (rows[0] ?? []).map((c) => text(c).trim().toUpperCase());
  const index = {} as Record<keyof typeof COLUMNS, number>;
  for (const [key, name] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string][]) {
    const at = header.indexOf(name);
    if (at < 0) throw new CodeSetFileError(file, 1, `header row has no "${name}" column`);
    index[key] = at;
  }
  const effectiveDate = quarterEffectiveDate(year, quarter);
  const codes = new Map<string, HcpcsEntry>();
  const modifiers = new Map<string, HcpcsEntry>();
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.every((c) => text(c).trim() === '')) continue;
    const recordId = text(row[index.recordId]).trim();
    if (recordId !== '3' && recordId !== '7') {
      throw new CodeSetFileError(file, r + 1, `RECID should be 3 (code) or 7 (modifier), found ${JSON.stringify(recordId)}`);
    }
    const entry = toHcpcsEntry(
      {
        code: text(row[index.code]),
        recordId,
        longDescription: text(row[index.longDescription]),
        shortDescription: text(row[index.shortDescription]),
        addedDate: text(row[index.addedDate]),
        actionEffectiveDate: text(row[index.actionEffectiveDate]),
        terminationDate: text(row[index.terminationDate]),
        actionCode: text(row[index.actionCode]),
      },
      effectiveDate,
      file,
      r + 1,
    );
    (recordId === '3' ? codes : modifiers).set(entry.code, entry);
  }
  if (codes.size === 0) throw new CodeSetFileError(file, undefined, 'no HCPCS rows found');
  return { kind: 'hcpcs', year, quarter, effectiveDate, file, format: 'xlsx', codes, modifiers };
}
