import { z } from 'zod';
import { certificationSchema } from './certification.ts';
import { trackIdSchema } from './track.ts';

/** A glossary id: lower-case words joined by hyphens, e.g. `excludes1-note`. */
export const glossaryIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a glossary id in kebab-case, e.g. "excludes1-note"');

/** Frontmatter of content/lessons/<track>/<NN-slug>.mdx. */
export const lessonSchema = z.strictObject({
  title: z.string().min(3),
  description: z.string().min(20).max(200),
  track: trackIdSchema,
  order: z.int().positive(),
  objectives: z.array(z.string().min(10)).min(3).max(6),
  minutes: z.int().min(3).max(120),
  certifications: z.array(certificationSchema).min(1),
  keyTerms: z.array(glossaryIdSchema).default([]),
  lastReviewed: z.coerce.date().refine((d) => !Number.isNaN(d.getTime()), 'a date written YYYY-MM-DD'),
});
export type LessonInput = z.input<typeof lessonSchema>;
export type Lesson = z.output<typeof lessonSchema>;
