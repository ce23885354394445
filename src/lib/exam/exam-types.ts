import type { AnswerKey } from '../schemas/exercise.ts';

/** A question as the runner shows it during an attempt: no answer, no rationale. */
export interface PublicQuestion {
  id: string;
  type: 'single' | 'multiple' | 'code-entry';
  domain: string;
  stem: string;
  options?: string[];
  /** For multiple response: how many to choose. */
  choose?: number;
  /** For code entry: which sections to fill. */
  expects?: { diagnoses: boolean; procedures: boolean };
  pinned?: number[];
  /** Case set the question belongs to, with its chart note. */
  caseId?: string;
}

export interface PublicCase {
  id: string;
  title: string;
  chart: string;
}

/** Answers and explanations, loaded only when an attempt is submitted. */
export interface QuestionKey {
  id: string;
  answer: number | number[] | AnswerKey;
  rationale: string;
  optionRationales?: string[];
  reference: string;
}

/** One item of a generated form. */
export interface FormItem {
  questionId: string;
  domain: string;
  scored: boolean;
  /** Order in which the question's options are shown: optionOrder[shownIndex] = originalIndex. */
  optionOrder?: number[];
  caseId?: string;
}

export interface FormPart {
  title: string;
  minutes: number;
  /** Indexes into items. */
  start: number;
  end: number;
}

export interface ExamForm {
  examId: string;
  seed: number;
  items: FormItem[];
  parts: FormPart[];
}

/** What the learner has given for one item: option indexes are original (unshuffled) indexes. */
export type ItemAnswer =
  | { kind: 'choice'; selected: number[] }
  | { kind: 'codes'; diagnoses: string[]; procedures: { code: string; modifiers?: string; units?: string }[] };
