import * as z from 'zod/mini';
import { STORAGE_VERSION, type Storage } from './storage-adapter.ts';

/**
 * Export and import of everything CodePrep keeps in the browser, as one JSON file. Import first
 * checks the whole file and says what would change; a malformed, truncated, foreign or newer-version
 * file changes nothing.
 */
export const BACKUP_FORMAT = 'codeprep-backup';

const recordSchema = z.object({ v: z.int().check(z.minimum(0)), savedAt: z.string(), data: z.unknown() });
const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.int(),
  exportedAt: z.string(),
  records: z.record(z.string(), recordSchema),
});
export type Backup = z.output<typeof backupSchema>;
type Envelope = z.output<typeof recordSchema>;

/** Every record, as saved (envelope included), keyed without the storage prefix. */
export function exportAll(storage: Storage, now: Date = new Date()): Backup {
  const records: Record<string, Envelope> = {};
  for (const key of storage.keys()) {
    const raw = storage.raw(key);
    if (raw) records[key] = raw;
  }
  return { format: BACKUP_FORMAT, version: STORAGE_VERSION, exportedAt: now.toISOString(), records };
}

export type ImportPlan =
  | { ok: true; backup: Backup; added: string[]; changed: string[]; unchanged: string[]; kept: string[] }
  | { ok: false; message: string };

/** Reads a backup file and compares it with what is stored; writes nothing. */
export function planImport(storage: Storage, text: string): ImportPlan {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The file is not valid JSON (it may be truncated). Nothing was changed.' };
  }
  if ((data as { format?: unknown } | null)?.format !== BACKUP_FORMAT) return { ok: false, message: 'This is not a CodePrep backup file. Nothing was changed.' };
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > STORAGE_VERSION) {
    return { ok: false, message: `This backup was made by a newer version of CodePrep (format ${version}); update the site first. Nothing was changed.` };
  }
  const parsed = z.safeParse(backupSchema, data);
  if (!parsed.success) return { ok: false, message: 'The backup file is damaged or incomplete. Nothing was changed.' };
  const backup = parsed.data;
  for (const [key, record] of Object.entries(backup.records)) {
    if (record.v > STORAGE_VERSION) return { ok: false, message: `The record "${key}" comes from a newer version of CodePrep. Nothing was changed.` };
  }
  const added: string[] = [];
  const changed: string[] = [];
  const unchanged: string[] = [];
  for (const [key, record] of Object.entries(backup.records)) {
    const current = storage.raw(key);
    if (!current) added.push(key);
    else if (JSON.stringify(current.data) === JSON.stringify(record.data)) unchanged.push(key);
    else changed.push(key);
  }
  const kept = storage.keys().filter((k) => !(k in backup.records));
  return { ok: true, backup, added, changed, unchanged, kept };
}

/** Writes a planned import: every record in the file replaces the stored one; other stored records stay. */
export function applyImport(storage: Storage, plan: Extract<ImportPlan, { ok: true }>): { ok: true } | { ok: false; message: string } {
  for (const [key, record] of Object.entries(plan.backup.records)) {
    const written = storage.writeRaw(key, record);
    if (!written.ok) return { ok: false, message: `${written.message} Some records were imported before the failure.` };
  }
  return { ok: true };
}

/** Removes everything CodePrep stored in this browser. */
export function clearAll(storage: Storage): number {
  const keys = storage.keys();
  for (const key of keys) storage.remove(key);
  return keys.length;
}
