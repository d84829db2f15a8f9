// Writes hostile inputs to a scratch directory and runs the CLI on them in-process:
// every one must end with a diagnostic, never an internal error. How fast is
// not asserted here (no timed tests): scripts/fuzz-toolchain holds every
// case to its 2 s budget.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInProcess, type CliResult } from '../cli/cli-helpers.ts';

export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'ringside-hostile-'));
}

/** Writes `files` (name → text) into `dir` and returns the path of the first. */
export function writeFiles(dir: string, files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return join(dir, Object.keys(files)[0]!);
}

export async function runHostile(argv: string[]): Promise<CliResult> {
  return runInProcess(argv);
}
