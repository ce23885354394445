/** A component use found in an MDX body, with its attributes as written. */
export interface MdxTag {
  name: string;
  line: number;
  /** String attributes as their text; `{...}` expressions as their source text in `expressions`; bare attributes as true. */
  attributes: Record<string, string | true>;
  expressions: Record<string, string>;
  /** Text between the opening and closing tag, or undefined for self-closing tags. */
  children?: string;
}

/** Blanks out fenced code blocks, inline code and MDX comments so examples in them are not read as real uses. */
export function maskCode(body: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  return body
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);
}

function readBalanced(text: string, start: number): number {
  // text[start] === '{'; returns index just past the matching '}'.
  let depth = 0;
  let quote: string | undefined;
  for (let i = start; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * Finds every use of the named components in an MDX body. A tag that cannot be read
 * (unterminated string or expression) is returned with an `error`.
 */
export function findMdxTags(body: string, names: readonly string[]): (MdxTag & { error?: string })[] {
  const text = maskCode(body);
  const tags: (MdxTag & { error?: string })[] = [];
  const opener = new RegExp(`<(${names.join('|')})(?=[\\s/>])`, 'g');
  for (const match of text.matchAll(opener)) {
    const name = match[1]!;
    const line = text.slice(0, match.index).split('\n').length;
    const tag: MdxTag & { error?: string } = { name, line, attributes: {}, expressions: {} };
    let i = match.index + match[0].length;
    let selfClosing = false;
    for (;;) {
      while (i < text.length && /\s/.test(text[i]!)) i++;
      if (i >= text.length) {
        tag.error = 'the tag is never closed';
        break;
      }
      if (text.startsWith('/>', i)) {
        selfClosing = true;
        i += 2;
        break;
      }
      if (text[i] === '>') {
        i++;
        break;
      }
      const nameMatch = /^[A-Za-z_][\w-]*/.exec(text.slice(i));
      if (!nameMatch) {
        tag.error = `unexpected ${JSON.stringify(text[i])} in the tag`;
        break;
      }
      const attr = nameMatch[0];
      i += attr.length;
      while (i < text.length && /\s/.test(text[i]!)) i++;
      if (text[i] !== '=') {
        tag.attributes[attr] = true;
        continue;
      }
      i++;
      while (i < text.length && /\s/.test(text[i]!)) i++;
      const q = text[i];
      if (q === '"' || q === "'") {
        const end = text.indexOf(q, i + 1);
        if (end < 0) {
          tag.error = `the value of ${attr} is never closed`;
          break;
        }
        tag.attributes[attr] = text.slice(i + 1, end);
        i = end + 1;
      } else if (q === '{') {
        const end = readBalanced(text, i);
        if (end < 0) {
          tag.error = `the expression for ${attr} is never closed`;
          break;
        }
        tag.expressions[attr] = text.slice(i + 1, end - 1).trim();
        i = end;
      } else {
        tag.error = `the value of ${attr} should be quoted or in braces`;
        break;
      }
    }
    if (!tag.error && !selfClosing) {
      const close = text.indexOf(`</${name}>`, i);
      if (close >= 0) tag.children = body.slice(i, close);
    }
    tags.push(tag);
  }
  return tags;
}

/** Counts the words of prose in an MDX body, leaving out code, tags and expressions. */
export function countWords(body: string): number {
  const prose = maskCode(body)
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/[#*_>|\-[\]()]/g, ' ');
  return prose.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

/** The readable prose of an MDX body, for search: code, tags, expressions and Markdown marks removed. */
export function plainText(body: string): string {
  return maskCode(body)
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/^#+\s*/gm, '')
    .replace(/[*_>|`]/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
