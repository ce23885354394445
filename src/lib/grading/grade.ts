import type { AnswerKey } from '../schemas/exercise.ts';
import { withIcdDot } from '../codesets/code-format.ts';
import type { CodeLookup, CodeStatus } from './code-lookup.ts';
import { parseDiagnosis, parseProcedure } from './normalise.ts';

/** What the learner entered: diagnosis lines in their order, procedure lines with optional separate fields. */
export interface LearnerAnswer {
  diagnoses: string[];
  procedures: { code: string; modifiers?: string; units?: number | string }[];
}

export type Verdict =
  | 'correct'
  | 'sequence' // right code, wrong position
  | 'modifier' // right code, wrong or missing modifier
  | 'units' // right code and modifiers, wrong units
  | 'not-in-key' // a valid code that does not belong in this answer
  | 'not-billable' // a header: needs more characters (or a 7th character)
  | 'not-valid' // not a code in the code set, or terminated
  | 'malformed' // not shaped like a code of the expected system
  | 'duplicate'; // the same code entered again

export interface LineResult {
  section: 'diagnosis' | 'procedure';
  /** Position among the learner's lines of that section (0-based). */
  index: number;
  input: string;
  /** The code as read (normalised), when it could be read. */
  code?: string;
  verdict: Verdict;
  /** Why, in plain words (includes the key's rationale when the line matched the key). */
  message: string;
  /** The key's rationale for the matched code, or targeted feedback for a known wrong code. */
  rationale?: string;
  points: number;
}

export interface MissingCode {
  section: 'diagnosis' | 'procedure';
  code: string;
  modifiers: string[];
  units: number;
  rationale: string;
}

export type ScoringMode = 'partial' | 'all-or-nothing';

export interface GradeResult {
  lines: LineResult[];
  missing: MissingCode[];
  earned: number;
  possible: number;
  /** 0..1, rounded to 4 places. */
  score: number;
  mode: ScoringMode;
  allCorrect: boolean;
}

/**
 * Partial credit: each key line is worth 1 point. A right code in the wrong position, or with
 * wrong modifiers or units, earns half (a quarter if both modifiers and units are wrong). Each
 * line that is not in the key costs a quarter point. The score is (earned - penalties) / key lines,
 * never below 0. All-or-nothing: 1 when every key line is correct and nothing else was entered, else 0.
 */
export const SCORING = { full: 1, partial: 0.5, doublePartial: 0.25, extraPenalty: 0.25 } as const;

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

function statusMessage(status: CodeStatus, code: string, system: string): { verdict: Verdict; message: string } | undefined {
  switch (status) {
    case 'header':
      return { verdict: 'not-billable', message: `${code} is a category or subcategory, not a code valid for claims: it needs more characters` };
    case 'needs-seventh':
      return { verdict: 'not-billable', message: `${code} needs a 7th character (use the placeholder X to fill empty positions)` };
    case 'terminated':
      return { verdict: 'not-valid', message: `${code} has been terminated and is no longer a valid ${system} code` };
    case 'unknown':
      return { verdict: 'not-valid', message: `${code} is not a code in the ${system} code set` };
    default:
      return undefined;
  }
}

/**
 * Grades a learner's codes against an answer key, line by line. Pure and deterministic:
 * the same input always gives the same result. Never throws on any learner input.
 */
