import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countWords, findMdxTags } from '../../../src/lib/content/mdx-tags.ts';

describe('findMdxTags', () => {
  it('reads string, expression and bare attributes, children and line numbers', () => {
    const body = 'Intro\n\n<CodeRef system="icd10cm" code=\'E11\' category />\n<Callout type="tip">\nBe careful.\n</Callout>\n<InlineQuiz options={["a", "b}"]} answer={1} />';
    const tags = findMdxTags(body, ['CodeRef', 'Callout', 'InlineQuiz']);
    expect(tags.map((t) => [t.name, t.line])).toEqual([['CodeRef', 3], ['Callout', 4], ['InlineQuiz', 7]]);
    expect(tags[0]!.attributes).toEqual({ system: 'icd10cm', code: 'E11', category: true });
    expect(tags[1]!.children?.trim()).toBe('Be careful.');
    expect(tags[2]!.expressions).toEqual({ options: '["a", "b}"]', answer: '1' });
  });

  it('ignores examples inside code fences, inline code and MDX comments', () => {
    const body = '```mdx\n<CodeRef system="cpt" code="1" />\n```\n`<Term id="x" />` {/* <Term id="y" /> */}';
    expect(findMdxTags(body, ['CodeRef', 'Term'])).toEqual([]);
  });

  it('reports tags it cannot read instead of throwing', () => {
    expect(findMdxTags('<Term id="open', ['Term'])[0]?.error).toMatch(/never closed/);
    expect(findMdxTags('<Term id=bare />', ['Term'])[0]?.error).toMatch(/should be quoted/);
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (tail) => {
        expect(() => findMdxTags(`<Term ${tail}`, ['Term'])).not.toThrow();
      }),
    );
  });
});

describe('countWords', () => {
  it('counts prose, not markup or code', () => {
    expect(countWords('## Title here\n\nOne two three.\n\n```\nnot counted at all\n```\n<Term id="x">four</Term>')).toBe(6);
  });
});
