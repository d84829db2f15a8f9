// Runs the CLI in-process (fast) or as a real subprocess (exit codes, streams).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `stdin`: what the command reads (a PassThrough, a fake terminal); none by default. */
export async function runInProcess(argv: string[], stdin: NodeJS.ReadableStream | null = null, onStdout?: (text: string) => void): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const text = (c: string | Uint8Array) => (typeof c === 'string' ? c : Buffer.from(c).toString('latin1'));
  const code = await main(argv, {
    stdout: { write: (c) => { stdout += text(c); onStdout?.(stdout); } },
    stderr: { write: (c) => { stderr += text(c); } },
    stdin: stdin as NodeJS.ReadStream | null,
  });
  return { code, stdout, stderr };
}

export function runSubprocess(argv: string[], input = ''): CliResult {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'ringside.js'), ...argv], {
    cwd: ROOT, input, encoding: 'latin1', timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
