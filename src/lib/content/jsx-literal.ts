/** A value an author may write inside `{...}` in a component attribute. */
export type JsxLiteral = string | number | boolean | null | JsxLiteral[];

/**
 * Reads a literal JSX attribute expression: numbers, booleans, null, strings in
 * single, double or back quotes (without interpolation), and arrays of those.
 * Throws an Error describing the first thing it cannot read. Never evaluates code.
 */
export function parseJsxLiteral(source: string): JsxLiteral {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at position ${i + 1} of ${JSON.stringify(source.length > 40 ? `${source.slice(0, 37)}...` : source)}`);
  };
  const space = () => {
    while (i < source.length && /\s/.test(source[i]!)) i++;
  };
  const value = (): JsxLiteral => {
    space();
    const ch = source[i];
    if (ch === '"' || ch === "'" || ch === '`') {
      let out = '';
      i++;
      while (i < source.length && source[i] !== ch) {
        if (source[i] === '\\') {
          const next = source[i + 1];
          if (next === undefined) fail('an unfinished escape');
          out += next === 'n' ? '\n' : next === 't' ? '\t' : next;
          i += 2;
        } else {
          if (ch === '`' && source.startsWith('${', i)) fail('a template expression');
          out += source[i];
          i++;
        }
      }
      if (i >= source.length) fail('an unclosed string');
      i++;
      return out;
    }
    if (ch === '[') {
      i++;
      const items: JsxLiteral[] = [];
      space();
      if (source[i] === ']') {
        i++;
        return items;
      }
      for (;;) {
        items.push(value());
        space();
        if (source[i] === ',') {
          i++;
          space();
          if (source[i] === ']') {
            i++;
            return items;
          }
          continue;
        }
        if (source[i] === ']') {
          i++;
          return items;
        }
        fail('expected "," or "]"');
      }
    }
    const word = /^(?:-?\d+(?:\.\d+)?|true|false|null)/.exec(source.slice(i));
    if (!word) return fail('expected a string, number, true/false or a [list]');
    i += word[0].length;
    if (word[0] === 'true') return true;
    if (word[0] === 'false') return false;
    if (word[0] === 'null') return null;
    return Number(word[0]);
  };
  const result = value();
  space();
  if (i < source.length) fail('unexpected text after the value');
  return result;
}
