export * from './storage-adapter.ts';
export * from './exercise-progress.ts';
export * from './exam-attempts.ts';
export * from './srs-progress.ts';
export * from './backup.ts';
export * from './lesson-progress.ts';
