export * from './seeded-random.ts';
export * from './exam-types.ts';
export * from './assemble-form.ts';
export * from './session.ts';
export * from './score.ts';
export * from './split-bank.ts';
