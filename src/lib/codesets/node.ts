// File-system side of the code sets (Node only): discovery and loading.
export * from './discover.ts';
export * from './load.ts';
