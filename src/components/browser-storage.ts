// The islands' handle on browser storage: the one adapter, backed by localStorage when it exists.
import { createStorage, type Storage } from '../lib/storage/storage-adapter.ts';

let storage: Storage | undefined;

export function browserStorage(): Storage {
  if (!storage) {
    let backend: globalThis.Storage | undefined;
    try {
      backend = typeof window === 'undefined' ? undefined : window.localStorage;
    } catch {
      backend = undefined;
    }
    storage = createStorage(backend);
  }
  return storage;
}
