/** An error in an official code-set file, naming the file and (where known) the line. */
export class CodeSetFileError extends Error {
  readonly file: string;
  readonly line: number | undefined;

  constructor(file: string, line: number | undefined, detail: string) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${detail}`);
    this.name = 'CodeSetFileError';
    this.file = file;
    this.line = line;
  }
}
