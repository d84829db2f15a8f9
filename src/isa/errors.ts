// Error types of the assembler. Each diagnostic reads "file:line:col: error: message".

export interface SourcePos { file: string; line: number; col: number }

export class AsmError extends Error {
  readonly diagnostics: string[];
  constructor(diagnostics: string[]) {
    super(diagnostics.length === 1 ? diagnostics[0] : `${diagnostics.length} errors:\n${diagnostics.join('\n')}`);
    this.name = 'AsmError';
    this.diagnostics = diagnostics;
  }
}

/** One problem at a source position; collected by the assembler into an AsmError. */
export class LineError extends Error {
  /** 1-based column in the line, when known. */
  readonly col?: number;
  /** The statement fails whatever the values of its symbols (no later pass can fix it). */
  readonly certain: boolean;
  constructor(message: string, col?: number, certain = false) {
    // A diagnostic, not a bug: no stack trace. Capturing one per bad line was an eighth
    // of the time on a 175,000-line file with thousands of errors.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
    this.col = col;
    this.certain = certain;
    this.name = 'LineError';
  }
}

export function formatDiagnostic(pos: SourcePos, message: string): string {
  return `${pos.file}:${pos.line}:${pos.col}: error: ${message}`;
}
