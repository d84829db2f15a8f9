// Writes hostile inputs to a scratch directory and runs the CLI on them in-process,
// timing each run: every one must end quickly with a diagnostic, never an internal error.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInProcess, type CliResult } from '../cli/cli-helpers.ts';

export interface TimedResult extends CliResult { seconds: number }

export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'ringside-hostile-'));
}

/** Writes `files` (name → text) into `dir` and returns the path of the first. */
export function writeFiles(dir: string, files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return join(dir, Object.keys(files)[0]!);
}

export async function timedRun(argv: string[]): Promise<TimedResult> {
  const start = performance.now();
  const r = await runInProcess(argv);
  return { ...r, seconds: (performance.now() - start) / 1000 };
}
