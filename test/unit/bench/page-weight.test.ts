import { describe, expect, it } from 'vitest';
import { pageTypeOf, referencedAssets, staticImports } from '../../../src/lib/bench/page-weight.ts';

describe('page weight helpers', () => {
  it('classifies built pages', () => {
    expect(pageTypeOf('index.html')).toBe('home');
    expect(pageTypeOf('learn/cpt/index.html')).toBe('track index');
    expect(pageTypeOf('learn/cpt/modifiers/index.html')).toBe('lesson');
    expect(pageTypeOf('lookup/icd10cm/E11.9/index.html')).toBe('code page');
    expect(pageTypeOf('404.html')).toBe('404');
    expect(pageTypeOf('exercises/index.html')).toBe('exercise list');
    expect(pageTypeOf('exercises/sx-x/index.html')).toBe('exercise');
  });
  it('finds scripts, styles and imports', () => {
    const html = '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js"></script><script>var x=1</script><style>p{}</style>';
    expect(referencedAssets(html)).toEqual({ scripts: ['/_astro/b.js'], styles: ['/_astro/a.css'], inlineScripts: ['var x=1'], inlineStyles: ['p{}'] });
    expect(referencedAssets('<astro-island uid="x" component-url="/_astro/A.js" renderer-url="/_astro/client.js"></astro-island>').scripts).toEqual(['/_astro/A.js', '/_astro/client.js']);
    expect(staticImports('import{a}from"./c.js";import"./d.js";')).toEqual(['./c.js', './d.js']);
  });
});
