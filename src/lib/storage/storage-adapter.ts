// zod/mini keeps the browser bundle small; it validates the same way as the full zod API.
import * as z from 'zod/mini';
import type { $ZodType, input, output } from 'zod/v4/core';

/**
 * The one place CodePrep reads and writes browser storage. Every record is kept under its own key
 * (so two tabs writing different items never overwrite each other), wrapped in a versioned envelope,
 * and validated with its zod schema when read. Failures are returned, never swallowed.
 */
export interface KeyValueBackend {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

export const STORAGE_PREFIX = 'codeprep:';
/** Version of the envelope and record formats written by this build. */
export const STORAGE_VERSION = 1;

const envelopeSchema = z.object({ v: z.int().check(z.minimum(0)), savedAt: z.string(), data: z.unknown() });

export type ReadResult<T> =
  | { ok: true; value: T | undefined }
  | { ok: false; reason: 'corrupt' | 'newer-version' | 'unavailable'; message: string };
export type WriteResult = { ok: true } | { ok: false; reason: 'quota' | 'unavailable' | 'invalid'; message: string };

/** Upgrades a record written by an older version: `from` is the version it was saved with. */
export type Migration = (data: unknown, from: number) => unknown;

export interface Storage {
  read<S extends $ZodType>(key: string, schema: S, migrate?: Migration): ReadResult<output<S>>;
  write<S extends $ZodType>(key: string, schema: S, value: input<S>): WriteResult;
  remove(key: string): WriteResult;
  /** Keys (without the prefix) that start with `prefix`. */
  keys(prefix?: string): string[];
  /** The stored envelope of a record, unvalidated (for backups); undefined when absent or unreadable. */
  raw(key: string): { v: number; savedAt: string; data: unknown } | undefined;
  /** Writes an envelope as it is (restoring a backup). */
  writeRaw(key: string, envelope: { v: number; savedAt: string; data: unknown }): WriteResult;
}

function isQuotaError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(error.message));
}

/** Wraps a backend (window.localStorage in the browser, a Map-backed fake in tests). */
export function createStorage(backend: KeyValueBackend | undefined, now: () => Date = () => new Date()): Storage {
  const unavailable = { ok: false as const, reason: 'unavailable' as const, message: 'Browser storage is not available (private mode or blocked): your progress cannot be saved in this browser.' };
  return {
    read(key, schema, migrate) {
      if (!backend) return unavailable;
      let text: string | null;
      try {
        text = backend.getItem(STORAGE_PREFIX + key);
      } catch {
        return unavailable;
      }
      if (text === null) return { ok: true, value: undefined };
      let envelope: z.infer<typeof envelopeSchema>;
      try {
        envelope = envelopeSchema.parse(JSON.parse(text));
      } catch {
        return { ok: false, reason: 'corrupt', message: `Saved data for "${key}" is damaged and could not be read.` };
      }
      if (envelope.v > STORAGE_VERSION) {
        return { ok: false, reason: 'newer-version', message: `Saved data for "${key}" was written by a newer version of CodePrep (format ${envelope.v}); reload to update.` };
      }
      const data = envelope.v < STORAGE_VERSION && migrate ? migrate(envelope.data, envelope.v) : envelope.data;
      const parsed = z.safeParse(schema, data);
      if (!parsed.success) return { ok: false, reason: 'corrupt', message: `Saved data for "${key}" does not have the expected shape and was not used.` };
      return { ok: true, value: parsed.data };
    },
    write(key, schema, value) {
      if (!backend) return unavailable;
      const parsed = z.safeParse(schema, value);
      if (!parsed.success) return { ok: false, reason: 'invalid', message: `Refused to save "${key}": the data does not have the expected shape.` };
      try {
        backend.setItem(STORAGE_PREFIX + key, JSON.stringify({ v: STORAGE_VERSION, savedAt: now().toISOString(), data: parsed.data }));
        return { ok: true };
      } catch (error) {
        if (isQuotaError(error)) return { ok: false, reason: 'quota', message: 'Browser storage is full: your latest progress was not saved. Export your data or clear old attempts.' };
        return unavailable;
      }
    },
    remove(key) {
      if (!backend) return unavailable;
      try {
        backend.removeItem(STORAGE_PREFIX + key);
        return { ok: true };
      } catch {
        return unavailable;
      }
    },
    raw(key) {
      if (!backend) return undefined;
      try {
        const text = backend.getItem(STORAGE_PREFIX + key);
        if (text === null) return undefined;
        const parsed = z.safeParse(envelopeSchema, JSON.parse(text));
        return parsed.success ? parsed.data : undefined;
      } catch {
        return undefined;
      }
    },
    writeRaw(key, envelope) {
      if (!backend) return unavailable;
      try {
        backend.setItem(STORAGE_PREFIX + key, JSON.stringify(envelope));
        return { ok: true };
      } catch (error) {
        if (isQuotaError(error)) return { ok: false, reason: 'quota', message: 'Browser storage is full.' };
        return unavailable;
      }
    },
    keys(prefix = '') {
      if (!backend) return [];
      const found: string[] = [];
      try {
        for (let i = 0; i < backend.length; i++) {
          const key = backend.key(i);
          if (key?.startsWith(STORAGE_PREFIX + prefix)) found.push(key.slice(STORAGE_PREFIX.length));
        }
      } catch {
        return [];
      }
      return found.sort();
    },
  };
}

/** A Map-backed backend for tests and for environments without storage. */
export function memoryBackend(initial: Record<string, string> = {}): KeyValueBackend & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
    key: (index) => [...data.keys()][index] ?? null,
    get length() {
      return data.size;
    },
  };
}
