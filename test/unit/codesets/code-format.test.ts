import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isWellFormed, withIcdDot, withoutIcdDot } from '../../../src/lib/codesets/code-format.ts';

describe('withIcdDot', () => {
  it.each([
    ['e119', 'E11.9'],
    ['E11.9', 'E11.9'],
    [' s72001a ', 'S72.001A'],
    ['E1.19', 'E11.9'],
    ['I10', 'I10'],
  ])('%s -> %s', (raw, expected) => expect(withIcdDot(raw)).toBe(expected));

  it('is idempotent and inverse of withoutIcdDot for any alphanumeric input', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9.]{0,9}$/), (raw) => {
        const once = withIcdDot(raw);
        expect(withIcdDot(once)).toBe(once);
        expect(withoutIcdDot(once)).toBe(raw.toUpperCase().replace(/\./g, ''));
      }),
    );
  });
});

describe('isWellFormed', () => {
  it('accepts the shapes of each system', () => {
    expect(isWellFormed('icd10cm', 'S72.001A')).toBe(true);
    expect(isWellFormed('icd10cm', 'U07.1')).toBe(true);
    expect(isWellFormed('cpt', '99213')).toBe(true);
    expect(isWellFormed('cpt', '3074F')).toBe(true);
    expect(isWellFormed('cpt', '0042T')).toBe(true);
    expect(isWellFormed('hcpcs', 'J1100')).toBe(true);
    expect(isWellFormed('modifier', '25')).toBe(true);
  });
  it('rejects near misses', () => {
    expect(isWellFormed('icd10cm', 'E11.')).toBe(false);
    expect(isWellFormed('icd10cm', '11.9')).toBe(false);
    expect(isWellFormed('icd10cm', 'S72.001AB')).toBe(false);
    expect(isWellFormed('cpt', '9921')).toBe(false);
    expect(isWellFormed('hcpcs', 'J110')).toBe(false);
    expect(isWellFormed('hcpcs', 'W1100')).toBe(false);
    expect(isWellFormed('modifier', '-25')).toBe(false);
  });
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('icd10cm', 'cpt', 'hcpcs', 'modifier') as fc.Arbitrary<'icd10cm'>, (s, system) => {
        expect(typeof isWellFormed(system, s)).toBe('boolean');
      }),
    );
  });
});
