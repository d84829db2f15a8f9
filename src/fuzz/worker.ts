// The fuzz worker thread: runs cases through the CLI's main() in-process, one
// at a time, each in a fresh scratch directory, and reports how each ended.
// The host enforces the time and memory budgets (it can stop this thread).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { main } from '../cli.ts';
import type { FuzzCase } from './cases.ts';
import { classifyRun, type Outcome } from './outcome.ts';

/** Probes let the tests check that the host really catches a hang, a memory spike and a crash. */
export type Probe = 'spin' | 'allocate' | 'buffers' | 'exit';

export type WorkerRequest = { fuzzCase: FuzzCase } | { probe: Probe };

export interface WorkerReply {
  outcome: Outcome;
  code: number;
  /** The start of stderr (all of it was classified). */
  stderr: string;
  stdoutBytes: number;
  ms: number;
}

const STDERR_KEPT = 4096;
// The host owns this directory and removes it, also after stopping this thread.
const root = (workerData as { scratch: string }).scratch;

async function runCase(c: FuzzCase): Promise<WorkerReply> {
  // A directory per case: a restarted worker must not meet the files of a case that was stopped.
  const dir = mkdtempSync(join(root, 'case-'));
  try {
    writeFileSync(join(dir, c.name), c.data);
    for (const [name, text] of Object.entries(c.extra)) writeFileSync(join(dir, name), text);
    const argv = c.argv.map((a) => a.replaceAll('{in}', join(dir, c.name)).replaceAll('{out}', join(dir, 'output')).replaceAll('{dir}', dir));
    let stderr = '';
    let stdoutBytes = 0;
    const start = performance.now();
    let code: number;
    try {
      code = await main(argv, {
        stdout: { write: (chunk) => { stdoutBytes += chunk.length; return true; } },
        stderr: { write: (chunk) => { stderr += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('latin1'); return true; } },
        stdin: null,
      });
    } catch (e) {
      return { outcome: 'threw', code: -1, stderr: String((e as Error)?.stack ?? e).slice(0, STDERR_KEPT), stdoutBytes, ms: performance.now() - start };
    }
    const ms = performance.now() - start;
    return { outcome: classifyRun(code, stderr), code, stderr: stderr.slice(0, STDERR_KEPT), stdoutBytes, ms };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runProbe(p: Probe): void {
  if (p === 'spin') for (;;) { /* never returns */ }
  if (p === 'allocate') { const hoard: number[][] = []; for (;;) hoard.push(new Array(1 << 20).fill(1)); }
  if (p === 'buffers') { const hoard: Uint8Array[] = []; for (let k = 0; k < 256; k++) hoard.push(new Uint8Array(16 << 20).fill(1)); }
  process.exit(3);
}

// Load what main() imports lazily, so that no case's time budget pays for module loading.
await Promise.all([
  import('../../cc/driver.ts'), import('../isa/assembler.ts'), import('../isa/elf-write.ts'),
  import('../build/program.ts'), import('../debug/listing.ts'),
]);
// Build one small program too: compiling the runtime (libc) and the first run of the
// compiler's and assembler's code cost a fresh worker about 0.8 s of CPU, which the
// first whole-program case after every restart paid (a hang on a loaded machine).
await runCase({
  index: -1, kind: 'c', origin: 'warm-up', name: 'warm.c', extra: {},
  data: '#include <stdio.h>\nint main(void) { printf("%d\\n", 1); return 0; }\n', argv: ['cc', '{in}', '-o', '{out}'],
});
parentPort!.postMessage({ ready: true });

parentPort!.on('message', async (req: WorkerRequest) => {
  if ('probe' in req) runProbe(req.probe);
  else parentPort!.postMessage(await runCase(req.fuzzCase));
});
