// `ringside attacks` as a function: every gallery attack (or the chosen
// ones), each on its own boot, judged and collected into one report.
import type { BundleOptions } from '../build/bundle.ts';
import { loadGallery, selectAttacks } from './gallery.ts';
import { kernelImageBytes } from './kernel-state.ts';
import { KernelLeakScanner } from './leak-scan.ts';
import { runAttack, type AttackRun, type AttackRunOptions } from './run-attack.ts';
import { judge, type AttackReport } from './verdict.ts';

export interface GalleryOptions extends AttackRunOptions {
  /** Attack names to run (default: all). */
  only?: string[];
  bundle?: BundleOptions;
  /** Called after each attack (progress output). */
  onResult?: (report: AttackReport, run: AttackRun) => void;
}

export interface GalleryReport {
  kernelOpts: string;
  reports: AttackReport[];
  runs: AttackRun[];
  counts: { contained: number; escaped: number; unexpected: number };
}

export function runGallery(opts: GalleryOptions = {}): GalleryReport {
  const { bundle, attacks } = loadGallery(opts.bundle);
  const chosen = selectAttacks(attacks, opts.only ?? []);
  const scanner = new KernelLeakScanner(kernelImageBytes(bundle.kernel));
  const reports: AttackReport[] = [];
  const runs: AttackRun[] = [];
  for (const attack of chosen) {
    const run = runAttack(attack, bundle, scanner, opts);
    const report = judge(attack.expectation, run);
    reports.push(report);
    runs.push(run);
    opts.onResult?.(report, run);
  }
  return {
    kernelOpts: (opts.kernelOpts ?? '').trim(),
    reports,
    runs,
    counts: {
      contained: reports.filter((r) => r.verdict === 'contained').length,
      escaped: reports.filter((r) => r.verdict === 'ESCAPED').length,
      unexpected: reports.filter((r) => r.verdict === 'unexpected').length,
    },
  };
}
