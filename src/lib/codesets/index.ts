export * from './code-format.ts';
export * from './source-error.ts';
export * from './icd10cm-order-file.ts';
export * from './hcpcs-model.ts';
export * from './hcpcs-txt-file.ts';
export * from './hcpcs-xlsx-file.ts';
export * from './check-code.ts';
export * from './validity-chunks.ts';
