// A knowledge data file that cannot be read names the file, the line and the field.
export class KnowledgeDataError extends Error {
  readonly file: string;
  readonly line: number;
  readonly field: string;

  constructor(file: string, line: number, field: string, problem: string) {
    super(`${file}:${line}: field "${field}" ${problem}`);
    this.name = 'KnowledgeDataError';
    this.file = file;
    this.line = line;
    this.field = field;
  }
}
