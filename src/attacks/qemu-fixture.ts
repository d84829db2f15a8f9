// The QEMU results of the attack gallery (recorded by scripts/qemu-attacks)
// and their comparison with ringside's own runs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../build/bundle.ts';
import type { AttackEnd } from './batch.ts';
import type { AttackRun } from './run-attack.ts';
import { formatEnd } from './verdict.ts';

export interface QemuAttackResult {
  name: string;
  end: AttackEnd;
  shellAlive: boolean;
  freePagesBefore: number | null;
  freePagesAfter: number | null;
}

export interface QemuFixture {
  kernelOpts: string;
  /** `qemu-system-i386 --version`, first line. */
  qemu: string;
  /** The bundled kernel image the results were recorded with. */
  kernelSha256: string;
  results: QemuAttackResult[];
}

export class QemuFixtureError extends Error {
  override name = 'QemuFixtureError';
}

/** tests/attacks/fixtures/qemu-<opts>.json ("default" without options). */
export function qemuFixturePath(kernelOpts: string): string {
  const tag = kernelOpts.trim().split(/\s+/).filter(Boolean).join('-') || 'default';
  return join(PROJECT_ROOT, 'tests', 'attacks', 'fixtures', `qemu-${tag}.json`);
}

export function loadQemuFixture(kernelOpts: string): QemuFixture {
  const path = qemuFixturePath(kernelOpts);
  if (!existsSync(path)) throw new QemuFixtureError(`no QEMU results at ${path}: run npx tsx scripts/qemu-attacks.ts${kernelOpts ? ` --kernel-opts "${kernelOpts}"` : ''}`);
  const data = JSON.parse(readFileSync(path, 'utf8')) as QemuFixture;
  if (!Array.isArray(data.results)) throw new QemuFixtureError(`${path}: no "results" list`);
  return data;
}

/** How ringside's run differs from QEMU's (empty: they agree). Kill reason and
 *  status, whether the shell lived, and the pages leaked must match; absolute
 *  free counts may differ (module sizes change), so only the difference counts. */
export function compareWithQemu(run: AttackRun, qemu: QemuAttackResult): string[] {
  const diffs: string[] = [];
  const a = formatEnd(run.end);
  const b = formatEnd(qemu.end);
  // A hang is a hang whichever host noticed it.
  const hang = (e: AttackEnd) => e.kind === 'none' && /hung/.test(e.why);
  if (a !== b && !(hang(run.end) && hang(qemu.end))) diffs.push(`${run.name}: ringside "${a}", QEMU "${b}"`);
  if (run.shellAlive !== qemu.shellAlive) diffs.push(`${run.name}: shell ${run.shellAlive ? 'alive' : 'dead'} on ringside, ${qemu.shellAlive ? 'alive' : 'dead'} on QEMU`);
  const leak = (x: { freePagesBefore: number | null; freePagesAfter: number | null }) =>
    x.freePagesBefore === null || x.freePagesAfter === null ? null : x.freePagesBefore - x.freePagesAfter;
  if (leak(run) !== leak(qemu)) diffs.push(`${run.name}: pages lost ${leak(run)} on ringside, ${leak(qemu)} on QEMU`);
  return diffs;
}
