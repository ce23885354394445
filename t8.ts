import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { buildCodeIndex, parseIcd10cmCodesText, searchCodes } from './src/lib/codesets/index.ts';
const idx = buildCodeIndex(parseIcd10cmCodesText(readFileSync('dist/lookup-data/icd10cm-codes.tsv', 'utf8')));
const qs = parse(readFileSync('scripts/bench-data/icd10cm-lookup-queries.yaml', 'utf8')) as { query: string; expect: string; kind: string }[];
let hit = 0; const misses: string[] = []; const byKind: Record<string, [number, number]> = {};
for (const q of qs) { const r = searchCodes(idx, q.query, 5).map(h => h.code); const ok = r.includes(q.expect); if (ok) hit++; else misses.push(`${q.kind}: ${q.query} -> want ${q.expect}, got ${r.join(' ')}`); byKind[q.kind] = [(byKind[q.kind]?.[0] ?? 0) + (ok ? 1 : 0), (byKind[q.kind]?.[1] ?? 0) + 1]; }
console.log(hit, qs.length, (hit / qs.length * 100).toFixed(1) + '%', byKind); console.log(misses.join('\n'));
