// Browser side of the code lookup: each file is fetched once, on first use.
import { finishInSlices, parseCodeListInSlices } from './sliced-work.ts';
import { buildCodeIndex, buildCodeIndexInSteps, decodeCodeIndexInSteps, parseHcpcsCodesText, type CodeIndex, type HcpcsRow, type LookupMeta, type NoteEntry, type TabularOutline } from '../../lib/codesets/index.ts';

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

/**
 * A gzipped data file, unzipped as it arrives. Some hosts send .gz files with Content-Encoding: gzip,
 * and then the browser has already unzipped it.
 */
async function gunzipped(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: ${response.status}`);
  if (/gzip/i.test(response.headers.get('Content-Encoding') ?? '')) return response;
  return new Response(response.body.pipeThrough(new DecompressionStream('gzip')));
}

export const icd10cmIndex = () =>
  once('icd', async () => {
    const [list, prebuilt] = await Promise.all([
      gunzipped('/lookup-data/icd10cm-codes.tsv.gz').then((r) => r.text()),
      gunzipped('/lookup-data/icd10cm-index.bin.gz')
        .then(async (r) => new Uint8Array(await r.arrayBuffer()))
        .catch((error: Error) => error),
    ]);
    const rows = await parseCodeListInSlices(list);
    if (prebuilt instanceof Uint8Array) {
      try {
        return await finishInSlices(decodeCodeIndexInSteps(rows, prebuilt));
      } catch (error) {
        console.warn(`Indexing the code list in the browser: ${(error as Error).message}`);
      }
    } else console.warn(`Indexing the code list in the browser: ${prebuilt.message}`);
    // Titles only: the Index words come with the prebuilt file.
    return finishInSlices(buildCodeIndexInSteps(rows));
  });
export const hcpcsData = () =>
  once('hcpcs', async () => {
    const rows = parseHcpcsCodesText(await text('/lookup-data/hcpcs-codes.tsv'));
    return { rows, index: buildCodeIndex(rows) } as { rows: HcpcsRow[]; index: CodeIndex };
  });
export const tabularOutlineData = () => once('outline', () => json<TabularOutline | null>('/lookup-data/icd10cm-tabular.json'));
export const notesFor = (letter: string) => once(`notes-${letter}`, () => json<Record<string, NoteEntry>>(`/lookup-data/icd10cm-notes/${letter}.json`).catch(() => ({}) as Record<string, NoteEntry>));
