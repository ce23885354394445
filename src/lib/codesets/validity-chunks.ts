import type { CodeStatus } from '../grading/code-lookup.ts';

/**
 * Compact, cache-friendly files that let the browser tell a valid code from a header or a code
 * that does not exist, without shipping the whole code set: one file per ICD-10-CM two-character
 * prefix (E1, S7, ...) and one per HCPCS letter. Codes are space-separated lists.
 */
export interface ValidityChunk {
  /** e.g. "ICD-10-CM FY2026" or "HCPCS Level II October 2025". */
  source: string;
  valid: string;
  header?: string;
  needsSeventh?: string;
  terminated?: string;
}

/** The chunk a code lives in: first two characters for ICD-10-CM, first letter for HCPCS. */
export function chunkKeyFor(system: 'icd10cm' | 'hcpcs', code: string): string {
  return system === 'icd10cm' ? code.slice(0, 2).toUpperCase() : code.slice(0, 1).toUpperCase();
}

/** Groups code statuses into chunks. */
export function buildValidityChunks(system: 'icd10cm' | 'hcpcs', statuses: ReadonlyMap<string, CodeStatus>, source: string): Map<string, ValidityChunk> {
  const lists = new Map<string, Record<'valid' | 'header' | 'needsSeventh' | 'terminated', string[]>>();
  for (const [code, status] of statuses) {
    const key = chunkKeyFor(system, code);
    const entry = lists.get(key) ?? { valid: [], header: [], needsSeventh: [], terminated: [] };
    if (status === 'valid') entry.valid.push(code);
    else if (status === 'header') entry.header.push(code);
    else if (status === 'needs-seventh') entry.needsSeventh.push(code);
    else if (status === 'terminated') entry.terminated.push(code);
    lists.set(key, entry);
  }
  const chunks = new Map<string, ValidityChunk>();
  for (const [key, l] of lists) {
    const chunk: ValidityChunk = { source, valid: l.valid.join(' ') };
    if (l.header.length) chunk.header = l.header.join(' ');
    if (l.needsSeventh.length) chunk.needsSeventh = l.needsSeventh.join(' ');
    if (l.terminated.length) chunk.terminated = l.terminated.join(' ');
    chunks.set(key, chunk);
  }
  return chunks;
}

/** Reads a chunk back into code statuses. */
export function readValidityChunk(chunk: ValidityChunk): Map<string, CodeStatus> {
  const statuses = new Map<string, CodeStatus>();
  const add = (list: string | undefined, status: CodeStatus) => {
    for (const code of (list ?? '').split(' ')) if (code) statuses.set(code, status);
  };
  add(chunk.valid, 'valid');
  add(chunk.header, 'header');
  add(chunk.needsSeventh, 'needs-seventh');
  add(chunk.terminated, 'terminated');
  return statuses;
}
