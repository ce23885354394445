import type { APIRoute } from 'astro';
import { siteIndexData } from '../site/search-docs.ts';

/** Titles, places and text for result snippets, fetched with the index. */
export const GET: APIRoute = async () => new Response(JSON.stringify((await siteIndexData()).store), { headers: { 'Content-Type': 'application/json' } });
