// File-system side of content validation (Node only).
export * from './read-content.ts';
export * from './check-project.ts';
