// The assembler's errors as records: a layout pass may find tens of thousands
// (a fuzzed file with an undefined symbol on every other line) and all but the
// last pass's are thrown away, so each is formatted once, at the end, and only
// the first MAX_DIAGNOSTICS in source order are kept (like gcc's -fmax-errors).
import { formatDiagnostic } from './errors.ts';
import type { Loc } from './statements.ts';

/** One error. `line` is 0 for an error about a whole file (no line:col). */
export interface Problem { file: string; line: number; col: number; message: string }

/** Diagnostics shown at most; the rest are counted in a last line. */
export const MAX_DIAGNOSTICS = 100;

/**
 * Errors after which the assembler stops looking for more (like clang's error
 * limit): a fuzzed file with an error on every other line of 200,000 would
 * otherwise be read to its end and laid out in three or four passes, seconds of
 * work for diagnostics nobody reads.
 */
export const MAX_PROBLEMS = 10_000;

export function problemAt(loc: Loc, message: string): Problem {
  return { file: loc.file, line: loc.line, col: loc.col, message };
}

export function fileProblem(file: string, message: string): Problem {
  return { file, line: 0, col: 0, message };
}

/**
 * Distinct problems in source order (by unit, then line, then column; errors about
 * a whole file after its lines), formatted, at most MAX_DIAGNOSTICS of them plus a
 * line saying how many there were in all.
 */
export function formatProblems(problems: readonly Problem[], unitNames: readonly string[], stopped = false): string[] {
  const unitOrder = new Map(unitNames.map((n, i) => [n, i]));
  const keyed = problems.map((p, i) => {
    const unit = unitOrder.get(p.file);
    // A file that is not a unit sorts last, in the order found.
    if (unit === undefined) return { p, i, unit: Infinity, line: 0, col: 0 };
    return { p, i, unit, line: p.line === 0 ? Infinity : p.line, col: p.col };
  });
  keyed.sort((a, b) => a.unit - b.unit || a.line - b.line || a.col - b.col || a.i - b.i);
  // Equal problems have equal keys, so they are in one run of equal keys: a set of
  // messages per run finds them without formatting every problem.
  const shown: string[] = [];
  let distinct = 0;
  let seen = new Set<string>();
  for (let k = 0; k < keyed.length; k++) {
    const { p, unit, line, col } = keyed[k]!;
    const prev = keyed[k - 1];
    if (!prev || prev.unit !== unit || prev.line !== line || prev.col !== col) seen = new Set();
    // Runs of problems in files that are not units mix files and positions.
    const id = unit === Infinity ? format(p) : p.message;
    if (seen.has(id)) continue;
    seen.add(id);
    distinct++;
    if (shown.length < MAX_DIAGNOSTICS) shown.push(format(p));
  }
  const where = `${unitNames[0] ?? '<input>'}: error:`;
  if (stopped) shown.push(`${where} too many errors: stopped after ${MAX_PROBLEMS.toLocaleString('en-US')}, the first ${Math.min(distinct, MAX_DIAGNOSTICS)} are shown`);
  else if (distinct > MAX_DIAGNOSTICS) shown.push(`${where} too many errors: ${distinct} in all, the first ${MAX_DIAGNOSTICS} are shown`);
  return shown;
}

function format(p: Problem): string {
  return p.line === 0 ? `${p.file}: error: ${p.message}` : formatDiagnostic(p, p.message);
}
