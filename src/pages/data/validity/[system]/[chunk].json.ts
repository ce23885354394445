import type { APIRoute, GetStaticPaths } from 'astro';
import { validityChunks } from '../../../../site/code-sets.ts';

/** One static JSON file per chunk: /data/validity/icd10cm/E1.json, /data/validity/hcpcs/J.json. */
export const getStaticPaths: GetStaticPaths = async () => {
  const chunks = await validityChunks();
  return (['icd10cm', 'hcpcs'] as const).flatMap((system) => [...chunks[system]].map(([chunk, data]) => ({ params: { system, chunk }, props: { data } })));
};

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.data), { headers: { 'Content-Type': 'application/json' } });
