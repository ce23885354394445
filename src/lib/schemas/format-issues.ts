import type { z } from 'zod';

/** One content problem, ready to print as `file: field.path: expected …, found …`. */
export interface ContentProblem {
  file: string;
  path: string;
  message: string;
}

/** Renders a problem in the one format every CodePrep tool uses. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}: ${problem.path || '(file)'}: ${problem.message}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Describes a found value briefly, e.g. `"CPCX"`, `42`, or `nothing (the field is missing)`. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 70 ? `${text.slice(0, 67)}...` : text;
}

function unit(origin: string | undefined, count: number | bigint): string {
  if (origin === 'array' || origin === 'set') return `${count} item${count === 1 ? '' : 's'}`;
  if (origin === 'string') return `${count} character${count === 1 ? '' : 's'}`;
  return String(count);
}

function expectation(issue: z.core.$ZodIssue): string {
  // A schema's own message (e.g. "a rationale of at least 20 characters") says it best.
  const custom = issue.code !== 'invalid_type' && issue.code !== 'invalid_value' && !/^(Too small|Too big|Invalid|Unrecognized)/.test(issue.message);
  if (custom) return `expected ${issue.message}`;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return `expected at least ${unit(issue.origin, issue.minimum as number)}`;
    case 'too_big':
      return `expected at most ${unit(issue.origin, issue.maximum as number)}`;
    case 'unrecognized_keys':
      return `expected no other fields`;
    default:
      return `expected ${issue.message}`;
  }
}

/**
 * Turns a failed zod parse into problems naming the file, the field path,
 * what was expected and what was found.
 */
export function issuesToProblems(file: string, error: z.ZodError, input: unknown): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({
          file,
          path: [...issue.path, key].join('.'),
          message: `unknown field, expected one of the documented fields, found ${describeFound(valueAt(input, [...issue.path, key]))}`,
        });
      }
      continue;
    }
    problems.push({
      file,
      path: issue.path.map(String).join('.'),
      message: `${expectation(issue)}, found ${describeFound(valueAt(input, issue.path))}`,
    });
  }
  return problems;
}

/** Parses `input` with `schema`; returns the data or the problems, never throws. */
export function parseContent<S extends z.ZodType>(
  schema: S,
  file: string,
  input: unknown,
): { ok: true; data: z.output<S> } | { ok: false; problems: ContentProblem[] } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, problems: issuesToProblems(file, result.error, input) };
}
