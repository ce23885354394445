import type { APIRoute } from 'astro';
import { gzipSync } from 'node:zlib';
import { buildCodeIndex, encodeCodeIndex } from '../../lib/codesets/index.ts';
import { icd10cmRows } from '../../site/lookup-data.ts';

/**
 * The search index over icd10cm-codes.tsv (titles and Alphabetic Index words), prebuilt so the browser
 * only decodes it. Gzipped here because static hosts rarely compress binary files on the fly.
 */
export const GET: APIRoute = async () => {
  const rows = await icd10cmRows();
  // Without the official files this is the index of an empty list, matching the empty code list.
  return new Response(gzipSync(encodeCodeIndex(buildCodeIndex(rows ?? [])), { level: 9 }), { headers: { 'Content-Type': 'application/gzip' } });
};
