import { formatProblem } from '../schemas/format-issues.ts';
import { loadCodeSetsOnce } from '../codesets/load.ts';
import { codeSetsDir } from '../codesets/discover.ts';
import { readContent } from './read-content.ts';
import { validateContent, type ContentReport } from './validate.ts';

/** Reads and validates all content under `root` against the code sets in `dir`; the one entry point for the CLI and the build. */
export async function checkProject(root: string, dir: string = codeSetsDir(process.env, root)): Promise<ContentReport & { lines: string[] }> {
  const codeSets = await loadCodeSetsOnce(dir);
  const report = validateContent(readContent(root), codeSets);
  return { ...report, lines: report.problems.map(formatProblem) };
}
