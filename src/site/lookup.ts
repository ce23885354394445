import { withIcdDot } from '../lib/codesets/code-format.ts';

/** URL of a code's lookup page, e.g. /lookup/icd10cm/E11.621/. */
export function lookupUrl(system: 'icd10cm' | 'hcpcs' | 'cpt', code: string): string {
  return `/lookup/${system}/${encodeURIComponent(code)}/`;
}

/** The form a code is shown and linked in: ICD-10-CM with its decimal point, others upper-cased. */
export function displayCode(system: 'icd10cm' | 'hcpcs' | 'cpt', code: string): string {
  return system === 'icd10cm' ? withIcdDot(code) : code.trim().toUpperCase();
}
