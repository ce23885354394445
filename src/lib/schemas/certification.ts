import { z } from 'zod';

/** The certifications CodePrep prepares for. */
export const certificationIds = ['CPC', 'CCA', 'CPB'] as const;
export const certificationSchema = z.enum(certificationIds);
export type Certification = z.output<typeof certificationSchema>;
