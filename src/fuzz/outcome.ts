// What one fuzz case came to. `accepted` and `rejected` (a diagnostic, exit 1) are
// what hostile input should get; every other outcome except `nesting-limit` is a bug.

export type Outcome =
  | 'accepted'        // exit 0
  | 'rejected'        // exit 1 with a diagnostic
  | 'nesting-limit'   // cc's generic "program is too deeply nested to compile" (a stack overflow the driver caught)
  | 'internal-error'  // "internal error", "internal compiler error", "assembler failed", a stack overflow
  | 'stack-trace'     // a JavaScript stack trace shown to the user
  | 'silent-failure'  // non-zero exit without a message
  | 'bad-exit'        // an exit status other than 0 or 1
  | 'threw'           // main() itself rejected instead of returning a status
  | 'hang'            // over the time budget
  | 'memory'          // over the memory budget
  | 'worker-crash';   // the worker died some other way

export const OUTCOMES: readonly Outcome[] = [
  'accepted', 'rejected', 'nesting-limit', 'internal-error', 'stack-trace', 'silent-failure', 'bad-exit', 'threw', 'hang', 'memory', 'worker-crash',
];

export function isFailure(o: Outcome): boolean {
  return o !== 'accepted' && o !== 'rejected' && o !== 'nesting-limit';
}

// How the CLI shows a bug: reportError's "internal error" (a TypeError, RangeError ...),
// the cc driver's "internal compiler error", and its wrapper around a non-AsmError.
const INTERNAL = /^ringside: internal error: |internal compiler error: |error: assembler failed: |Maximum call stack size exceeded/m;
const STACK_LINE = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;

/** Classifies a run of the CLI's main() from its exit status and everything it wrote to stderr. */
export function classifyRun(code: number, stderr: string): Outcome {
  if (STACK_LINE.test(stderr)) return 'stack-trace';
  if (INTERNAL.test(stderr)) return 'internal-error';
  if (code === 0) return 'accepted';
  if (code !== 1) return 'bad-exit';
  if (stderr.trim() === '') return 'silent-failure';
  if (stderr.includes('too deeply nested to compile')) return 'nesting-limit';
  return 'rejected';
}
