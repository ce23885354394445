/** Kinds of page the site builds, for per-type size budgets. */
export type PageType =
  | 'home'
  | 'all lessons'
  | 'track index'
  | 'lesson'
  | 'glossary'
  | 'certification path'
  | 'about'
  | 'authoring guide'
  | 'code page'
  | 'exercise list'
  | 'exercise'
  | 'exam list'
  | 'exam'
  | 'search'
  | 'flashcard deck'
  | 'flashcards'
  | 'code lookup'
  | 'progress'
  | '404'
  | 'other';

/** Classifies a built page by its path inside dist/ (e.g. `learn/cpt/modifiers/index.html`). */
export function pageTypeOf(path: string): PageType {
  const p = path.replace(/\\/g, '/').replace(/^\/+/, '');
  if (p === 'index.html') return 'home';
  if (p === '404.html') return '404';
  if (p === 'learn/index.html') return 'all lessons';
  if (/^learn\/[^/]+\/index\.html$/.test(p)) return 'track index';
  if (/^learn\/[^/]+\/[^/]+\/index\.html$/.test(p)) return 'lesson';
  if (p === 'glossary/index.html') return 'glossary';
  if (/^paths\/[^/]+\/index\.html$/.test(p)) return 'certification path';
  if (p === 'about/index.html') return 'about';
  if (p === 'authoring/index.html') return 'authoring guide';
  if (p === 'lookup/index.html') return 'code lookup';
  if (p.startsWith('lookup/')) return 'code page';
  if (p === 'exercises/index.html') return 'exercise list';
  if (p === 'exams/index.html') return 'exam list';
  if (/^exams\/[^/]+\/index\.html$/.test(p)) return 'exam';
  if (p === 'search/index.html') return 'search';
  if (p === 'flashcards/index.html') return 'flashcards';
  if (/^flashcards\/[^/]+\/index\.html$/.test(p)) return 'flashcard deck';
  if (p === 'progress/index.html') return 'progress';
  if (/^exercises\/[^/]+\/index\.html$/.test(p)) return 'exercise';
  return 'other';
}

/** Assets a page references: module scripts, stylesheets, and the text of inline scripts and styles. */
export function referencedAssets(html: string): { scripts: string[]; styles: string[]; inlineScripts: string[]; inlineStyles: string[] } {
  const attr = (tag: string, name: string) => new RegExp(`${name}=["']?([^"' >]+)`).exec(tag)?.[1];
  const scripts: string[] = [];
  const styles: string[] = [];
  const inlineScripts: string[] = [];
  const inlineStyles: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = attr(match[1]!, 'src');
    if (src) scripts.push(src);
    else if (!/type=["']?application\/(ld\+)?json/.test(match[1]!) && match[2]!.trim()) inlineScripts.push(match[2]!);
  }
  // Islands load their component and renderer as modules named in attributes, not in <script src>.
  for (const match of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const name of ['component-url', 'renderer-url']) {
      const url = attr(match[0], name);
      if (url && !scripts.includes(url)) scripts.push(url);
    }
  }
  for (const match of html.matchAll(/<link\b[^>]*>/g)) {
    if (/rel=["']?stylesheet/.test(match[0])) {
      const href = attr(match[0], 'href');
      if (href) styles.push(href);
    }
  }
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) inlineStyles.push(match[1]!);
  return { scripts, styles, inlineScripts, inlineStyles };
}

/** Static imports inside a built JS module (`import"./a.js"`, `from "./b.js"`), as written. */
export function staticImports(js: string): string[] {
  const found = new Set<string>();
  for (const match of js.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) found.add(match[1]!);
  return [...found];
}

/** Dynamic imports inside a built JS module (`import("./chunk.js")`): code loaded later, on idle or on use. */
export function dynamicImports(js: string): string[] {
  const found = new Set<string>();
  for (const match of js.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) found.add(match[1]!);
  // Vite lists the chunks behind each dynamic import in a __vite__mapDeps table ("_astro/x.js").
  for (const table of js.matchAll(/m\.f=\[([^\]]*)\]/g)) for (const item of table[1]!.matchAll(/["'`]([^"'`]+\.js)["'`]/g)) found.add(`/${item[1]!.replace(/^\//, '')}`);
  return [...found];
}
