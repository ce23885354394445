export * from './storage-adapter.ts';
export * from './exercise-progress.ts';
