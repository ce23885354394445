import { z } from 'zod';
import { glossaryIdSchema } from './lesson.ts';
import { trackIdSchema } from './track.ts';

/** content/glossary/<id>.yaml: one file per term; the file name is the term's id. */
export const glossaryTermSchema = z.strictObject({
  term: z.string().min(2),
  definition: z.string().min(20),
  abbreviation: z.string().min(1).optional(),
  related: z.array(glossaryIdSchema).default([]),
  track: trackIdSchema,
});
export type GlossaryTermInput = z.input<typeof glossaryTermSchema>;
export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
