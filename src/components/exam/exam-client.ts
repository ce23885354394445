// Browser side of an attempt: fetching the pool and keys, saving through the storage adapter.
import type { PublicCase, PublicQuestion, QuestionKey } from '../../lib/exam/index.ts';

export async function fetchPool(examId: string): Promise<{ questions: PublicQuestion[]; cases: PublicCase[] }> {
  const response = await fetch(`/data/exams/${examId}/questions.json`);
  if (!response.ok) throw new Error(`Could not load the questions (${response.status}).`);
  return response.json();
}

export async function fetchKeys(examId: string): Promise<Map<string, QuestionKey>> {
  const response = await fetch(`/data/exams/${examId}/keys.json`);
  if (!response.ok) throw new Error(`Could not load the answers (${response.status}).`);
  const { keys } = (await response.json()) as { keys: QuestionKey[] };
  return new Map(keys.map((k) => [k.id, k]));
}

export function newAttemptId(examId: string, now: number): string {
  return `${examId}-${now.toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
}
