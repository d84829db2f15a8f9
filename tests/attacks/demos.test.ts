// The before/after demos: with a protection switched off, the attacks it
// stops must get through, and the harness must see the forbidden effect.
import { describe, it, expect } from 'vitest';
import { loadGallery, selectAttacks } from '../../src/attacks/gallery.ts';
import { kernelImageBytes } from '../../src/attacks/kernel-state.ts';
import { KernelLeakScanner } from '../../src/attacks/leak-scan.ts';
import { runAttack } from '../../src/attacks/run-attack.ts';
import { judge } from '../../src/attacks/verdict.ts';
import { compareWithQemu, loadQemuFixture } from '../../src/attacks/qemu-fixture.ts';
import { knownDifferences } from '../../src/attacks/qemu-differences.ts';

const { bundle, attacks } = loadGallery();
const scanner = new KernelLeakScanner(kernelImageBytes(bundle.kernel));

/** The attack gets through under `kernelOpts`, showing `effect`, and ends as it did on QEMU
 *  (or differs from QEMU as src/attacks/qemu-differences.ts documents). */
function escapes(kernelOpts: string, name: string, effect: RegExp): void {
  it(`${name} escapes under ${kernelOpts}: ${effect.source}`, () => {
    const [attack] = selectAttacks(attacks, [name]);
    const run = runAttack(attack!, bundle, scanner, { kernelOpts });
    const report = judge(attack!.expectation, run);
    expect(report.verdict).toBe('ESCAPED');
    expect(report.effects.join('; ')).toMatch(effect);
    const qemu = loadQemuFixture(kernelOpts).results.find((r) => r.name === name);
    expect(qemu).toBeDefined();
    // A documented difference must still differ (so a fix on either side is noticed).
    if (knownDifferences(kernelOpts)[name]) expect(compareWithQemu(run, qemu!)).not.toEqual([]);
    else expect(compareWithQemu(run, qemu!)).toEqual([]);
  }, 60_000);
}

describe('nocheck: syscalls take pointers on trust (the confused deputy)', () => {
  escapes('nocheck', 'badptr', /kernel bytes printed \(02 b0 ad 1b/);
  escapes('nocheck', 'badfmt', /kernel bytes printed/);
  escapes('nocheck', 'readkernel', /kernel memory changed \(kernel image at 0x00100000/);
  escapes('nocheck', 'guard', /kernel panic \(page fault\); shell dead/);
  escapes('nocheck', 'peekkernel', /attack ran to completion/);
});

describe('flat: the kernel\'s pages are user-accessible', () => {
  escapes('flat', 'kwrite', /kernel memory changed \(kernel image at 0x00100000 changed at 0x00100000\)/);
  escapes('flat', 'idtwrite', /kernel memory changed \(IDT/);
  escapes('flat', 'ptwrite', /kernel memory changed \(kernel page table 0/);
  escapes('flat', 'kread', /attack ran to completion/);
  escapes('flat', 'vgawrite', /attack ran to completion/);
});

describe('ring0: programs run with the kernel\'s privilege', () => {
  escapes('ring0', 'cli', /attack ran to completion/);
  escapes('ring0', 'gdtwrite', /kernel memory changed \(GDT/);
  // With paging off the CPU runs whatever lies past RAM (0xFF bytes): it has ended both
  // in a hang with CR0 changed and in a triple fault as the kernel and runtime changed.
  escapes('ring0', 'movcr0', /kernel CPU state changed \(CR0 PG\/WP\/PE changed|the machine reset \(triple fault\)/);
  escapes('ring0', 'popfiopl', /attack ran to completion/);
});

describe('shared: one page directory for every process', () => {
  escapes('shared', 'peerread', /attack ran to completion \(status 1\)/);
  escapes('shared', 'peerwrite', /attack ran to completion \(status 1\)/);
  escapes('shared', 'peersys', /attack ran to completion \(status 1\)/);
});

describe('the default kernel contains the same attacks', () => {
  for (const name of ['badptr', 'readkernel', 'kwrite', 'idtwrite', 'cli', 'movcr0', 'peerread', 'peerwrite', 'peersys']) {
    it(name, () => {
      const [attack] = selectAttacks(attacks, [name]);
      expect(judge(attack!.expectation, runAttack(attack!, bundle, scanner)).verdict).toBe('contained');
    }, 60_000);
  }
});
