// npm run codesets: what official code-set files were found, their years and record counts, and what is missing.
import { relative } from 'node:path';
import { codeSetsDir, discoverCodeSetFiles, loadCodeSets, newestOfEachKind } from '../src/lib/codesets/node.ts';
import { hcpcsReleaseLabel } from '../src/lib/codesets/index.ts';

const dir = codeSetsDir();
const files = discoverCodeSetFiles(dir);
const newest = newestOfEachKind(files);
const started = performance.now();
const sets = await loadCodeSets(dir, { tabular: true });
const seconds = ((performance.now() - started) / 1000).toFixed(1);

const rows: string[][] = [];
for (const file of files) {
  const used = file === newest.icd10cmOrder || file === newest.icd10cmTabular || file === newest.hcpcs;
  let counts = '';
  if (used && file.kind === 'icd10cm-order' && sets.icd10cm) {
    const billable = sets.icd10cm.entries.filter((e) => e.billable).length;
    counts = `${sets.icd10cm.entries.length} rows, ${billable} billable, ${sets.icd10cm.entries.length - billable} headers`;
  } else if (used && file.kind === 'icd10cm-tabular' && sets.icd10cmTabular) {
    const t = sets.icd10cmTabular;
    counts = `${t.chapters.length} chapters, ${t.chapters.reduce((n, c) => n + c.sections.length, 0)} blocks, ${t.diags.size} codes with notes`;
  } else if (used && sets.hcpcs) {
    const active = [...sets.hcpcs.codes.values()].filter((c) => c.active).length;
    counts = `${sets.hcpcs.codes.size} codes (${active} active), ${sets.hcpcs.modifiers.size} modifiers`;
  }
  const year = file.kind.startsWith('hcpcs') ? hcpcsReleaseLabel({ year: file.year, quarter: file.quarter ?? 'JAN' }) : `FY${file.year}`;
  rows.push([file.kind, year, used ? 'used' : 'older, ignored', relative(dir, file.path), counts]);
}
const header = ['kind', 'year', 'status', 'file', 'records'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(`Code sets in ${dir} (read in ${seconds} s)\n`);
console.log(line(header));
console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
rows.forEach((r) => console.log(line(r)));
if (sets.icd10cm && sets.icd10cmTabular && sets.icd10cm.year !== sets.icd10cmTabular.year) {
  console.log(`\nNote: the Tabular List is FY${sets.icd10cmTabular.year}, older than the FY${sets.icd10cm.year} code list; its notes are shown with their own year.`);
}
if (sets.missing.length) {
  console.log('\nMissing:');
  for (const m of sets.missing) console.log(`- ${m}`);
  console.log('\nDownload the files from CDC (ICD-10-CM) and CMS (HCPCS), unzip them into one folder and set CODESETS_DIR to it.');
}
