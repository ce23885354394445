import type { Verdict } from '../../lib/grading/grade.ts';

/** Short names for verdicts, shown with a symbol so colour is never the only cue. */
export const verdictLabel: Record<Verdict, { symbol: string; label: string; good: boolean }> = {
  correct: { symbol: '✓', label: 'Correct', good: true },
  sequence: { symbol: '↕', label: 'Right code, wrong position', good: false },
  modifier: { symbol: '±', label: 'Modifier problem', good: false },
  units: { symbol: '#', label: 'Units problem', good: false },
  'not-in-key': { symbol: '✗', label: 'Not in this answer', good: false },
  'not-billable': { symbol: '✗', label: 'Not billable as written', good: false },
  'not-valid': { symbol: '✗', label: 'Not a valid code', good: false },
  malformed: { symbol: '?', label: 'Not a code format', good: false },
  duplicate: { symbol: '=', label: 'Entered twice', good: false },
};
