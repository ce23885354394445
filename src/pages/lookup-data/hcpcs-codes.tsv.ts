import type { APIRoute } from 'astro';
import { hcpcsCodesText } from '../../lib/codesets/index.ts';
import { lookupSources } from '../../site/lookup-data.ts';

/** HCPCS Level II codes and modifiers with dates and validity. */
export const GET: APIRoute = async () => {
  const sets = await lookupSources();
  return new Response(sets.hcpcs ? hcpcsCodesText(sets.hcpcs) : '', { headers: { 'Content-Type': 'text/tab-separated-values; charset=utf-8' } });
};
