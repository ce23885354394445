import { z } from 'zod';
import { certificationSchema } from './certification.ts';
import { lessonIdSchema } from './path.ts';

export const exerciseSettings = ['physician-office', 'outpatient-hospital', 'inpatient', 'emergency-department', 'asc'] as const;
export const exerciseTopics = [
  'evaluation-management',
  'surgery-integumentary',
  'surgery-musculoskeletal',
  'surgery-cardiovascular',
  'surgery-respiratory',
  'surgery-digestive',
  'surgery-urinary',
  'surgery-reproductive',
  'surgery-nervous',
  'surgery-eye-ear',
  'radiology',
  'pathology-laboratory',
  'medicine',
  'anesthesia',
  'hcpcs',
  'icd-10-cm',
] as const;
export const exerciseDifficulties = ['beginner', 'intermediate', 'advanced'] as const;

const rationale = z.string().min(20, 'a rationale of at least 20 characters citing the guideline or convention');
const modifier = z.string().regex(/^[0-9A-Z]{2}$/, 'a two-character modifier such as 25, LT or XS');

/** One diagnosis in an answer key. */
export const keyDiagnosisSchema = z.strictObject({
  code: z.string().min(3),
  /** True for the one diagnosis that must be listed first; the others may come in any order. */
  firstListed: z.boolean().default(false),
  /** Other codes coding rules genuinely allow in its place. */
  alternatives: z.array(z.string().min(3)).default([]),
  rationale,
});

/** One procedure line (CPT or HCPCS) in an answer key. */
export const keyProcedureSchema = z.strictObject({
  code: z.string().min(5),
  system: z.enum(['cpt', 'hcpcs']),
  modifiers: z.array(modifier).default([]),
  units: z.int().min(1).max(999).default(1),
  alternatives: z.array(z.string().min(5)).default([]),
  rationale,
});

/** Targeted feedback for a wrong code learners often choose. */
export const commonErrorSchema = z.strictObject({
  code: z.string().min(3),
  feedback: z.string().min(20),
});

export const answerKeySchema = z
  .strictObject({
    diagnoses: z.array(keyDiagnosisSchema).default([]),
    procedures: z.array(keyProcedureSchema).default([]),
    commonErrors: z.array(commonErrorSchema).default([]),
  })
  .refine((key) => key.diagnoses.length + key.procedures.length > 0, { message: 'at least one diagnosis or procedure in the key', path: ['diagnoses'] })
  .refine((key) => key.diagnoses.filter((d) => d.firstListed).length <= 1, { message: 'at most one diagnosis marked firstListed', path: ['diagnoses'] });
export type AnswerKeyInput = z.input<typeof answerKeySchema>;
export type AnswerKey = z.output<typeof answerKeySchema>;

/** quizzes/exercises/<id>.yaml: one coding exercise; the file name is its id. */
export const exerciseSchema = z.strictObject({
  title: z.string().min(5),
  topic: z.enum(exerciseTopics),
  specialty: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, 'a specialty in kebab-case, e.g. family-medicine'),
  setting: z.enum(exerciseSettings),
  difficulty: z.enum(exerciseDifficulties),
  certifications: z.array(certificationSchema).min(1),
  tags: z.array(z.string().min(2)).default([]),
  /** The fictional chart note or procedure report, in Markdown. */
  scenario: z.string().min(80),
  /** What the learner should report, e.g. "ICD-10-CM codes for the diagnoses and the CPT code for the visit". */
  task: z.string().min(10),
  answer: answerKeySchema,
  /** Lessons that teach what this exercise practises. */
  lessons: z.array(lessonIdSchema).default([]),
});
export type ExerciseInput = z.input<typeof exerciseSchema>;
export type Exercise = z.output<typeof exerciseSchema>;
