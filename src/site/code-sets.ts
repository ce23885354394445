// Build-time view of the official code sets: what the site shows about them.
import { buildValidityChunks, icd10cmLabel, withIcdDot, type ValidityChunk } from '../lib/codesets/index.ts';
import { icd10cmStatuses, type CodeStatus } from '../lib/grading/code-lookup.ts';
import { hcpcsReleaseLabel } from '../lib/codesets/hcpcs-model.ts';
import { loadCodeSetsOnce } from '../lib/codesets/load.ts';

export interface CodeSetSummary {
  icd10cm?: { label: string; year: number; billable: number; total: number };
  hcpcs?: { label: string; year: number; quarter: string; effectiveDate: string; active: number; total: number; modifiers: number };
  missing: string[];
}

/** Years and counts of the code sets found, for the footer and the about page. */
export async function codeSetSummary(): Promise<CodeSetSummary> {
  const sets = await loadCodeSetsOnce();
  const summary: CodeSetSummary = { missing: sets.missing };
  if (sets.icd10cm) {
    const { entries, year } = sets.icd10cm;
    summary.icd10cm = { label: icd10cmLabel(sets.icd10cm), year, billable: entries.filter((e) => e.billable).length, total: entries.length };
  }
  if (sets.hcpcs) {
    const h = sets.hcpcs;
    summary.hcpcs = {
      label: `HCPCS Level II ${hcpcsReleaseLabel(h)}`,
      year: h.year,
      quarter: h.quarter,
      effectiveDate: h.effectiveDate,
      active: [...h.codes.values()].filter((e) => e.active).length,
      total: h.codes.size,
      modifiers: h.modifiers.size,
    };
  }
  return summary;
}

/** The official title of an ICD-10-CM or HCPCS code, with the label of the code set it comes from. */
export async function officialTitle(system: 'icd10cm' | 'hcpcs', code: string): Promise<{ title: string; billable: boolean; source: string } | undefined> {
  const sets = await loadCodeSetsOnce();
  if (system === 'icd10cm' && sets.icd10cm) {
    const entry = sets.icd10cm.byCode.get(withIcdDot(code));
    return entry && { title: entry.longTitle, billable: entry.billable, source: icd10cmLabel(sets.icd10cm) };
  }
  if (system === 'hcpcs' && sets.hcpcs) {
    const entry = sets.hcpcs.codes.get(code.toUpperCase());
    return entry && { title: entry.longDescription, billable: entry.active, source: `HCPCS Level II ${hcpcsReleaseLabel(sets.hcpcs)}` };
  }
  return undefined;
}

let chunks: Promise<{ icd10cm: Map<string, ValidityChunk>; hcpcs: Map<string, ValidityChunk> }> | undefined;

/** The validity chunks the browser fetches to grade codes that are not in an answer key. */
export function validityChunks() {
  chunks ??= loadCodeSetsOnce().then((sets) => ({
    icd10cm: sets.icd10cm ? buildValidityChunks('icd10cm', icd10cmStatuses(sets.icd10cm.entries), icd10cmLabel(sets.icd10cm)) : new Map(),
    hcpcs: sets.hcpcs
      ? buildValidityChunks(
          'hcpcs',
          new Map<string, CodeStatus>([...sets.hcpcs.codes.values()].map((c) => [c.code, c.active ? 'valid' : 'terminated'])),
          `HCPCS Level II ${hcpcsReleaseLabel(sets.hcpcs)}`,
        )
      : new Map(),
  }));
  return chunks;
}
