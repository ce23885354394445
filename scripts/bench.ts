// npm run bench: builds the site and prints size and speed figures as a table, with budgets.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageTypeOf, referencedAssets, staticImports, type PageType } from '../src/lib/bench/page-weight.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function table(title: string, header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(`\n${title}\n${line(header)}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const row of rows) console.log(line(row));
}

const skipBuild = process.argv.includes('--no-build');
let buildSeconds = NaN;
if (!skipBuild) {
  const started = performance.now();
  execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  buildSeconds = (performance.now() - started) / 1000;
}

const pages: string[] = [];
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.html')) pages.push(path);
  }
};
walk(dist);

const assetCache = new Map<string, string>();
const readAsset = (url: string): string => {
  if (!assetCache.has(url)) assetCache.set(url, readFileSync(join(dist, url.replace(/^\//, '')), 'utf8'));
  return assetCache.get(url)!;
};
/** A module script and everything it statically imports, each counted once. */
const jsClosure = (url: string, seen = new Set<string>()): Set<string> => {
  if (seen.has(url)) return seen;
  seen.add(url);
  for (const spec of staticImports(readAsset(url))) jsClosure(resolve(dirname(url), spec).replace(/^.*?(?=\/_astro\/)/, ''), seen);
  return seen;
};

interface Weight { js: number; css: number; html: number; total: number }
const byType = new Map<PageType, { count: number; max: Weight; maxPage: string }>();
for (const file of pages) {
  const html = readFileSync(file, 'utf8');
  const assets = referencedAssets(html);
  const js = [...new Set(assets.scripts.flatMap((s) => [...jsClosure(s)]))].reduce((sum, url) => sum + gz(readAsset(url)), 0) + assets.inlineScripts.reduce((s, t) => s + gz(t), 0);
  const css = assets.styles.reduce((sum, url) => sum + gz(readAsset(url)), 0);
  const weight: Weight = { js, css, html: gz(html), total: js + css + gz(html) };
  const type = pageTypeOf(relative(dist, file));
  const entry = byType.get(type) ?? { count: 0, max: { js: 0, css: 0, html: 0, total: 0 }, maxPage: '' };
  entry.count++;
  if (weight.total > entry.max.total) {
    entry.max = weight;
    entry.maxPage = relative(dist, file);
  }
  entry.max.js = Math.max(entry.max.js, weight.js);
  byType.set(type, entry);
}

console.log('CodePrep benchmark');
table('Site build', ['measure', 'value'], [
  ['build time', skipBuild ? 'skipped (--no-build)' : `${buildSeconds.toFixed(1)} s`],
  ['pages', String(pages.length)],
]);

const budgets: Partial<Record<PageType, { js: number; total: number }>> = { lesson: { js: 10 * 1024, total: 80 * 1024 } };
const rows = [...byType.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([type, { count, max, maxPage }]) => {
  const budget = budgets[type];
  const verdict = budget ? (max.js <= budget.js && max.total < budget.total ? `ok (JS <= ${kb(budget.js)}, total < ${kb(budget.total)})` : `OVER (JS <= ${kb(budget.js)}, total < ${kb(budget.total)})`) : '-';
  return [type, String(count), kb(max.js), kb(max.css), kb(max.html), kb(max.total), maxPage, verdict];
});
table('Page weight, gzip, largest page of each type (images and fonts excluded)', ['page type', 'pages', 'JS', 'CSS', 'HTML', 'total', 'largest page', 'budget'], rows);
if (rows.some((r) => r[7]!.startsWith('OVER'))) process.exitCode = 1;
