import { CodeSetFileError } from './source-error.ts';
import { quarterEffectiveDate, type HcpcsCodeSet, type HcpcsEntry, type HcpcsQuarter } from './hcpcs-model.ts';
import { toHcpcsEntry } from './hcpcs-record.ts';

const RECORD = /^[A-Z0-9 ]{5}\d{5}[3478]/;

/**
 * Parses CMS's fixed-width alpha-numeric TXT (320-byte records; record id 3/7 starts a code/modifier,
 * 4/8 continues its long description). Leading disclaimer lines are skipped; any other line that is
 * not a record throws CodeSetFileError with its line number.
 */
export function parseHcpcsTxtFile(text: string, file: string, year: number, quarter: HcpcsQuarter): HcpcsCodeSet {
  const effectiveDate = quarterEffectiveDate(year, quarter);
  const codes = new Map<string, HcpcsEntry>();
  const modifiers = new Map<string, HcpcsEntry>();
  const lines = text.split(/\r?\n/);
  let current: { entry: HcpcsEntry; recordId: string; rawLong: string } | undefined;
  let seenRecord = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!RECORD.test(line)) {
      if (line.trim() === '' || !seenRecord) continue;
      throw new CodeSetFileError(file, i + 1, `not a HCPCS record (expected code, sequence number and record id 3, 4, 7 or 8 in columns 1-11), found ${JSON.stringify(line.slice(0, 30))}`);
    }
    seenRecord = true;
    const recordId = line[10]!;
    const code = line.slice(0, 5).trim();
    if (recordId === '4' || recordId === '8') {
      const expected = recordId === '4' ? '3' : '7';
      if (!current || current.recordId !== expected || current.entry.code !== code) {
        throw new CodeSetFileError(file, i + 1, `continuation line for ${code} does not follow its first line`);
      }
      // The long description simply continues in the next 80 characters, sometimes mid-word.
      current.rawLong += line.slice(11, 91).padEnd(80);
      current.entry.longDescription = current.rawLong.replace(/\s+/g, ' ').trim();
      continue;
    }
    const entry = toHcpcsEntry(
      {
        code,
        recordId,
        longDescription: line.slice(11, 91),
        shortDescription: line.slice(91, 119),
        addedDate: line.slice(268, 276),
        actionEffectiveDate: line.slice(276, 284),
        terminationDate: line.slice(284, 292),
        actionCode: line.slice(292, 293),
      },
      effectiveDate,
      file,
      i + 1,
    );
    (recordId === '3' ? codes : modifiers).set(entry.code, entry);
    current = { entry, recordId, rawLong: line.slice(11, 91).padEnd(80) };
  }
  if (codes.size === 0) throw new CodeSetFileError(file, undefined, 'no HCPCS records found');
  return { kind: 'hcpcs', year, quarter, effectiveDate, file, format: 'txt', codes, modifiers };
}
