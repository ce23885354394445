import type { APIRoute, GetStaticPaths } from 'astro';
import { notesForLetter } from '../../../lib/codesets/index.ts';
import { lookupSources } from '../../../site/lookup-data.ts';

/** Tabular notes by first letter, fetched when a code's details are opened. */
export const getStaticPaths: GetStaticPaths = async () => {
  const sets = await lookupSources();
  if (!sets.icd10cmTabular) return [];
  const letters = new Set([...sets.icd10cmTabular.diags.keys()].map((c) => c[0]!));
  return [...letters].map((letter) => ({ params: { letter } }));
};

export const GET: APIRoute = async ({ params }) => {
  const sets = await lookupSources();
  return new Response(JSON.stringify(notesForLetter(sets.icd10cmTabular!, params.letter!)), { headers: { 'Content-Type': 'application/json' } });
};
