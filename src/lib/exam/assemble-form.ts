import type { Exam } from '../schemas/exam.ts';
import type { ExamForm, FormItem, FormPart, PublicQuestion } from './exam-types.ts';
import { seededRandom, shuffled } from './seeded-random.ts';

/** A unit drawn as a whole: a standalone question, or a case set with its questions. */
interface Unit {
  questions: PublicQuestion[];
}

function units(pool: PublicQuestion[]): Unit[] {
  const byCase = new Map<string, PublicQuestion[]>();
  const result: Unit[] = [];
  for (const q of pool) {
    if (!q.caseId) result.push({ questions: [q] });
    else {
      const list = byCase.get(q.caseId) ?? [];
      if (list.length === 0) result.push({ questions: list });
      list.push(q);
      byCase.set(q.caseId, list);
    }
  }
  return result;
}

export class BlueprintError extends Error {}

/**
 * Draws a form that meets the exam's blueprint from the question pool. Deterministic: the same
 * pool, exam and seed give the same questions, order and option order. Case sets are drawn whole
 * and kept together. Throws BlueprintError naming the domain when the pool is too small.
 */
export function assembleForm(examId: string, exam: Pick<Exam, 'blueprint' | 'pretestItems' | 'parts' | 'minutes'>, pool: PublicQuestion[], seed: number): ExamForm {
  const random = seededRandom(seed);
  const domains = Object.keys(exam.blueprint);
  const eligible = units(pool).filter((u) => u.questions.every((q) => domains.includes(q.domain)));
  // Case sets go first (they are the hardest to fit), then standalone questions fill what is left.
  // If a draw leaves a gap, reshuffle: still deterministic, since every draw comes from the seeded stream.
  let chosen: Unit[] = [];
  let left: Unit[] = [];
  let short: [string, number][] = [];
  for (let attempt = 0; attempt < 20; attempt++) {
    const need = new Map(Object.entries(exam.blueprint).map(([d, n]) => [d, n ?? 0]));
    const candidates = [...shuffled(eligible.filter((u) => u.questions.length > 1), random), ...shuffled(eligible.filter((u) => u.questions.length === 1), random)];
    chosen = [];
    left = [];
    for (const unit of candidates) {
      const counts = new Map<string, number>();
      for (const q of unit.questions) counts.set(q.domain, (counts.get(q.domain) ?? 0) + 1);
      if ([...counts].every(([d, n]) => (need.get(d) ?? 0) >= n)) {
        chosen.push(unit);
        for (const [d, n] of counts) need.set(d, need.get(d)! - n);
      } else left.push(unit);
    }
    short = [...need].filter(([, n]) => n > 0);
    if (short.length === 0) break;
  }
  if (short.length) {
    throw new BlueprintError(`the question bank cannot meet the blueprint: ${short.map(([d, n]) => `${d} is ${n} question${n === 1 ? '' : 's'} short`).join('; ')}`);
  }
  // Pretest items: unscored standalone questions from the blueprint's domains, not already used.
  const pretest = shuffled(left.filter((u) => u.questions.length === 1), random).slice(0, exam.pretestItems);
  if (pretest.length < exam.pretestItems) throw new BlueprintError(`the question bank has only ${pretest.length} spare questions for ${exam.pretestItems} pretest items`);

  const toItems = (unit: Unit, scored: boolean): FormItem[] =>
    unit.questions.map((q) => {
      const item: FormItem = { questionId: q.id, domain: q.domain, scored };
      if (q.caseId) item.caseId = q.caseId;
      if (q.options) {
        const pinned = new Set(q.pinned ?? []);
        const free = shuffled(q.options.map((_, i) => i).filter((i) => !pinned.has(i)), random);
        item.optionOrder = q.options.map((_, i) => (pinned.has(i) ? i : free.shift()!));
      }
      return item;
    });
  // Scored units in blueprint order (like the printed exams), shuffled within each area.
  const order = (u: Unit) => domains.indexOf(u.questions[0]!.domain);
  const scored = chosen.sort((a, b) => order(a) - order(b)).flatMap((u) => toItems(u, true));
  const items = [...scored];
  for (const unit of pretest) items.splice(Math.floor(random() * (items.length + 1)), 0, ...toItems(unit, false));

  const parts: FormPart[] = [];
  if (exam.parts.length === 0) parts.push({ title: 'Exam', minutes: exam.minutes, start: 0, end: items.length });
  else {
    let start = 0;
    for (const part of exam.parts) {
      parts.push({ title: part.title, minutes: part.minutes, start, end: start + part.questions });
      start += part.questions;
    }
  }
  return { examId, seed, items, parts };
}
