// Runs the workloads: builds each, boots it under the bundled kernel once to
// warm up the JIT and then `runs` times, checks every run's output against the
// TypeScript reference, and reports medians.
import { buildBundledKernel } from '../src/build/bundle.ts';
import { buildWorkload } from './build-workload.ts';
import { expectedOutput } from './reference.ts';
import { runGuest, GuestRunError, type GuestRun } from './run-guest.ts';
import { hostInfo, type HostInfo } from './host-info.ts';
import { median } from './stats.ts';
import { selectWorkloads, type Workload, type WorkloadSize } from './workloads.ts';

export class BenchOptionsError extends Error {
  override name = 'BenchOptionsError';
}

export interface BenchOptions {
  /** Measured runs per workload (median over these); default 5. */
  runs?: number;
  /** Unmeasured runs first (JIT warm-up); default 1. */
  warmup?: number;
  /** Run only the workload of this name. */
  only?: string;
  /** 'small' for quick checks (tests); default 'full'. */
  size?: WorkloadSize;
  /** The kernel image (default: the bundled kernel, built or taken from the cache). */
  kernel?: Uint8Array;
  /** Also run every workload on the interpreter alone, in pairs with the default runs; default true. */
  compareInterpreter?: boolean;
  /** Called before each run, for progress output. */
  onProgress?: (name: string, run: number, of: number) => void;
}

/** Timing of one execution mode (median over the measured runs). */
export interface ModeFigures {
  seconds: number;
  mips: number;
  cpuSeconds: number;
  cpuMips: number;
  samples: number[];
}

export interface BenchResult {
  name: string;
  description: string;
  args: string[];
  /** Guest instructions of the program's run (identical in every run: the machine is deterministic). */
  instructions: number;
  /** Median host wall-clock seconds. */
  seconds: number;
  /** instructions / seconds / 1e6. */
  mips: number;
  /** Median host CPU seconds (what the process itself used, on a loaded host). */
  cpuSeconds: number;
  /** instructions / cpuSeconds / 1e6. */
  cpuMips: number;
  /** Every measured run's wall-clock seconds, in order. */
  samples: number[];
  /** Guest instructions of the whole boot (kernel start-up to the exit port). */
  bootInstructions: number;
  /** The program's checksum line, verified against the reference. */
  checksum: string;
  /** The same workload on the interpreter alone (compiled blocks off), measured in pairs with the runs above. */
  interpreter?: ModeFigures;
  /** Only for workloads that measure system calls. */
  syscalls?: number;
  syscallsPerSecond?: number;
  /** Guest instructions per system call (the loop's own share included). */
  instructionsPerSyscall?: number;
}

/** The same workload's window on QEMU (`--vs-qemu`): wall clock, median. */
export interface QemuResult {
  name: string;
  seconds: number;
  /** ringside's instruction count over QEMU's window. */
  mips: number;
  /** ringside's MIPS (default mode, wall clock) / QEMU's. */
  ratio: number;
}

export interface BenchReport {
  benchmarks: BenchResult[];
  /** Present with --vs-qemu. */
  qemu?: { version: string; results: QemuResult[] };
  node: string;
  host: HostInfo;
  runs: number;
  size: WorkloadSize;
}

function positiveInteger(name: string, v: number, min: number): number {
  if (!Number.isInteger(v) || v < min) throw new BenchOptionsError(`${name} must be an integer of at least ${min}, got ${v}`);
  return v;
}

export function runBenchmarks(opts: BenchOptions = {}): BenchReport {
  const runs = positiveInteger('the number of runs', opts.runs ?? 5, 1);
  const warmup = positiveInteger('the number of warm-up runs', opts.warmup ?? 1, 0);
  const size = opts.size ?? 'full';
  if (size !== 'full' && size !== 'small') throw new BenchOptionsError(`the size must be "full" or "small", got "${String(size)}"`);
  const workloads = selectWorkloads(opts.only);
  const host = hostInfo();
  const kernel = opts.kernel ?? buildBundledKernel();
  const compare = opts.compareInterpreter ?? true;
  const benchmarks = workloads.map((w) => runWorkload(kernel, w, size, runs, warmup, compare, opts.onProgress));
  return { benchmarks, node: process.version, host, runs, size };
}

function runWorkload(
  kernel: Uint8Array, w: Workload, size: WorkloadSize, runs: number, warmup: number, compare: boolean,
  onProgress: BenchOptions['onProgress'],
): BenchResult {
  const program = buildWorkload(w);
  const args = w.args[size];
  const measured: GuestRun[] = [];
  const interpreted: GuestRun[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    onProgress?.(w.name, i + 1 - warmup, runs);
    // Paired runs: the interpreter right before the default mode, so that both see the same host load.
    if (compare) {
      const ref = runGuest(kernel, program, args, undefined, { compiled: false });
      verify(w, args, ref);
      if (i >= warmup) interpreted.push(ref);
    }
    const run = runGuest(kernel, program, args);
    verify(w, args, run);
    if (i >= warmup) measured.push(run);
  }
  const first = measured[0]!;
  for (const r of [...measured, ...interpreted]) {
    if (r.instructions !== first.instructions) {
      throw new GuestRunError(`${w.name}: runs executed different instruction counts (${first.instructions} and ${r.instructions}); the machine should be deterministic, with or without compiled blocks`);
    }
  }
  const { seconds, cpuSeconds, samples } = figures(first.instructions, measured);
  const result: BenchResult = {
    name: w.name,
    description: w.description,
    args: [...args],
    instructions: first.instructions,
    seconds,
    mips: first.instructions / seconds / 1e6,
    cpuSeconds,
    cpuMips: cpuSeconds > 0 ? first.instructions / cpuSeconds / 1e6 : 0,
    samples,
    bootInstructions: first.totalInstructions,
    checksum: checksumLine(first.output),
  };
  if (compare) result.interpreter = figures(first.instructions, interpreted);
  if (w.reportsSyscalls) {
    result.syscalls = first.syscalls;
    result.syscallsPerSecond = first.syscalls / seconds;
    result.instructionsPerSyscall = first.syscalls > 0 ? first.instructions / first.syscalls : 0;
  }
  return result;
}

function figures(instructions: number, runs: GuestRun[]): ModeFigures {
  const samples = runs.map((r) => r.seconds);
  const seconds = median(samples);
  const cpuSeconds = median(runs.map((r) => r.cpuSeconds));
  return { seconds, mips: instructions / seconds / 1e6, cpuSeconds, cpuMips: cpuSeconds > 0 ? instructions / cpuSeconds / 1e6 : 0, samples };
}

/** Console output with the UART's line endings normalised. */
function normalise(output: string): string {
  return output.replace(/\r\n/g, '\n');
}

function verify(w: Workload, args: string[], run: GuestRun): void {
  const want = expectedOutput(w, args, run.pid);
  const got = normalise(run.output);
  if (got !== want) {
    throw new GuestRunError(`${w.name} ${args.join(' ')}: wrong output\n--- expected\n${want}--- got\n${got}`);
  }
}

function checksumLine(output: string): string {
  const m = /checksum=([0-9a-f]+)/.exec(output);
  return m ? m[1]! : '';
}
