import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Project root (tests run from it). */
export const root = resolve(import.meta.dirname, '..');
/** Small fixtures written in the official formats. */
export const fixtureCodeSets = resolve(root, 'test/fixtures/codesets');
/** The official files beside the project, when present (always in CI). */
export const sharedCodeSets = resolve(root, '../shared/codesets');
export const haveSharedCodeSets = existsSync(resolve(sharedCodeSets, 'PROVENANCE.md'));
