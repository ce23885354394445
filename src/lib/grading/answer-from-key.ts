import type { AnswerKey } from '../schemas/exercise.ts';
import type { LearnerAnswer } from './grade.ts';

/** The answer a perfect learner would give: first-listed diagnosis first, every key line as written. */
export function answerFromKey(key: AnswerKey): LearnerAnswer {
  const first = key.diagnoses.filter((d) => d.firstListed);
  const rest = key.diagnoses.filter((d) => !d.firstListed);
  return {
    diagnoses: [...first, ...rest].map((d) => d.code),
    procedures: key.procedures.map((p) => ({ code: p.code, modifiers: p.modifiers.join(' '), units: p.units })),
  };
}
