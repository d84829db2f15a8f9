// Runs fuzz cases in a worker thread under a time and memory budget. A case that
// overruns the time is stopped (the thread is terminated); one that overruns the
// heap kills the thread (V8's resourceLimits), and so does one whose resident memory
// (heap, buffers and all, sampled every 20 ms) grows past the budget. Either way a fresh thread runs the
// next case. The thread's stack is the size of a normal `ringside` process's, so
// recursion fails here exactly where it would for a user.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FuzzCase } from './cases.ts';
import type { Outcome } from './outcome.ts';
import type { Probe, WorkerReply, WorkerRequest } from './worker.ts';

export interface Budget { timeMs: number; memoryMb: number }

/** peakMb: how far the process's resident memory rose above its level when the case started. */
export interface RunResult { outcome: Outcome; code: number | null; stderr: string; ms: number; peakMb: number }

// How often resident memory is sampled while a case runs.
const MEMORY_SAMPLE_MS = 20;
const MB = 1024 * 1024;

// V8's default stack on 64-bit Linux (node --stack-size), as the CLI gets it.
const MAIN_THREAD_STACK_MB = 0.96;

/** Worker code: load tsx in the thread, then the TypeScript worker module. */
function bootstrap(): string {
  // The ESM entry of tsx's API, found from this file (the thread's own resolution starts at the cwd).
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  const tsxApi = pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href;
  const worker = new URL('./worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(worker)}); })`;
}

export class CaseRunner {
  private worker: Worker | null = null;
  private readonly scratch = mkdtempSync(join(tmpdir(), 'ringside-fuzz-'));
  private readonly code = bootstrap();

  constructor(private readonly budget: Budget) {}

  run(fuzzCase: FuzzCase): Promise<RunResult> {
    return this.send({ fuzzCase });
  }

  /** For the harness's own tests: make the thread spin, allocate without end, or exit. */
  probe(probe: Probe): Promise<RunResult> {
    return this.send({ probe });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
    rmSync(this.scratch, { recursive: true, force: true });
  }

  /** The running worker, started (and warmed up) if there is none. */
  private start(): Promise<Worker> {
    if (this.worker) return Promise.resolve(this.worker);
    const worker = new Worker(this.code, {
      eval: true,
      execArgv: [],
      workerData: { scratch: this.scratch },
      resourceLimits: { maxOldGenerationSizeMb: this.budget.memoryMb, maxYoungGenerationSizeMb: 32, stackSizeMb: MAIN_THREAD_STACK_MB },
      stdout: true,
      stderr: true,
    });
    this.worker = worker;
    return new Promise((resolve, reject) => {
      const failed = (e: unknown) => { this.worker = null; reject(new Error(`the fuzz worker did not start: ${String(e)}`)); };
      worker.once('message', () => { worker.off('error', failed).off('exit', failed); resolve(worker); });
      worker.once('error', failed).once('exit', failed);
    });
  }

  private async send(req: WorkerRequest): Promise<RunResult> {
    const worker = await this.start();
    const start = performance.now();
    const baseline = process.memoryUsage.rss();
    let peak = baseline;
    return new Promise((resolve) => {
      let settled = false;
      const growthMb = () => Math.max(0, peak - baseline) / MB;
      const finish = (r: Omit<RunResult, 'peakMb'>, dead: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        clearInterval(sampler);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (dead) {
          this.worker = null;
          void worker.terminate();
        }
        resolve({ ...r, peakMb: Math.round(growthMb()) });
      };
      const elapsed = () => performance.now() - start;
      const onMessage = (m: WorkerReply) => finish({ outcome: m.outcome, code: m.code, stderr: m.stderr, ms: m.ms }, false);
      const onError = (e: Error & { code?: string }) => {
        const memory = e.code === 'ERR_WORKER_OUT_OF_MEMORY';
        finish({ outcome: memory ? 'memory' : 'worker-crash', code: null, stderr: String(e.stack ?? e), ms: elapsed() }, true);
      };
      const onExit = (status: number) => finish({ outcome: 'worker-crash', code: null, stderr: `worker exited with status ${status}`, ms: elapsed() }, true);
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage.rss());
        if (growthMb() > this.budget.memoryMb) finish({ outcome: 'memory', code: null, stderr: `resident memory grew by ${Math.round(growthMb())} MB`, ms: elapsed() }, true);
      }, MEMORY_SAMPLE_MS);
      const timer = setTimeout(() => finish({ outcome: 'hang', code: null, stderr: '', ms: elapsed() }, true), this.budget.timeMs);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage(req);
    });
  }
}
