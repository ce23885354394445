import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseJsxLiteral } from '../../../src/lib/content/jsx-literal.ts';

describe('parseJsxLiteral', () => {
  it('reads the literals authors write in component props', () => {
    expect(parseJsxLiteral('1')).toBe(1);
    expect(parseJsxLiteral('["E11.9", \'I10\', `Z00.00`]')).toEqual(['E11.9', 'I10', 'Z00.00']);
    expect(parseJsxLiteral('[\n  "a \\"quoted\\" word",\n  "b",\n]')).toEqual(['a "quoted" word', 'b']);
    expect(parseJsxLiteral('true')).toBe(true);
  });

  it('refuses code, naming what it could not read', () => {
    expect(() => parseJsxLiteral('answers[0]')).toThrow(/expected a string, number/);
    expect(() => parseJsxLiteral('`${x}`')).toThrow(/template expression/);
    expect(() => parseJsxLiteral('["a" "b"]')).toThrow(/expected "," or "\]"/);
    expect(() => parseJsxLiteral('"open')).toThrow(/unclosed string/);
  });

  it('round-trips any JSON array of strings and numbers', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.integer())), (value) => {
        expect(parseJsxLiteral(JSON.stringify(value))).toEqual(value);
      }),
    );
  });

  it('throws only plain Errors on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (source) => {
        try {
          parseJsxLiteral(source);
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
        }
      }),
    );
  });
});
