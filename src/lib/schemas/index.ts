export * from './certification.ts';
export * from './track.ts';
export * from './lesson.ts';
export * from './glossary.ts';
export * from './path.ts';
export * from './cpt-registry.ts';
export * from './format-issues.ts';
export * from './inline-quiz.ts';
