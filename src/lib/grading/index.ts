export * from './normalise.ts';
export * from './code-lookup.ts';
export * from './grade.ts';
export * from './answer-from-key.ts';
