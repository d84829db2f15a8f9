// The command behind scripts/fuzz-kernel: prints progress per boot and a
// summary (programs, outcomes, breaches, throughput); exits 1 on a breach.
import { fuzzKernel } from '../src/fuzz-kernel/fuzz-kernel.ts';

const programs = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? 1);
const kernelOpts = process.argv[4] ?? '';
if (!Number.isInteger(programs) || programs <= 0 || !Number.isInteger(seed)) {
  console.error('usage: scripts/fuzz-kernel [PROGRAMS] [SEED] [KERNEL-OPTIONS]');
  process.exit(2);
}
const report = fuzzKernel({
  programs, seed, kernelOpts,
  onBoot: (done, r) => console.log(`${done} programs, ${r.breaches.length} breaches, ${(done / r.seconds).toFixed(1)} programs/s`),
});
console.log(JSON.stringify({ ...report, programsPerSecond: report.programs / report.seconds }, null, 2));
for (const b of report.breaches.slice(0, 20)) console.log(`BREACH seed ${b.seed}: ${b.what}`);
process.exit(report.breaches.length ? 1 : 0);
