import type { APIRoute } from 'astro';
import { tabularOutline } from '../../lib/codesets/index.ts';
import { lookupSources } from '../../site/lookup-data.ts';

/** Chapters and blocks of the newest Tabular List found, with its own year. */
export const GET: APIRoute = async () => {
  const sets = await lookupSources();
  return new Response(JSON.stringify(sets.icd10cmTabular ? tabularOutline(sets.icd10cmTabular) : null), { headers: { 'Content-Type': 'application/json' } });
};
