import { z } from 'zod';
import { certificationSchema } from './certification.ts';

/** A lesson id is `<track>/<slug>`: the lesson's path under content/lessons/ without the NN- prefix. */
export const lessonIdSchema = z
  .string()
  .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'a lesson id "<track>/<slug>", e.g. "icd-10-cm/conventions"');

/** content/paths/<certification>.yaml: an ordered study path for one certification. */
export const certificationPathSchema = z.strictObject({
  certification: certificationSchema,
  title: z.string().min(5),
  summary: z.string().min(20),
  lessons: z.array(lessonIdSchema).min(1),
});
export type CertificationPath = z.output<typeof certificationPathSchema>;
