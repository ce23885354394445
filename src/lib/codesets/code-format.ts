/** The code systems CodePrep grades and checks. */
export type CodeSystem = 'icd10cm' | 'cpt' | 'hcpcs' | 'modifier';

const ICD10CM = /^[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$/;
const CPT = /^(?:\d{5}|\d{4}[FTU])$/;
const HCPCS = /^[A-V]\d{4}$/;
const MODIFIER = /^[0-9A-Z]{2}$/;

/**
 * Adds the decimal point after the third character of an ICD-10-CM code written without one
 * (`E119` -> `E11.9`); upper-cases and trims. Leaves anything that cannot be ICD-10-CM alone.
 */
export function withIcdDot(raw: string): string {
  const code = raw.trim().toUpperCase().replace(/\./g, '');
  return code.length > 3 ? `${code.slice(0, 3)}.${code.slice(3)}` : code;
}

/** Removes the decimal point (`E11.9` -> `E119`), the form the official files use. */
export function withoutIcdDot(code: string): string {
  return code.trim().toUpperCase().replace(/\./g, '');
}

/** True when `code` is shaped like a code of `system` (says nothing about whether it exists). */
export function isWellFormed(system: CodeSystem, code: string): boolean {
  switch (system) {
    case 'icd10cm':
      return ICD10CM.test(code);
    case 'cpt':
      return CPT.test(code);
    case 'hcpcs':
      return HCPCS.test(code);
    case 'modifier':
      return MODIFIER.test(code);
  }
}

/** A short description of the expected shape, for error messages. */
export function formatHint(system: CodeSystem): string {
  switch (system) {
    case 'icd10cm':
      return 'a letter, two characters, then up to four after a decimal point (e.g. E11.9, S72.001A)';
    case 'cpt':
      return 'five digits (e.g. 99213) or four digits and F, T or U (e.g. 3074F, 0042T)';
    case 'hcpcs':
      return 'a letter A-V and four digits (e.g. J1100)';
    case 'modifier':
      return 'two letters or digits (e.g. 25, LT, XS)';
  }
}
