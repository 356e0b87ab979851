// Errors meant for people: what is wrong, where, and what to do about it.

export interface Location {
  file: string;
  line?: number;
  column?: number;
}

export class InputError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly hint: string | undefined;

  constructor(location: Location, message: string, hint?: string) {
    super(message);
    this.name = 'InputError';
    this.file = location.file;
    this.line = location.line;
    this.column = location.column;
    this.hint = hint;
  }

  /** `file:line:column: message (hint)`, the form editors and CI logs link. */
  format(): string {
    const where = [this.file, this.line, this.column].filter((p) => p !== undefined).join(':');
    return `${where}: ${this.message}${this.hint ? `\n  ${this.hint}` : ''}`;
  }
}
