// Diagnostics: every user-facing problem becomes `file:line:col: error: msg`
// followed by the source line and a caret, collected so one run can report
// several errors before failing with a single CompileError. Warnings look the
// same with `warning:` and gcc's `[-Wname]` at the end; they go to a sink as
// they are found and fail the build only under -Werror.
import { warningEnabled, warningIsError, type WarningOptions } from './warnings.ts';

export interface SourceFile { name: string; text: string }

/** A position in a source file; `file` keeps the text so we can quote the line. */
export interface SrcPos { file: SourceFile; line: number; col: number }

export class CompileError extends Error {
  diagnostics: string[];
  constructor(diagnostics: string[]) {
    super(diagnostics.join('\n'));
    this.name = 'CompileError';
    this.diagnostics = diagnostics;
  }
}

/** Thrown internally to unwind to the nearest recovery point; never escapes the driver. */
export class ParseAbort extends Error {
  constructor() { super('parse abort'); this.name = 'ParseAbort'; }
}

export function formatDiagnostic(pos: SrcPos | undefined, message: string, severity = 'error'): string {
  if (!pos) return `${severity}: ${message}`;
  const srcLine = sourceLine(pos.file, pos.line).replace(/\r$/, '');
  // Keep tabs in the caret line so the caret lines up under the source text.
  const pad = srcLine.slice(0, Math.max(0, pos.col - 1)).replace(/[^\t]/g, ' ');
  return `${pos.file.name}:${pos.line}:${pos.col}: ${severity}: ${message}\n${srcLine}\n${pad}^`;
}

// Where each line starts, per file: splitting a 3 MB file for each of 20 errors was most of its run time.
const lineStarts = new WeakMap<SourceFile, number[]>();
/** How many times a file's line index was built (tests check it is once per file). */
export let lineIndexBuilds = 0;

function lineIndex(file: SourceFile): number[] {
  let starts = lineStarts.get(file);
  if (!starts) {
    starts = [0];
    lineIndexBuilds++;
    for (let i = file.text.indexOf('\n'); i >= 0; i = file.text.indexOf('\n', i + 1)) starts.push(i + 1);
    lineStarts.set(file, starts);
  }
  return starts;
}

/** Line and column (from 1) of a character offset; tokens keep only the offset. */
export function positionAt(file: SourceFile, offset: number): SrcPos {
  const starts = lineIndex(file);
  let lo = 0, hi = starts.length - 1; // the last line starting at or before offset
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid; else hi = mid - 1;
  }
  return { file, line: lo + 1, col: offset - starts[lo]! + 1 };
}

function sourceLine(file: SourceFile, line: number): string {
  const starts = lineIndex(file);
  const start = starts[line - 1];
  if (start === undefined) return '';
  const end = starts[line];
  return file.text.slice(start, end === undefined ? undefined : end - 1);
}

/** Collects errors; too many errors stops the run early. */
export class Diagnostics {
  readonly messages: string[] = [];
  readonly warnings: string[] = [];
  static readonly MAX_ERRORS = 20;

  constructor(readonly warningOptions: WarningOptions = {}) {}

  /** Is warning `name` on? (Lets callers skip work for a warning nobody sees.) */
  wants(name: string): boolean { return warningEnabled(this.warningOptions, name); }

  /** A warning `-Wname`; under -Werror (or -Werror=name) it is an error. */
  warn(pos: SrcPos | undefined, name: string, message: string): void {
    if (!this.wants(name)) return;
    const shown = name === 'format' ? 'format=' : name;
    if (warningIsError(this.warningOptions, name)) { this.promoted++; this.error(pos, `${message} [-Werror=${shown}]`); return; }
    const d = formatDiagnostic(pos, `${message} [-W${shown}]`, 'warning');
    this.warnings.push(d);
    (this.warningOptions.sink ?? ((x: string) => process.stderr.write(x + '\n')))(d);
  }

  error(pos: SrcPos | undefined, message: string): void {
    this.messages.push(formatDiagnostic(pos, message));
    if (this.messages.length >= Diagnostics.MAX_ERRORS) {
      this.messages.push('error: too many errors, stopping');
      throw new CompileError(this.messages);
    }
  }

  /** Record an error and unwind to the caller's recovery point. */
  fatal(pos: SrcPos | undefined, message: string): never {
    this.error(pos, message);
    throw new ParseAbort();
  }

  get hasErrors(): boolean { return this.messages.length > 0; }

  /** Warnings made errors by -Werror so far. */
  promoted = 0;
  /** Errors other than -Werror ones (to tell whether code had real problems). */
  get realErrors(): number { return this.messages.length - this.promoted; }

  throwIfErrors(): void {
    if (this.messages.length > 0) throw new CompileError(this.messages);
  }
}
