export * from './scheduler.ts';
export * from './study-session.ts';
