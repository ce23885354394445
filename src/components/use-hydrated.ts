import { useEffect, useState } from 'react';

/**
 * False in the server-rendered HTML and until the island has hydrated. Controls that keep React state
 * are disabled until then, so nothing a learner types before the JavaScript arrives is silently dropped.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
