import type { Exam } from '../../../src/lib/schemas/exam.ts';
import type { PublicQuestion, QuestionKey } from '../../../src/lib/exam/index.ts';

/** A small pool: 6 questions in domain a, 4 in b (two of them a case set), 3 in c. */
export function pool(): { questions: PublicQuestion[]; keys: Map<string, QuestionKey> } {
  const questions: PublicQuestion[] = [];
  const keys = new Map<string, QuestionKey>();
  const add = (id: string, domain: string, caseId?: string) => {
    const q: PublicQuestion = { id, type: 'single', domain, stem: `Question ${id}?`, options: ['w', 'x', 'y', 'z'] };
    if (caseId) q.caseId = caseId;
    questions.push(q);
    keys.set(id, { id, answer: 2, rationale: 'Option y is right.', optionRationales: ['no', 'no', 'yes', 'no'], reference: 'ref' });
  };
  for (let i = 1; i <= 6; i++) add(`a${i}`, 'a');
  add('b1', 'b');
  add('b2', 'b');
  add('case-b3', 'b', 'case-1');
  add('case-b4', 'b', 'case-1');
  for (let i = 1; i <= 3; i++) add(`c${i}`, 'c');
  return { questions, keys };
}

export const exam = {
  minutes: 60,
  parts: [] as Exam['parts'],
  pretestItems: 0,
  blueprint: { a: 3, b: 2 } as unknown as Exam['blueprint'],
  passing: { kind: 'percent', passPercent: 70 } as Exam['passing'],
};
