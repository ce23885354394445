import { z } from 'zod';

/** The seven learning tracks. Folder names under content/lessons/ must be one of these. */
export const trackIds = [
  'terminology',
  'icd-10-cm',
  'cpt',
  'hcpcs',
  'hipaa',
  'billing',
  'exam-strategy',
] as const;
export const trackIdSchema = z.enum(trackIds);
export type TrackId = z.output<typeof trackIdSchema>;

/** content/tracks/<id>.yaml: one file per track. */
export const trackSchema = z.strictObject({
  title: z.string().min(3),
  summary: z.string().min(20),
  order: z.int().positive(),
});
export type Track = z.output<typeof trackSchema>;
