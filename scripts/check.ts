// npm run check: validates every content file without building. Exit 1 on any problem.
import { checkProject } from '../src/lib/content/node.ts';
import { icd10cmLabel } from '../src/lib/codesets/index.ts';
import { hcpcsReleaseLabel } from '../src/lib/codesets/hcpcs-model.ts';
import { loadCodeSetsOnce } from '../src/lib/codesets/load.ts';
import { codeSetsDir } from '../src/lib/codesets/discover.ts';

const root = process.argv[2] ?? process.cwd();
const dir = codeSetsDir(process.env, root);
const sets = await loadCodeSetsOnce(dir);
const report = await checkProject(root, dir);
const using = [sets.icd10cm && icd10cmLabel(sets.icd10cm), sets.hcpcs && `HCPCS Level II ${hcpcsReleaseLabel(sets.hcpcs)}`].filter(Boolean).join(', ');
console.log(`Checked ${report.lessons.size} lessons, ${report.glossary.size} glossary terms, ${report.exercises.size} exercises, ${report.questions.size} bank items, ${report.exams.size} exams, ${report.decks.size} flashcard decks, ${report.cpt.size} CPT registry codes, ${report.cited.length} codes${using ? ` against ${using} (${dir})` : ''}.`);
for (const warning of report.warnings) console.warn(`warning: ${warning}`);
for (const line of report.lines) console.error(line);
if (report.lines.length > 0) {
  console.error(`\n${report.lines.length} problem${report.lines.length === 1 ? '' : 's'} found.`);
  process.exit(1);
}
console.log('No problems found.');
