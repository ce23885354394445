import type { APIRoute, GetStaticPaths } from 'astro';
import { examData, getExams } from '../../../../site/exams.ts';

/** Answers and rationales: fetched only when an attempt is submitted (or in practice mode). */
export const getStaticPaths: GetStaticPaths = async () => (await getExams()).map((e) => ({ params: { exam: e.id }, props: { domains: Object.keys(e.data.blueprint) } }));

export const GET: APIRoute = async ({ props }) => {
  const { keys } = await examData(props.domains as string[]);
  return new Response(JSON.stringify({ keys }), { headers: { 'Content-Type': 'application/json' } });
};
