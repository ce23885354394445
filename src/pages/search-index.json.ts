import type { APIRoute } from 'astro';
import { siteIndexData } from '../site/search-docs.ts';

/** The lunr index and synonyms, fetched the first time a learner opens search (the result store is separate). */
export const GET: APIRoute = async () => {
  const { index, synonyms } = await siteIndexData();
  return new Response(JSON.stringify({ index, synonyms }), { headers: { 'Content-Type': 'application/json' } });
};
