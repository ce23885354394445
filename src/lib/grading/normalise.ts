import { withIcdDot } from '../codesets/code-format.ts';

/**
 * Cleans what a learner typed: Unicode compatibility forms (full-width letters and digits,
 * odd dashes) become ASCII, invisible characters go, letters are upper-cased.
 */
export function cleanInput(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toUpperCase()
    .trim();
}

/** Splits free text into entries on new lines, commas and semicolons; drops empty ones. */
export function splitEntries(text: string): string[] {
  return cleanInput(text)
    .split(/[\n\r,;]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export type ParsedDiagnosis = { ok: true; code: string } | { ok: false; reason: 'malformed'; message: string };

const ICD_LOOSE = /^[A-Z][0-9][0-9A-Z](?:[0-9A-Z]{0,4})$/;

/**
 * Reads one diagnosis entry: case, spaces and a missing or misplaced decimal point are forgiven
 * (`e119`, `E1.19`, `E11 .9` all read as `E11.9`). Anything that cannot be an ICD-10-CM code is malformed.
 */
export function parseDiagnosis(raw: string): ParsedDiagnosis {
  const compact = cleanInput(raw).replace(/[\s.]/g, '');
  if (compact === '') return { ok: false, reason: 'malformed', message: 'nothing was entered' };
  if (!ICD_LOOSE.test(compact)) {
    return { ok: false, reason: 'malformed', message: `"${raw.trim().slice(0, 20)}" is not shaped like an ICD-10-CM code (a letter, a digit, then 1 to 5 more letters or digits, e.g. E11.9)` };
  }
  return { ok: true, code: withIcdDot(compact) };
}

export type ProcedureSystem = 'cpt' | 'hcpcs';
export type ParsedProcedure =
  | { ok: true; code: string; system: ProcedureSystem; modifiers: string[]; units: number }
  | { ok: false; reason: 'malformed'; message: string };

const CPT = /^(?:\d{5}|\d{4}[FTU])$/;
const HCPCS = /^[A-V]\d{4}$/;

/**
 * Reads one procedure entry: a CPT or HCPCS code, then optional modifiers written `-25`, ` 25` or `25`
 * (several allowed), then optional units written ` x2`, `×2` or `*2` (so a modifier such as X4 needs its hyphen). `extraModifiers` and `units`
 * come from separate fields when the form has them.
 */
export function parseProcedure(raw: string, extraModifiers = '', units?: number | string): ParsedProcedure {
  // Trailing units: " x4", "×4" or "*4". A modifier such as X4 is written with a hyphen ("-X4") or in the modifier field.
  const unitsMatch = /(?:\s+X|\s*[×*])\s*(\d{1,3})$/.exec(cleanInput(raw));
  const text = unitsMatch ? cleanInput(raw).slice(0, unitsMatch.index) : cleanInput(raw);
  const match = /^([0-9A-Z]{5})((?:\s*-?\s*[0-9A-Z]{2}(?![0-9A-Z]))*)$/.exec(text);
  if (!match) {
    return { ok: false, reason: 'malformed', message: `"${raw.trim().slice(0, 24)}" is not shaped like a CPT or HCPCS code with optional modifiers (e.g. 99213-25 or J1100 x4)` };
  }
  const code = match[1]!;
  const system: ProcedureSystem | undefined = CPT.test(code) ? 'cpt' : HCPCS.test(code) ? 'hcpcs' : undefined;
  if (!system) return { ok: false, reason: 'malformed', message: `"${code}" is neither a CPT code (five digits, or four digits and F, T or U) nor a HCPCS Level II code (a letter A-V and four digits)` };
  const inline = match[2]!.match(/[0-9A-Z]{2}/g) ?? [];
  const separate = cleanInput(extraModifiers).match(/[0-9A-Z]{2}/g) ?? [];
  const extra = cleanInput(extraModifiers).replace(/[0-9A-Z]{2}|[\s,;-]/g, '');
  if (extra !== '') return { ok: false, reason: 'malformed', message: `modifiers are two letters or digits each (e.g. 25, LT, XS); found "${extraModifiers.trim().slice(0, 20)}"` };
  const unitsText = units === undefined || units === '' ? unitsMatch?.[1] : String(units);
  const parsedUnits = unitsText === undefined ? 1 : Number(unitsText);
  if (!Number.isInteger(parsedUnits) || parsedUnits < 1 || parsedUnits > 999) {
    return { ok: false, reason: 'malformed', message: `units must be a whole number from 1 to 999; found "${String(unitsText).slice(0, 10)}"` };
  }
  return { ok: true, code, system, modifiers: [...inline, ...separate], units: parsedUnits };
}
