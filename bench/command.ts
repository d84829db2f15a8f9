// `ringside bench`: what src/cli.ts calls.
import { runBenchmarks } from './benchmark.ts';
import { reportJson, reportText } from './report.ts';
import { buildBundledKernel } from '../src/build/bundle.ts';
import { buildWorkload } from './build-workload.ts';
import { qemuVersion, qemuWindowSeconds } from './qemu.ts';
import { median } from './stats.ts';
import { selectWorkloads } from './workloads.ts';

export interface BenchCommandArgs {
  json: boolean;
  runs: number;
  only?: string;
  /** Small workload sizes (seconds instead of minutes; for checks, not for figures). */
  quick: boolean;
  /** Also boot the same kernel and workloads on qemu-system-i386 and print the speed ratio. */
  vsQemu?: boolean;
}

export interface BenchCommandIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

/** Runs the benchmark and prints the report; resolves to the exit status. */
export async function benchCommand(io: BenchCommandIo, a: BenchCommandArgs): Promise<number> {
  const report = runBenchmarks({
    runs: a.runs,
    only: a.only,
    size: a.quick ? 'small' : 'full',
    onProgress: a.json ? undefined : (name, run, of) => io.stderr.write(run < 1 ? `${name}: warm-up\n` : `${name}: run ${run}/${of}\n`),
  });
  if (a.vsQemu) {
    const version = qemuVersion();
    if (version === null) {
      io.stderr.write('ringside bench: --vs-qemu needs qemu-system-i386, which is not installed\n');
      return 1;
    }
    const kernel = buildBundledKernel();
    report.qemu = { version, results: [] };
    for (const b of report.benchmarks) {
      const w = selectWorkloads(b.name)[0]!;
      const program = buildWorkload(w);
      const samples: number[] = [];
      for (let i = 0; i < a.runs; i++) {
        if (!a.json) io.stderr.write(`${b.name}: QEMU run ${i + 1}/${a.runs}\n`);
        samples.push(await qemuWindowSeconds(kernel, program, b.args));
      }
      const seconds = median(samples);
      report.qemu.results.push({ name: b.name, seconds, mips: b.instructions / seconds / 1e6, ratio: b.mips / (b.instructions / seconds / 1e6) });
    }
  }
  io.stdout.write(a.json ? reportJson(report) : reportText(report));
  return 0;
}
