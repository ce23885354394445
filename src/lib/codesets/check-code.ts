import { formatHint, isWellFormed, withIcdDot } from './code-format.ts';
import type { Icd10cmCodeSet, Icd10cmEntry } from './icd10cm-order-file.ts';
import type { HcpcsCodeSet, HcpcsEntry } from './hcpcs-model.ts';
import { hcpcsReleaseLabel } from './hcpcs-model.ts';

export type CodeCheckFailure = 'malformed' | 'not-found' | 'header' | 'needs-seventh' | 'terminated';

export type CodeCheck<E> = { ok: true; code: string; entry: E } | { ok: false; code: string; reason: CodeCheckFailure; message: string };

/** Label for an ICD-10-CM code set, e.g. "ICD-10-CM FY2026". */
export function icd10cmLabel(set: Pick<Icd10cmCodeSet, 'year'>): string {
  return `ICD-10-CM FY${set.year}`;
}

/** Billable codes under a header, in tabular order (the order file lists them right after it). */
export function billableDescendants(set: Icd10cmCodeSet, header: string): Icd10cmEntry[] {
  const start = set.entries.indexOf(set.byCode.get(header)!);
  const prefix = header.replace('.', '');
  const found: Icd10cmEntry[] = [];
  for (let i = start + 1; i < set.entries.length; i++) {
    const entry = set.entries[i]!;
    if (!entry.code.replace('.', '').startsWith(prefix)) break;
    if (entry.billable) found.push(entry);
  }
  return found;
}

/**
 * Checks that an ICD-10-CM code exists and is billable (valid for claims) in `set`.
 * Accepts the code with or without its decimal point.
 */
export function checkIcd10cmCode(raw: string, set: Icd10cmCodeSet): CodeCheck<Icd10cmEntry> {
  const code = withIcdDot(raw);
  const label = icd10cmLabel(set);
  if (!isWellFormed('icd10cm', code)) {
    return { ok: false, code, reason: 'malformed', message: `${JSON.stringify(raw)} is not shaped like an ICD-10-CM code: expected ${formatHint('icd10cm')}` };
  }
  const entry = set.byCode.get(code);
  if (!entry) return { ok: false, code, reason: 'not-found', message: `${code} is not a code in ${label}` };
  if (entry.billable) return { ok: true, code, entry };
  const children = billableDescendants(set, code);
  const example = children[0]?.code;
  if (children.length > 0 && children.every((c) => c.code.length === 8)) {
    return {
      ok: false,
      code,
      reason: 'needs-seventh',
      message: `${code} requires a 7th character in ${label} and is not billable without it${example ? ` (e.g. ${example})` : ''}`,
    };
  }
  return {
    ok: false,
    code,
    reason: 'header',
    message: `${code} is a header in ${label}, not billable: report a more specific code${example ? ` (e.g. ${example})` : ''}`,
  };
}

/** Checks that a HCPCS Level II code exists and is active (not terminated) in `set`. */
export function checkHcpcsCode(raw: string, set: HcpcsCodeSet): CodeCheck<HcpcsEntry> {
  const code = raw.trim().toUpperCase();
  const label = `HCPCS Level II ${hcpcsReleaseLabel(set)}`;
  if (!isWellFormed('hcpcs', code)) {
    return { ok: false, code, reason: 'malformed', message: `${JSON.stringify(raw)} is not shaped like a HCPCS Level II code: expected ${formatHint('hcpcs')}` };
  }
  const entry = set.codes.get(code);
  if (!entry) return { ok: false, code, reason: 'not-found', message: `${code} is not a code in ${label}` };
  if (!entry.active) {
    return { ok: false, code, reason: 'terminated', message: `${code} was terminated on ${entry.terminationDate} and is not valid in ${label}` };
  }
  return { ok: true, code, entry };
}
