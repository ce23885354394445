import type { BankItem, CaseQuestion } from '../schemas/question.ts';
import type { PublicCase, PublicQuestion, QuestionKey } from './exam-types.ts';

/**
 * Splits the question bank into what an attempt may show (questions and case charts, no answers)
 * and what is loaded only after submission (answers, rationales, references).
 */
export function splitBank(items: readonly BankItem[]): { questions: PublicQuestion[]; cases: PublicCase[]; keys: QuestionKey[] } {
  const questions: PublicQuestion[] = [];
  const cases: PublicCase[] = [];
  const keys: QuestionKey[] = [];
  const add = (q: CaseQuestion, caseId?: string) => {
    const pub: PublicQuestion = { id: q.id, type: q.type, domain: q.domain, stem: q.stem };
    if (caseId) pub.caseId = caseId;
    const key: QuestionKey = { id: q.id, answer: q.answer, rationale: q.rationale, reference: q.reference };
    if (q.type === 'single' || q.type === 'multiple') {
      pub.options = q.options;
      if (q.pinned.length) pub.pinned = q.pinned;
      key.optionRationales = q.optionRationales;
      if (q.type === 'multiple') pub.choose = q.answer.length;
    } else {
      pub.expects = { diagnoses: q.answer.diagnoses.length > 0, procedures: q.answer.procedures.length > 0 };
    }
    questions.push(pub);
    keys.push(key);
  };
  for (const item of items) {
    if (item.type === 'case') {
      cases.push({ id: item.id, title: item.title, chart: item.chart });
      for (const q of item.questions) add(q, item.id);
    } else add(item);
  }
  return { questions, cases, keys };
}
