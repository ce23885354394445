export * from './raw-content.ts';
export * from './mdx-tags.ts';
export * from './jsx-literal.ts';
export * from './validate.ts';
export * from './option-codes.ts';
