import { z } from 'zod';
import { certificationSchema } from './certification.ts';
import { answerKeySchema } from './exercise.ts';

/** Exam domains: the areas each style's blueprint draws from. */
export const examDomains = {
  CPC: [
    'surgery-10000',
    'surgery-20000',
    'surgery-30000',
    'surgery-40000',
    'surgery-50000',
    'surgery-60000',
    'evaluation-management',
    'anesthesia',
    'radiology',
    'pathology-laboratory',
    'medicine',
    'medical-terminology',
    'anatomy',
    'icd-10-cm',
    'hcpcs',
    'coding-guidelines',
    'compliance-regulatory',
  ],
  CCA: [
    'cca-clinical-classification',
    'cca-health-records-data',
    'cca-reimbursement',
    'cca-compliance',
    'cca-information-technology',
    'cca-confidentiality-privacy',
  ],
  CPB: ['cpb-payers', 'cpb-claims', 'cpb-payment-collections', 'cpb-denials-appeals', 'cpb-compliance', 'cpb-coding'],
} as const;
export const allDomains = [...examDomains.CPC, ...examDomains.CCA, ...examDomains.CPB] as const;
export const domainSchema = z.enum(allDomains);
export type Domain = z.output<typeof domainSchema>;

const base = {
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a question id in kebab-case, unique across the bank'),
  domain: domainSchema,
  topics: z.array(z.string().min(2)).min(1),
  difficulty: z.enum(['easy', 'medium', 'hard']),
  certifications: z.array(certificationSchema).min(1),
  /** Markdown. */
  stem: z.string().min(15),
  /** Why the right answer is right. */
  rationale: z.string().min(30),
  /** Guideline or rule the answer rests on, e.g. "ICD-10-CM Guidelines I.C.9.a.2" or "45 CFR 164.404". */
  reference: z.string().min(3),
};

const options = z.array(z.string().min(1)).length(4, 'exactly 4 options');
/** One sentence per option saying why it is right or wrong, in option order. */
const optionRationales = z.array(z.string().min(10)).length(4, 'one rationale per option (4)');

export const singleChoiceSchema = z.strictObject({
    ...base,
    type: z.literal('single'),
    options,
    optionRationales,
    answer: z.int().min(0).max(3),
    /** Options that must not move when options are shuffled, e.g. "All of the above" (indexes). */
    pinned: z.array(z.int().min(0).max(3)).default([]),
});

export const multipleResponseSchema = z
  .strictObject({
    ...base,
    type: z.literal('multiple'),
    options: z.array(z.string().min(1)).min(4).max(6),
    optionRationales: z.array(z.string().min(10)).min(4).max(6),
    /** Indexes of every right option; the stem says how many to choose. */
    answer: z.array(z.int().min(0).max(5)).min(2),
    pinned: z.array(z.int().min(0).max(5)).default([]),
  })
  .refine((q) => q.optionRationales.length === q.options.length, { message: 'one rationale per option', path: ['optionRationales'] })
  .refine((q) => q.answer.every((a) => a < q.options.length) && new Set(q.answer).size === q.answer.length, { message: 'distinct answer indexes that point at options', path: ['answer'] });

export const codeEntrySchema = z.strictObject({
  ...base,
  type: z.literal('code-entry'),
  answer: answerKeySchema,
});

/** A question inside a case set: the chart note is the case's; the domain may differ per question. */
const caseQuestionSchema = z.discriminatedUnion('type', [singleChoiceSchema, multipleResponseSchema, codeEntrySchema]);

export const caseSetSchema = z.strictObject({
  id: base.id,
  type: z.literal('case'),
  title: z.string().min(5),
  certifications: z.array(certificationSchema).min(1),
  /** The shared fictional chart note, Markdown. */
  chart: z.string().min(80),
  questions: z.array(caseQuestionSchema).min(2).max(6),
});

export const questionSchema = z.discriminatedUnion('type', [singleChoiceSchema, multipleResponseSchema, codeEntrySchema, caseSetSchema]);
/** quizzes/questions/*.yaml: each file is a list of questions and case sets. */
export const questionFileSchema = z.array(questionSchema).min(1);

export type SingleChoiceQuestion = z.output<typeof singleChoiceSchema>;
export type MultipleResponseQuestion = z.output<typeof multipleResponseSchema>;
export type CodeEntryQuestion = z.output<typeof codeEntrySchema>;
export type CaseSet = z.output<typeof caseSetSchema>;
export type CaseQuestion = z.output<typeof caseQuestionSchema>;
export type BankItem = z.output<typeof questionSchema>;