export function gradeExercise(key: AnswerKey, answer: LearnerAnswer, lookup: CodeLookup, mode: ScoringMode = 'partial'): GradeResult {
  // Targeted feedback for known wrong codes, looked up in the section's own notation.
  const dxFeedback = new Map(key.commonErrors.map((e) => [withIcdDot(e.code), e.feedback]));
  const pxFeedback = new Map(key.commonErrors.map((e) => [e.code.trim().toUpperCase(), e.feedback]));
  const lines: LineResult[] = [];

  // Diagnoses
  const dxMatched = new Set<number>();
  const dxSeen = new Set<string>();
  const dxAccepts = key.diagnoses.map((d) => [d.code, ...d.alternatives].map(withIcdDot));
  const dxEntries = answer.diagnoses.filter((d) => d.trim() !== '');
  const dxParsed = dxEntries.map((input) => ({ input, parsed: parseDiagnosis(input) }));
  dxParsed.forEach(({ input, parsed }, index) => {
    if (!parsed.ok) {
      lines.push({ section: 'diagnosis', index, input, verdict: 'malformed', message: parsed.message, points: 0 });
      return;
    }
    const { code } = parsed;
    if (dxSeen.has(code)) {
      lines.push({ section: 'diagnosis', index, input, code, verdict: 'duplicate', message: `${code} was already entered; report each code once`, points: 0 });
      return;
    }
    dxSeen.add(code);
    const at = dxAccepts.findIndex((accepts, i) => !dxMatched.has(i) && accepts.includes(code));
    if (at >= 0) {
      dxMatched.add(at);
      const item = key.diagnoses[at]!;
      if (item.firstListed && index !== 0) {
        lines.push({ section: 'diagnosis', index, input, code, verdict: 'sequence', message: `${code} is right but must be listed first`, rationale: item.rationale, points: SCORING.partial });
      } else {
        lines.push({ section: 'diagnosis', index, input, code, verdict: 'correct', message: `${code} is correct`, rationale: item.rationale, points: SCORING.full });
      }
      return;
    }
    const problem = statusMessage(lookup('icd10cm', code), code, 'ICD-10-CM');
    const rationale = dxFeedback.get(code);
    if (problem) lines.push({ section: 'diagnosis', index, input, code, ...problem, ...(rationale ? { rationale } : {}), points: 0 });
    else lines.push({ section: 'diagnosis', index, input, code, verdict: 'not-in-key', message: `${code} does not belong in this answer`, ...(rationale ? { rationale } : {}), points: 0 });
  });

  // Procedures: exact matches first, so repeated codes (e.g. a drug given and a drug discarded) pair up right.
  const pxMatched = new Set<number>();
  const pxSeen = new Set<string>();
  const pxParsed = answer.procedures
    .filter((p) => p.code.trim() !== '' || (p.modifiers ?? '').trim() !== '')
    .map((p) => ({ input: [p.code, p.modifiers, p.units].filter((v) => v !== undefined && String(v).trim() !== '').join(' '), parsed: parseProcedure(p.code, p.modifiers ?? '', p.units) }));
  const accepts = (i: number, code: string) => [key.procedures[i]!.code, ...key.procedures[i]!.alternatives].map((c) => c.toUpperCase()).includes(code);
  const assignment = new Map<number, number>();
  for (const strictness of ['exact', 'modifiers', 'code'] as const) {
    pxParsed.forEach(({ parsed }, index) => {
      if (!parsed.ok || assignment.has(index)) return;
      const at = key.procedures.findIndex((item, i) => {
        if (pxMatched.has(i) || !accepts(i, parsed.code)) return false;
        if (strictness === 'code') return true;
        if (!sameList(item.modifiers, parsed.modifiers)) return false;
        return strictness === 'modifiers' || item.units === parsed.units;
      });
      if (at >= 0) {
        pxMatched.add(at);
        assignment.set(index, at);
      }
    });
  }
  pxParsed.forEach(({ input, parsed }, index) => {
    if (!parsed.ok) {
      lines.push({ section: 'procedure', index, input, verdict: 'malformed', message: parsed.message, points: 0 });
      return;
    }
    const { code, modifiers, units, system } = parsed;
    const signature = `${code}|${[...modifiers].sort().join()}`;
    const at = assignment.get(index);
    if (at !== undefined) {
      pxSeen.add(signature);
      const item = key.procedures[at]!;
      const modOk = sameList(item.modifiers, modifiers);
      const unitsOk = item.units === units;
      const expectMods = item.modifiers.length ? item.modifiers.join(', ') : 'no modifier';
      if (modOk && unitsOk) lines.push({ section: 'procedure', index, input, code, verdict: 'correct', message: `${code} is correct`, rationale: item.rationale, points: SCORING.full });
      else if (!modOk && !unitsOk) lines.push({ section: 'procedure', index, input, code, verdict: 'modifier', message: `${code} is right, but both the modifiers (expected ${expectMods}) and the units (expected ${item.units}) are not`, rationale: item.rationale, points: SCORING.doublePartial });
      else if (!modOk) lines.push({ section: 'procedure', index, input, code, verdict: 'modifier', message: `${code} is right, but the modifiers are not: expected ${expectMods}${modifiers.length ? `, found ${modifiers.join(', ')}` : ''}`, rationale: item.rationale, points: SCORING.partial });
      else lines.push({ section: 'procedure', index, input, code, verdict: 'units', message: `${code} is right, but the units are not: expected ${item.units}, found ${units}`, rationale: item.rationale, points: SCORING.partial });
      return;
    }
    if (pxSeen.has(signature)) {
      lines.push({ section: 'procedure', index, input, code, verdict: 'duplicate', message: `${code} was already entered with the same modifiers; use units instead of repeating the line`, points: 0 });
      return;
    }
    pxSeen.add(signature);
    const problem = statusMessage(lookup(system, code), code, system === 'cpt' ? 'CPT' : 'HCPCS Level II');
    const rationale = pxFeedback.get(code);
    if (problem) lines.push({ section: 'procedure', index, input, code, ...problem, ...(rationale ? { rationale } : {}), points: 0 });
    else lines.push({ section: 'procedure', index, input, code, verdict: 'not-in-key', message: `${code} does not belong in this answer`, ...(rationale ? { rationale } : {}), points: 0 });
  });

  const missing: MissingCode[] = [
    ...key.diagnoses.flatMap((d, i) => (dxMatched.has(i) ? [] : [{ section: 'diagnosis' as const, code: withIcdDot(d.code), modifiers: [], units: 1, rationale: d.rationale }])),
    ...key.procedures.flatMap((p, i) => (pxMatched.has(i) ? [] : [{ section: 'procedure' as const, code: p.code, modifiers: p.modifiers, units: p.units, rationale: p.rationale }])),
  ];
  const possible = key.diagnoses.length + key.procedures.length;
  const earned = lines.reduce((sum, l) => sum + l.points, 0);
  const extras = lines.filter((l) => l.points === 0).length;
  const allCorrect = missing.length === 0 && lines.every((l) => l.verdict === 'correct');
  const raw = mode === 'all-or-nothing' ? (allCorrect ? 1 : 0) : Math.max(0, earned - extras * SCORING.extraPenalty) / possible;
  return { lines, missing, earned, possible, score: Math.round(raw * 10_000) / 10_000, mode, allCorrect };
}
