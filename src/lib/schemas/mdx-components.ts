import { z } from 'zod';

/** Props of the InlineQuiz MDX component: one multiple-choice question with its rationale. */
export const inlineQuizSchema = z
  .strictObject({
    question: z.string().min(10),
    options: z.array(z.string().min(1)).min(2).max(5),
    answer: z.int().min(0),
    rationale: z.string().min(20),
  })
  .refine((quiz) => quiz.answer < quiz.options.length, {
    message: 'an answer index that points at one of the options (0-based)',
    path: ['answer'],
  });
export type InlineQuizProps = z.output<typeof inlineQuizSchema>;

/** Props of the Callout MDX component. */
export const calloutSchema = z
  .strictObject({
    type: z.enum(['tip', 'caution', 'guideline']),
    title: z.string().min(1).optional(),
    cite: z.string().min(3).optional(),
  })
  .refine((c) => c.type !== 'guideline' || c.cite, {
    message: 'a cite="..." naming the guideline section a guideline callout paraphrases',
    path: ['cite'],
  });

/** Props of the CodeRef MDX component. */
export const codeRefSchema = z.strictObject({
  system: z.enum(['icd10cm', 'hcpcs', 'cpt']),
  code: z.string().min(3),
  category: z.boolean().optional(),
});
export type CodeRefProps = z.output<typeof codeRefSchema>;

/** Props of the Diagram MDX component (children are the full text alternative). */
export const diagramSchema = z.strictObject({
  src: z.string().regex(/^\/diagrams\/[a-z0-9-]+\.svg$/, 'a path like /diagrams/name.svg'),
  alt: z.string().min(5),
  caption: z.string().min(3).optional(),
});
