// A fuzz campaign: cases `first` .. of one seed through the CaseRunner, with the
// outcomes counted per input kind and every failure saved as a reproducer.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeCase, type CaseKind, type FuzzCase } from './cases.ts';
import { isFailure, OUTCOMES, type Outcome } from './outcome.ts';
import { CaseRunner, type Budget, type RunResult } from './runner.ts';
import type { Seeds } from './seeds.ts';

export interface CampaignOptions {
  seed: number;
  /** The first case number (to re-run one case: first = N, cases = 1). */
  first: number;
  cases: number;
  budget: Budget;
  kinds?: readonly CaseKind[];
  /** Where failing inputs are saved; nothing is saved without it. */
  saveDir?: string;
  onProgress?: (report: CampaignReport) => void;
  progressEvery?: number;
  /** Asked before each case: true ends the campaign there, with the report so far. */
  stopRequested?: () => boolean;
}

export interface Failure { index: number; kind: CaseKind; origin: string; outcome: Outcome; argv: string[]; stderr: string; savedAs?: string }

export interface CampaignReport {
  seed: number;
  first: number;
  cases: number;
  seconds: number;
  /** Ended by stopRequested before `cases` were run. */
  stopped: boolean;
  outcomes: Record<Outcome, number>;
  byKind: Record<CaseKind, Record<Outcome, number>>;
  /** Hangs, memory spikes and crashes that did not happen again on a retry in a fresh worker. */
  flaky: number;
  slowest: { index: number; kind: CaseKind; ms: number }[];
  /** The largest growth of resident memory during one case, per input kind (MB). */
  peakMb: Record<CaseKind, number>;
  failures: Failure[];
}

const KINDS: readonly CaseKind[] = ['c', 'asm', 'elf'];
const RETRIED: ReadonlySet<Outcome> = new Set(['hang', 'memory', 'worker-crash']);

const zeroCounts = () => Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;

export async function runCampaign(seeds: Seeds, opts: CampaignOptions): Promise<CampaignReport> {
  const kinds = opts.kinds ?? KINDS;
  const report: CampaignReport = {
    seed: opts.seed, first: opts.first, cases: 0, seconds: 0, stopped: false, outcomes: zeroCounts(),
    byKind: { c: zeroCounts(), asm: zeroCounts(), elf: zeroCounts() }, flaky: 0, slowest: [], peakMb: { c: 0, asm: 0, elf: 0 }, failures: [],
  };
  const runner = new CaseRunner(opts.budget);
  const start = performance.now();
  try {
    for (let index = opts.first; report.cases < opts.cases; index++) {
      const c = makeCase(seeds, opts.seed, index);
      if (!kinds.includes(c.kind)) continue;
      if (opts.stopRequested?.()) { report.stopped = true; break; }
      let r = await runner.run(c);
      if (RETRIED.has(r.outcome)) {
        // A loaded machine can stall one case; a real hang or spike happens again.
        const again = await runner.run(c);
        if (!RETRIED.has(again.outcome)) report.flaky++;
        r = again;
      }
      record(report, c, r, opts);
      if (opts.onProgress && report.cases % (opts.progressEvery ?? 1000) === 0) {
        report.seconds = (performance.now() - start) / 1000;
        opts.onProgress(report);
      }
    }
  } finally {
    await runner.close();
  }
  report.seconds = (performance.now() - start) / 1000;
  return report;
}

function record(report: CampaignReport, c: FuzzCase, r: RunResult, opts: CampaignOptions): void {
  report.cases++;
  report.outcomes[r.outcome]++;
  report.byKind[c.kind][r.outcome]++;
  report.peakMb[c.kind] = Math.max(report.peakMb[c.kind], r.peakMb);
  report.slowest.push({ index: c.index, kind: c.kind, ms: Math.round(r.ms) });
  report.slowest.sort((a, b) => b.ms - a.ms);
  report.slowest.length = Math.min(report.slowest.length, 5);
  if (!isFailure(r.outcome)) return;
  const failure: Failure = { index: c.index, kind: c.kind, origin: c.origin, outcome: r.outcome, argv: c.argv, stderr: r.stderr };
  if (opts.saveDir) failure.savedAs = saveReproducer(opts.saveDir, opts.seed, c, r);
  report.failures.push(failure);
}

/** Writes the input, its extra files, the command and what it printed into a directory of its own. */
export function saveReproducer(saveDir: string, seed: number, c: FuzzCase, r: RunResult): string {
  const dir = join(saveDir, `${r.outcome}-seed${seed}-case${c.index}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, c.name), c.data);
  for (const [name, text] of Object.entries(c.extra)) writeFileSync(join(dir, name), text);
  const argv = c.argv.map((a) => a.replaceAll('{in}', c.name).replaceAll('{out}', 'output').replaceAll('{dir}', '.'));
  writeFileSync(join(dir, 'README.txt'), [
    `outcome: ${r.outcome} after ${Math.round(r.ms)} ms (exit ${r.code ?? 'none'})`,
    `reproduce, in this directory: npx ringside ${argv.join(' ')}`,
    `or: scripts/fuzz-toolchain --seed ${seed} --first ${c.index} --cases 1`,
    '', 'stderr (start):', r.stderr, '',
  ].join('\n'));
  return dir;
}
