/** One HCPCS Level II code or modifier, as CMS publishes it (public domain). */
export interface HcpcsEntry {
  code: string;
  longDescription: string;
  shortDescription: string;
  /** ISO dates (YYYY-MM-DD) or undefined when blank. */
  addedDate?: string;
  actionEffectiveDate?: string;
  terminationDate?: string;
  actionCode?: string;
  /** False when terminated on or before the file's effective date: kept for history, not valid on claims. */
  active: boolean;
}

export const hcpcsQuarters = ['JAN', 'APR', 'JUL', 'OCT'] as const;
export type HcpcsQuarter = (typeof hcpcsQuarters)[number];

/** The HCPCS Level II alpha-numeric file of one year and quarter. */
export interface HcpcsCodeSet {
  kind: 'hcpcs';
  year: number;
  quarter: HcpcsQuarter;
  /** First day of the quarter the file takes effect, YYYY-MM-DD. */
  effectiveDate: string;
  file: string;
  format: 'txt' | 'xlsx';
  codes: Map<string, HcpcsEntry>;
  modifiers: Map<string, HcpcsEntry>;
}

/** The day a quarterly file takes effect: JAN -> YYYY-01-01, APR -> YYYY-04-01, ... */
export function quarterEffectiveDate(year: number, quarter: HcpcsQuarter): string {
  const month = String(hcpcsQuarters.indexOf(quarter) * 3 + 1).padStart(2, '0');
  return `${year}-${month}-01`;
}

/** Human label, e.g. "October 2025". */
export function hcpcsReleaseLabel(set: Pick<HcpcsCodeSet, 'year' | 'quarter'>): string {
  const months = { JAN: 'January', APR: 'April', JUL: 'July', OCT: 'October' } as const;
  return `${months[set.quarter]} ${set.year}`;
}

/** YYYYMMDD -> YYYY-MM-DD; blank -> undefined; anything else -> null (malformed). */
export function parseCmsDate(raw: string | null | undefined): string | undefined | null {
  const text = (raw ?? '').trim();
  if (text === '') return undefined;
  if (!/^\d{8}$/.test(text)) return null;
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
}

/** Whether an entry terminated on `terminationDate` is still valid on `effectiveDate`. */
export function isActiveOn(terminationDate: string | undefined, effectiveDate: string): boolean {
  return terminationDate === undefined || terminationDate > effectiveDate;
}
