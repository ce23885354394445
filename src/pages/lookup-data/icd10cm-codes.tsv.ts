import type { APIRoute } from 'astro';
import { icd10cmCodesText } from '../../lib/codesets/index.ts';
import { lookupSources } from '../../site/lookup-data.ts';

/** Every ICD-10-CM code and header with its billable flag and title (order file), plus Alphabetic Index words for search. */
export const GET: APIRoute = async () => {
  const sets = await lookupSources();
  return new Response(sets.icd10cm ? icd10cmCodesText(sets.icd10cm, sets.icd10cmIndex) : '', { headers: { 'Content-Type': 'text/tab-separated-values; charset=utf-8' } });
};
