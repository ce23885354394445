// Astro-side shaping of exercises for pages and islands.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ExerciseSummary } from '../components/exercise/ExerciseList.tsx';
import { codeSetSummary } from './code-sets.ts';

export type ExerciseEntry = CollectionEntry<'exercises'>;

export const topicLabels: Record<string, string> = {
  'evaluation-management': 'E/M',
  'surgery-integumentary': 'Surgery: integumentary',
  'surgery-musculoskeletal': 'Surgery: musculoskeletal',
  'surgery-cardiovascular': 'Surgery: cardiovascular',
  'surgery-respiratory': 'Surgery: respiratory',
  'surgery-digestive': 'Surgery: digestive',
  'surgery-urinary': 'Surgery: urinary',
  'surgery-reproductive': 'Surgery: reproductive',
  'surgery-nervous': 'Surgery: nervous system',
  'surgery-eye-ear': 'Surgery: eye and ear',
  radiology: 'Radiology',
  'pathology-laboratory': 'Pathology and laboratory',
  medicine: 'Medicine',
  anesthesia: 'Anesthesia',
  hcpcs: 'HCPCS Level II',
  'icd-10-cm': 'ICD-10-CM',
};

/** Exercises in a stable order: by topic (as listed above), then title. */
export async function getExercises(): Promise<ExerciseEntry[]> {
  const order = Object.keys(topicLabels);
  return (await getCollection('exercises')).sort((a, b) => order.indexOf(a.data.topic) - order.indexOf(b.data.topic) || a.data.title.localeCompare(b.data.title));
}

/** The code systems an exercise's key uses. */
export function systemsOf(entry: ExerciseEntry): string[] {
  const key = entry.data.answer;
  const systems = new Set<string>();
  if (key.diagnoses.length) systems.add('ICD-10-CM');
  for (const p of key.procedures) systems.add(p.system === 'cpt' ? 'CPT' : 'HCPCS');
  return [...systems];
}

export function summaryOf(entry: ExerciseEntry): ExerciseSummary {
  const d = entry.data;
  return { id: entry.id, title: d.title, topic: d.topic, topicLabel: topicLabels[d.topic] ?? d.topic, specialty: d.specialty, setting: d.setting, difficulty: d.difficulty, certifications: d.certifications, systems: systemsOf(entry) };
}

/** "ICD-10-CM FY2026 and HCPCS Level II October 2025", from the files found. */
export async function codeSetsLabel(): Promise<string> {
  const s = await codeSetSummary();
  return [s.icd10cm?.label, s.hcpcs?.label, 'our CPT registry'].filter(Boolean).join(', ');
}
