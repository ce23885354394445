/** What the code sets say about a well-formed code. */
export type CodeStatus =
  | 'valid' // billable ICD-10-CM, active HCPCS, or a CPT code in our registry
  | 'header' // ICD-10-CM category or subcategory: needs more characters
  | 'needs-seventh' // ICD-10-CM code that requires a 7th character
  | 'terminated' // HCPCS code no longer valid
  | 'unknown' // not in the code set
  | 'unverified'; // no data to tell (e.g. a CPT code outside our registry, or a code set not loaded)

export type LookupSystem = 'icd10cm' | 'cpt' | 'hcpcs';
export type CodeLookup = (system: LookupSystem, code: string) => CodeStatus;

/** ICD-10-CM statuses from the order file's rows (code with dot, billable flag), in tabular order. */
export function icd10cmStatuses(rows: Iterable<{ code: string; billable: boolean }>): Map<string, CodeStatus> {
  const list = [...rows];
  const statuses = new Map<string, CodeStatus>();
  for (const row of list) statuses.set(row.code, row.billable ? 'valid' : 'header');
  // A header whose billable descendants all have seven characters needs a 7th character.
  const sevenOnly = new Map<string, boolean>();
  for (const row of list) {
    if (!row.billable) continue;
    const bare = row.code.replace('.', '');
    for (let len = 3; len < bare.length; len++) {
      const header = len > 3 ? `${bare.slice(0, 3)}.${bare.slice(3, len)}` : bare.slice(0, 3);
      if (statuses.get(header) !== 'header') continue;
      sevenOnly.set(header, (sevenOnly.get(header) ?? true) && bare.length === 7);
    }
  }
  for (const [header, seven] of sevenOnly) if (seven) statuses.set(header, 'needs-seventh');
  return statuses;
}

/** Builds a lookup from what is known; systems without data answer 'unverified'. */
export function createCodeLookup(known: {
  icd10cm?: ReadonlyMap<string, CodeStatus>;
  hcpcs?: ReadonlyMap<string, CodeStatus>;
  cpt?: ReadonlySet<string>;
}): CodeLookup {
  return (system, code) => {
    if (system === 'cpt') return known.cpt?.has(code) ? 'valid' : 'unverified';
    const map = system === 'icd10cm' ? known.icd10cm : known.hcpcs;
    if (!map) return 'unverified';
    return map.get(code) ?? 'unknown';
  };
}
