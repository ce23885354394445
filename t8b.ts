import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { loadCodeSets } from './src/lib/codesets/node.ts';
import { buildCodeIndex, icd10cmCodesText, parseIcd10cmCodesText, searchCodes } from './src/lib/codesets/index.ts';
const sets = await loadCodeSets('/work/shared/codesets', { tabular: true });
const text = icd10cmCodesText(sets.icd10cm!, sets.icd10cmIndex);
console.log('gz', gzipSync(text, { level: 9 }).length);
let t = performance.now(); const idx = buildCodeIndex(parseIcd10cmCodesText(text)); console.log('build', (performance.now() - t).toFixed(0));
const qs = parse(readFileSync('scripts/bench-data/icd10cm-lookup-queries.yaml', 'utf8')) as { query: string; expect: string; kind: string }[];
let hit = 0; const misses: string[] = []; const byKind: Record<string, [number, number]> = {}; const times: number[] = [];
for (const q of qs) { t = performance.now(); const r = searchCodes(idx, q.query, 5).map(h => h.code); times.push(performance.now() - t); const ok = r.includes(q.expect); if (ok) hit++; else misses.push(`${q.kind}: ${q.query} -> want ${q.expect}, got ${r.join(' ')}`); byKind[q.kind] = [(byKind[q.kind]?.[0] ?? 0) + (ok ? 1 : 0), (byKind[q.kind]?.[1] ?? 0) + 1]; }
times.sort((a, b) => a - b); console.log('p50', times[Math.floor(times.length / 2)]!.toFixed(2), 'p95', times[Math.floor(times.length * 0.95)]!.toFixed(2));
console.log(hit, qs.length, (hit / qs.length * 100).toFixed(1) + '%', byKind); console.log(misses.join('\n'));
