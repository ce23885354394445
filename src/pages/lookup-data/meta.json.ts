import type { APIRoute } from 'astro';
import { lookupMeta } from '../../site/lookup-data.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(await lookupMeta()), { headers: { 'Content-Type': 'application/json' } });
