import { z } from 'zod';

/**
 * quizzes/cpt/*.yaml: the CPT codes this curriculum uses, each with OUR OWN plain-language note.
 * Official CPT descriptors are AMA-copyrighted and must never be pasted here.
 */
export const cptCodeSchema = z
  .string()
  .regex(/^(?:\d{5}|\d{4}[FTU])$/, 'a CPT code: five digits (99213), or four digits and F, T or U');

export const cptRegistryEntrySchema = z.strictObject({
  code: cptCodeSchema,
  note: z.string().min(10).max(160),
  section: z.enum([
    'evaluation-management',
    'anesthesia',
    'surgery',
    'radiology',
    'pathology-laboratory',
    'medicine',
    'category-ii',
    'category-iii',
  ]),
});
export const cptRegistryFileSchema = z.array(cptRegistryEntrySchema).min(1);
export type CptRegistryEntry = z.output<typeof cptRegistryEntrySchema>;
