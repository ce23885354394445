import { z } from 'zod';
import { domainSchema } from './question.ts';

/** How a style's score becomes pass/fail. */
export const passingRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('percent'), passPercent: z.number().min(1).max(100) }),
  z.strictObject({
    kind: z.literal('scaled'),
    min: z.int(),
    max: z.int(),
    pass: z.int(),
    /** How raw percent maps to the scale, stated on the exam page: our practice mapping, not the certifier's. */
    mapping: z.string().min(20),
    /** Raw percent that maps to the passing score. */
    rawPercentAtPass: z.number().min(1).max(100),
  }),
]);

export const examPartSchema = z.strictObject({
  title: z.string().min(2),
  minutes: z.int().positive(),
  /** Number of questions in this part, in blueprint order. */
  questions: z.int().positive(),
});

/** quizzes/exams/<id>.yaml: one practice exam definition; every number is data. */
export const examSchema = z
  .strictObject({
    title: z.string().min(5),
    style: z.enum(['CPC', 'CCA', 'CPB']),
    summary: z.string().min(20),
    minutes: z.int().positive(),
    /** Omitted: one sitting. Parts add up to the time and the question count. */
    parts: z.array(examPartSchema).default([]),
    navigation: z.enum(['free', 'forward-only']),
    passing: passingRuleSchema,
    /** Domain -> number of scored questions. */
    blueprint: z.partialRecord(domainSchema, z.int().positive()),
    /** Unscored pretest-style items mixed in (CCA style), drawn from any blueprint domain. */
    pretestItems: z.int().min(0).default(0),
    /** Where the blueprint's numbers come from, said on the exam page. */
    blueprintSource: z.string().min(20),
    instructions: z.array(z.string().min(10)).min(1),
    openBook: z.string().min(10),
    /** Seed of the default form; a retake uses a new seed. */
    seed: z.int().min(1),
  })
  .refine((e) => e.parts.length === 0 || e.parts.reduce((s, p) => s + p.minutes, 0) === e.minutes, { message: 'parts whose minutes add up to the exam time', path: ['parts'] })
  .refine(
    (e) => e.parts.length === 0 || e.parts.reduce((s, p) => s + p.questions, 0) === Object.values(e.blueprint).reduce((s, n) => s + (n ?? 0), 0) + e.pretestItems,
    { message: 'parts whose questions add up to the blueprint total plus pretest items', path: ['parts'] },
  );
export type Exam = z.output<typeof examSchema>;
