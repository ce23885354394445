// Browser side of the code lookup: each file is fetched once, on first use.
import { buildCodeIndex, parseHcpcsCodesText, parseIcd10cmCodesText, type CodeIndex, type HcpcsRow, type LookupMeta, type NoteEntry, type TabularOutline } from '../../lib/codesets/index.ts';

const cache = new Map<string, Promise<unknown>>();
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  let p = cache.get(key) as Promise<T> | undefined;
  if (!p) {
    p = load().catch((error) => {
      cache.delete(key);
      throw error;
    });
    cache.set(key, p);
  }
  return p;
}
const text = (url: string) => fetch(url).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${url}: ${r.status}`))));
const json = <T,>(url: string) => fetch(url).then((r) => (r.ok ? (r.json() as Promise<T>) : Promise.reject(new Error(`${url}: ${r.status}`))));

export const lookupMeta = () => once('meta', () => json<LookupMeta>('/lookup-data/meta.json'));
export const icd10cmIndex = () => once('icd', async () => buildCodeIndex(parseIcd10cmCodesText(await text('/lookup-data/icd10cm-codes.tsv'))));
export const hcpcsData = () =>
  once('hcpcs', async () => {
    const rows = parseHcpcsCodesText(await text('/lookup-data/hcpcs-codes.tsv'));
    return { rows, index: buildCodeIndex(rows) } as { rows: HcpcsRow[]; index: CodeIndex };
  });
export const tabularOutlineData = () => once('outline', () => json<TabularOutline | null>('/lookup-data/icd10cm-tabular.json'));
export const notesFor = (letter: string) => once(`notes-${letter}`, () => json<Record<string, NoteEntry>>(`/lookup-data/icd10cm-notes/${letter}.json`).catch(() => ({}) as Record<string, NoteEntry>));
