// `ringside bench`: what src/cli.ts calls.
import { runBenchmarks } from './benchmark.ts';
import { reportJson, reportText } from './report.ts';

export interface BenchCommandArgs {
  json: boolean;
  runs: number;
  only?: string;
  /** Small workload sizes (seconds instead of minutes; for checks, not for figures). */
  quick: boolean;
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
  io.stdout.write(a.json ? reportJson(report) : reportText(report));
  return 0;
}
