// Every shipped exercise grades its own key as 100%, against the real code sets when present.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content/node.ts';
import { validateContent } from '../../../src/lib/content/index.ts';
import { loadCodeSets } from '../../../src/lib/codesets/node.ts';
import { answerFromKey, createCodeLookup, gradeExercise, icd10cmStatuses, type CodeStatus } from '../../../src/lib/grading/index.ts';
import { haveSharedCodeSets, root, sharedCodeSets } from '../../helpers.ts';

const raw = readContent(root);
const report = validateContent(raw, {});
const exercises = [...report.exercises.entries()];
const sets = haveSharedCodeSets ? await loadCodeSets(sharedCodeSets) : undefined;
const lookup = createCodeLookup({
  ...(sets?.icd10cm ? { icd10cm: icd10cmStatuses(sets.icd10cm.entries) } : {}),
  ...(sets?.hcpcs ? { hcpcs: new Map<string, CodeStatus>([...sets.hcpcs.codes.values()].map((c) => [c.code, c.active ? 'valid' : 'terminated'])) } : {}),
  cpt: new Set(report.cpt.keys()),
});

describe('the exercise bank', () => {
  it('has at least 60 exercises across E/M, surgery, radiology, lab, medicine, anesthesia, HCPCS and ICD-10-CM', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(60);
    const topics = new Set(exercises.map(([, e]) => e.data.topic.replace(/^surgery-.*/, 'surgery')));
    for (const t of ['evaluation-management', 'surgery', 'radiology', 'pathology-laboratory', 'medicine', 'anesthesia', 'hcpcs', 'icd-10-cm']) expect(topics).toContain(t);
  });

  it.each(exercises)('%s: the key scores 100% and every key code is valid', (_id, { data }) => {
    const result = gradeExercise(data.answer, answerFromKey(data.answer), lookup);
    expect(result.lines.filter((l) => l.verdict !== 'correct')).toEqual([]);
    expect(result.score).toBe(1);
    for (const line of result.lines) {
      const system = line.section === 'diagnosis' ? 'icd10cm' : /^\d/.test(line.code!) ? 'cpt' : 'hcpcs';
      if (haveSharedCodeSets || system === 'cpt') expect(lookup(system, line.code!), line.code).toBe('valid');
    }
  });
});
