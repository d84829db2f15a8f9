// The `ringside tui` command's body: argument checks, the benchmark mode, and
// the UI itself. src/cli.ts only parses the options and calls this.
import { runTui } from './main.ts';
import { TuiSession } from './session.ts';
import { benchmarkTui, formatBench } from './bench.ts';

export class TuiUsageError extends Error {
  override name = 'TuiUsageError';
}

export interface TuiCommandArgs {
  files: string[];
  bench: boolean;
  benchSeconds: number;
  append: string;
  memoryMiB: number;
  fps: number;
  paused: boolean;
  gdbPort?: number;
}

interface Io {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

export async function commandTui(io: Io, a: TuiCommandArgs): Promise<number> {
  if (!(a.fps >= 1 && a.fps <= 60)) throw new TuiUsageError(`--fps must be between 1 and 60, got ${a.fps}`);
  if (!(a.benchSeconds > 0)) throw new TuiUsageError(`--bench-seconds must be positive, got ${a.benchSeconds}`);
  const warn = (m: string) => io.stderr.write(`ringside: warning: ${m}\n`);
  if (a.bench) {
    io.stdout.write('ringside tui --bench: spin in ring 3, headless vs inside the UI (120x40)...\n');
    const r = await benchmarkTui({ seconds: a.benchSeconds, fps: a.fps, session: { files: a.files, memoryMiB: a.memoryMiB, warn } });
    io.stdout.write(formatBench(r) + '\n');
    return 0;
  }
  // Build first: compile errors in FILES are reported on a normal terminal.
  const session = new TuiSession({ files: a.files, cmdline: a.append, memoryMiB: a.memoryMiB, warn });
  if (!process.stdout.isTTY || !process.stdin.isTTY) throw new TuiUsageError('the TUI needs a terminal (stdin and stdout must be a TTY); try `ringside boot` instead');
  return runTui({ fps: a.fps, paused: a.paused, gdbPort: a.gdbPort }, session);
}
