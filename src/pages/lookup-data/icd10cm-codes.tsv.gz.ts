import type { APIRoute } from 'astro';
import { gzipSync } from 'node:zlib';
import { codeRowsText } from '../../lib/codesets/index.ts';
import { icd10cmRows } from '../../site/lookup-data.ts';

/**
 * Every ICD-10-CM code and header with its billable flag and title (order file); icd10cm-index.bin.gz
 * indexes these rows. Gzipped here (8 MB of text, 0.7 MB zipped) so that no host sends it uncompressed
 * and no server has to compress it again on every request.
 */
export const GET: APIRoute = async () => {
  const rows = await icd10cmRows();
  return new Response(gzipSync(rows ? codeRowsText(rows, false) : '', { level: 9 }), { headers: { 'Content-Type': 'application/gzip' } });
};
