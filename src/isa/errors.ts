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
  /** col: 1-based column in the line, when known. */
  constructor(message: string, readonly col?: number) {
    super(message);
    this.name = 'LineError';
  }
}

export function formatDiagnostic(pos: SourcePos, message: string): string {
  return `${pos.file}:${pos.line}:${pos.col}: error: ${message}`;
}
