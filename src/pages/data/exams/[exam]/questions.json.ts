import type { APIRoute, GetStaticPaths } from 'astro';
import { examData, getExams } from '../../../../site/exams.ts';

/** The exam's question pool without answers: fetched when an attempt starts. */
export const getStaticPaths: GetStaticPaths = async () => (await getExams()).map((e) => ({ params: { exam: e.id }, props: { domains: Object.keys(e.data.blueprint) } }));

export const GET: APIRoute = async ({ props }) => {
  const { questions, cases } = await examData(props.domains as string[]);
  return new Response(JSON.stringify({ questions, cases }), { headers: { 'Content-Type': 'application/json' } });
};
