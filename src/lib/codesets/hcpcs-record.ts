import { CodeSetFileError } from './source-error.ts';
import { isActiveOn, parseCmsDate, type HcpcsEntry } from './hcpcs-model.ts';

/** The fields of one HCPCS record, as read from either file format. */
export interface HcpcsRawRecord {
  code: string;
  recordId: string;
  longDescription: string;
  shortDescription: string;
  addedDate: string | null;
  actionEffectiveDate: string | null;
  terminationDate: string | null;
  actionCode: string | null;
}

/** Validates a raw record and turns it into an entry; throws CodeSetFileError naming file and line/row. */
export function toHcpcsEntry(raw: HcpcsRawRecord, effectiveDate: string, file: string, line: number): HcpcsEntry {
  const isModifier = raw.recordId === '7' || raw.recordId === '8';
  const code = raw.code.trim().toUpperCase();
  if (isModifier ? !/^[0-9A-Z]{2}$/.test(code) : !/^[A-Z]\d{4}$/.test(code)) {
    throw new CodeSetFileError(file, line, `expected a HCPCS ${isModifier ? 'modifier' : 'code'}, found ${JSON.stringify(raw.code)}`);
  }
  const dates: Record<string, string | undefined> = {};
  for (const [name, value] of [
    ['added date', raw.addedDate],
    ['action effective date', raw.actionEffectiveDate],
    ['termination date', raw.terminationDate],
  ] as const) {
    const parsed = parseCmsDate(value);
    if (parsed === null) throw new CodeSetFileError(file, line, `${code}: ${name} should be YYYYMMDD, found ${JSON.stringify(value)}`);
    dates[name] = parsed;
  }
  const entry: HcpcsEntry = {
    code,
    longDescription: raw.longDescription.trim(),
    shortDescription: raw.shortDescription.trim(),
    active: isActiveOn(dates['termination date'], effectiveDate),
  };
  if (dates['added date']) entry.addedDate = dates['added date'];
  if (dates['action effective date']) entry.actionEffectiveDate = dates['action effective date'];
  if (dates['termination date']) entry.terminationDate = dates['termination date'];
  const action = (raw.actionCode ?? '').trim();
  if (action) entry.actionCode = action;
  return entry;
}
