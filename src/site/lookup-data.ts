// Build-time: the lookup's static data files, generated from the official files found (never committed).
import { loadCodeSetsOnce } from '../lib/codesets/load.ts';
import { icd10cmLabel, icd10cmSearchRows, hcpcsReleaseLabel, type CodeRow, type LookupMeta } from '../lib/codesets/index.ts';

export async function lookupSources() {
  return loadCodeSetsOnce(undefined, { tabular: true });
}

export async function lookupMeta(): Promise<LookupMeta> {
  const sets = await lookupSources();
  const meta: LookupMeta = {};
  if (sets.icd10cm) meta.icd10cm = { label: icd10cmLabel(sets.icd10cm), year: sets.icd10cm.year, rows: sets.icd10cm.entries.length };
  if (sets.icd10cmTabular) meta.tabular = { year: sets.icd10cmTabular.year };
  if (sets.hcpcs) meta.hcpcs = { label: `HCPCS Level II ${hcpcsReleaseLabel(sets.hcpcs)}`, year: sets.hcpcs.year, quarter: sets.hcpcs.quarter, effectiveDate: sets.hcpcs.effectiveDate, rows: sets.hcpcs.codes.size + sets.hcpcs.modifiers.size };
  return meta;
}

let searchRows: Promise<CodeRow[] | undefined> | undefined;
/** The ICD-10-CM rows the search indexes (Index words included), computed once per build. */
export function icd10cmRows(): Promise<CodeRow[] | undefined> {
  searchRows ??= lookupSources().then((sets) => (sets.icd10cm ? icd10cmSearchRows(sets.icd10cm, sets.icd10cmIndex) : undefined));
  return searchRows;
}
