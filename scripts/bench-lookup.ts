// The code-lookup part of npm run bench: our index next to lunr, MiniSearch and FlexSearch on the same rows and queries.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import FlexSearch from 'flexsearch';
import { parse } from 'yaml';
import { withPreviewAndChromium } from './bench-browser.ts';
import { decodeCodeIndex, icd10cmSearchRows, parseIcd10cmCodesText, searchCodes, words, type CodeRow } from '../src/lib/codesets/index.ts';
import { loadCodeSets } from '../src/lib/codesets/load.ts';

interface BenchQuery {
  query: string;
  expect: string;
  kind: string;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

interface EngineResult {
  name: string;
  build: number;
  size: number;
  p50: number;
  p95: number;
  top5: number;
}

function measure(name: string, queries: BenchQuery[], build: number, size: number, search: (q: string) => string[]): EngineResult {
  for (const q of queries.slice(0, 20)) search(q.query); // warm up
  const times: number[] = [];
  let hits = 0;
  for (const q of queries) {
    const start = performance.now();
    const found = search(q.query);
    times.push(performance.now() - start);
    if (found.slice(0, 5).includes(q.expect)) hits++;
  }
  times.sort((a, b) => a - b);
  return { name, build, size, p50: percentile(times, 50), p95: percentile(times, 95), top5: hits / queries.length };
}

/** Code and code-prefix queries go to a sorted code list in every engine; word queries go to each engine. */
function codeFirst(rows: CodeRow[], q: string, words: (q: string) => string[]): string[] {
  const compact = q.replace(/[\s.]/g, '').toUpperCase();
  if (/^[A-Z]\d[0-9A-Z]{0,5}$/.test(compact) && /\d/.test(compact)) {
    const found = rows.filter((r) => r.code.replace('.', '').startsWith(compact));
    if (found.length) return found.slice(0, 5).map((r) => r.code);
  }
  return words(q);
}

export async function benchLookup(dist: string, root: string): Promise<{ rows: string[][]; ok: boolean; queries: number }> {
  const zipped = readFileSync(join(dist, 'lookup-data/icd10cm-codes.tsv.gz'));
  const text = gunzipSync(zipped).toString('utf8');
  const prebuilt = readFileSync(join(dist, 'lookup-data/icd10cm-index.bin.gz'));
  const queries = parse(readFileSync(join(root, 'scripts/bench-data/icd10cm-lookup-queries.yaml'), 'utf8')) as BenchQuery[];
  // The other engines index the same rows with the same words: titles plus Alphabetic Index words.
  const sets = await loadCodeSets(undefined, { tabular: true });
  const rows = icd10cmSearchRows(sets.icd10cm!, sets.icd10cmIndex);
  const docs = rows.map((r, i) => ({ id: i, code: r.code, text: `${r.title} ${r.aliases ?? ''}` }));
  const results: EngineResult[] = [];

  // Ours: what the browser does, parse the code list and decode the prebuilt index.
  let start = performance.now();
  const ours = decodeCodeIndex(parseIcd10cmCodesText(text), new Uint8Array(gunzipSync(prebuilt)));
  results.push(measure('CodePrep index (ours)', queries, performance.now() - start, zipped.length + prebuilt.length, (q) => searchCodes(ours, q, 5).map((h) => h.code)));

  start = performance.now();
  const flex = new FlexSearch.Index({ tokenize: 'forward', resolution: 9 });
  for (const d of docs) flex.add(d.id, d.text);
  const flexBuild = performance.now() - start;
  let flexSize = 0;
  await flex.export((_key: string, data: unknown) => {
    if (data !== undefined && data !== null) flexSize += gz(typeof data === 'string' ? data : JSON.stringify(data));
  });
  results.push(measure('FlexSearch 0.8', queries, flexBuild, flexSize, (q) => codeFirst(rows, q, (w) => (flex.search(w, { limit: 5, suggest: true }) as number[]).map((i) => rows[i]!.code))));

  start = performance.now();
  const mini = new MiniSearch({ fields: ['text'], idField: 'id' });
  mini.addAll(docs);
  const miniBuild = performance.now() - start;
  results.push(measure('MiniSearch 7', queries, miniBuild, gz(JSON.stringify(mini)), (q) => codeFirst(rows, q, (w) => mini.search(w, { prefix: true, fuzzy: 0.2, combineWith: 'AND' }).slice(0, 5).map((r) => rows[r.id as number]!.code))));

  start = performance.now();
  const lunrIndex = lunr(function () {
    this.ref('id');
    this.field('text');
    for (const d of docs) this.add({ id: String(d.id), text: d.text });
  });
  const lunrBuild = performance.now() - start;
  const lunrSearch = (q: string) => {
    const terms = words(q);
    if (!terms.length) return [];
    return lunrIndex
      .query((query) => {
        for (const t of terms) {
          query.term(t, { presence: lunr.Query.presence.REQUIRED, wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false });
        }
      })
      .slice(0, 5)
      .map((r) => rows[Number(r.ref)]!.code);
  };
  results.push(measure('lunr 2.3', queries, lunrBuild, gz(JSON.stringify(lunrIndex)), (q) => codeFirst(rows, q, lunrSearch)));

  const ourResult = results[0]!;
  const others = results.slice(1);
  const bestOtherP95 = Math.min(...others.map((r) => r.p95));
  const smallestOther = Math.min(...others.map((r) => r.size));
  const bestOtherTop5 = Math.max(...others.map((r) => r.top5));
  const ok = ourResult.p95 < 5 && ourResult.p50 < 1 && ourResult.size <= 1.5 * 1024 * 1024 && ourResult.top5 >= 0.95 && ourResult.p95 < bestOtherP95 && ourResult.size < smallestOther && ourResult.top5 >= bestOtherTop5;
  const table = results.map((r) => [r.name, `${(r.build / 1000).toFixed(1)} s`, mb(r.size), `${r.p50.toFixed(2)} ms`, `${r.p95.toFixed(2)} ms`, `${(r.top5 * 100).toFixed(1)}%`]);
  return { rows: table, ok, queries: queries.length };
}

/** Time from opening /lookup/ in Chromium to the first results of a typed query, over loopback. */
export function firstResultsInChromium(root: string, port = 4391): Promise<number | string> {
  return withPreviewAndChromium(root, port, async (browser, base) => {
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const start = Date.now();
      await page.goto(`${base}/lookup/`, { waitUntil: 'commit' });
      // Type as soon as the island is interactive (Astro removes the ssr attribute when it hydrates).
      await page.waitForSelector('astro-island:not([ssr])', { state: 'attached' });
      await page.getByRole('searchbox', { name: /Search ICD-10-CM/ }).fill('diabetes foot ulcer');
      await page.getByRole('list', { name: 'Results' }).getByRole('button').first().waitFor({ timeout: 20_000 });
      times.push(Date.now() - start);
      await context.close();
    }
    return times.sort((a, b) => a - b)[2]!;
  });
}
