// One quarter of the gallery under the default kernel, so that vitest can run
// the four quarters in parallel: every attack contained (expected end, kernel
// untouched, no kernel byte printed, shell alive, no page lost) and ending as
// it did on QEMU (fixtures/qemu-default.json, from scripts/qemu-attacks),
// except the documented differences, which must still differ.
import { describe, it, expect } from 'vitest';
import { loadGallery } from '../../src/attacks/gallery.ts';
import { kernelImageBytes } from '../../src/attacks/kernel-state.ts';
import { KernelLeakScanner } from '../../src/attacks/leak-scan.ts';
import { runAttack } from '../../src/attacks/run-attack.ts';
import { judge } from '../../src/attacks/verdict.ts';
import { compareWithQemu, loadQemuFixture } from '../../src/attacks/qemu-fixture.ts';
import { knownDifferences } from '../../src/attacks/qemu-differences.ts';

export const SHARDS = 4;

export function describeGalleryShard(shard: number): void {
  const { bundle, attacks } = loadGallery();
  const scanner = new KernelLeakScanner(kernelImageBytes(bundle.kernel));
  const qemu = new Map(loadQemuFixture('').results.map((r) => [r.name, r]));
  const mine = attacks.filter((_, i) => i % SHARDS === shard);
  const known = knownDifferences('');

  describe(`attack gallery, default kernel, part ${shard + 1} of ${SHARDS}`, () => {
    if (shard === 0) {
      it('the gallery has at least 40 attacks, all in the QEMU results', () => {
        expect(attacks.length).toBeGreaterThanOrEqual(40);
        expect(attacks.map((a) => a.name).filter((n) => !qemu.has(n))).toEqual([]);
      });
    }

    for (const attack of mine) {
      const differs = known[attack.name];
      it(`${attack.name} is contained and ${differs ? 'differs from QEMU as documented' : 'ends as on QEMU'}`, () => {
        const run = runAttack(attack, bundle, scanner);
        const report = judge(attack.expectation, run);
        expect(report.effects).toEqual([]);
        expect(report.verdict).toBe('contained');
        expect(run.shellAlive).toBe(true);
        expect(run.freePagesBefore).not.toBeNull();
        expect(run.freePagesAfter).toBe(run.freePagesBefore);
        const q = qemu.get(attack.name);
        expect(q).toBeDefined();
        if (differs) expect(compareWithQemu(run, q!)).not.toEqual([]);
        else expect(compareWithQemu(run, q!)).toEqual([]);
      }, 60_000);
    }
  });
}
