// Browser side of code validity: fetches only the chunks the learner's codes need, once each.
import { chunkKeyFor, readValidityChunk, type ValidityChunk } from '../../lib/codesets/validity-chunks.ts';
import type { CodeLookup, CodeStatus } from '../../lib/grading/code-lookup.ts';

const loaded = new Map<string, Promise<Map<string, CodeStatus> | undefined>>();

function loadChunk(system: 'icd10cm' | 'hcpcs', key: string): Promise<Map<string, CodeStatus> | undefined> {
  const id = `${system}/${key}`;
  let pending = loaded.get(id);
  if (!pending) {
    pending = fetch(`/data/validity/${system}/${encodeURIComponent(key)}.json`)
      .then((response) => (response.ok ? (response.json() as Promise<ValidityChunk>) : undefined))
      .then((chunk) => (chunk ? readValidityChunk(chunk) : new Map<string, CodeStatus>()))
      .catch(() => {
        loaded.delete(id); // a network failure may be retried later
        return undefined;
      });
    loaded.set(id, pending);
  }
  return pending;
}

/**
 * A lookup for the given codes: chunks are fetched first, so grading itself stays synchronous.
 * A chunk that cannot be fetched leaves its codes 'unverified' rather than wrongly 'unknown'.
 */
export async function lookupForCodes(codes: { system: 'icd10cm' | 'cpt' | 'hcpcs'; code: string }[], cptCodes: ReadonlySet<string>): Promise<CodeLookup> {
  const needed = new Map<string, { system: 'icd10cm' | 'hcpcs'; key: string }>();
  for (const { system, code } of codes) {
    if (system === 'cpt' || code.length < 2) continue;
    const key = chunkKeyFor(system, code);
    needed.set(`${system}/${key}`, { system, key });
  }
  const maps = new Map<string, Map<string, CodeStatus> | undefined>();
  await Promise.all([...needed].map(async ([id, { system, key }]) => maps.set(id, await loadChunk(system, key))));
  return (system, code) => {
    if (system === 'cpt') return cptCodes.has(code) ? 'valid' : 'unverified';
    const map = maps.get(`${system}/${chunkKeyFor(system, code)}`);
    if (!map) return 'unverified';
    return map.get(code) ?? 'unknown';
  };
}
