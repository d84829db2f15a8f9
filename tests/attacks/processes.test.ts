// The cross-process attacks, beyond their verdicts: what the programs print
// shows that each did what its header claims (the child's secret really is
// out of reach, the fork bomb really filled the table, the pipe reader really
// ran while the writer flooded), on the default kernel and under `shared`.
import { describe, it, expect } from 'vitest';
import { loadGallery, selectAttacks } from '../../src/attacks/gallery.ts';
import { kernelImageBytes } from '../../src/attacks/kernel-state.ts';
import { KernelLeakScanner } from '../../src/attacks/leak-scan.ts';
import { runAttack, type AttackRun } from '../../src/attacks/run-attack.ts';

const { bundle, attacks } = loadGallery();
const scanner = new KernelLeakScanner(kernelImageBytes(bundle.kernel));
const SECRET = 'child-secret-5e7c';

function run(name: string, kernelOpts = ''): AttackRun {
  const [attack] = selectAttacks(attacks, [name]);
  return runAttack(attack!, bundle, scanner, { kernelOpts });
}

describe('another process\'s memory', () => {
  it('peerread finds its child\'s slot but cannot load from it; under shared it reads the secret', () => {
    const contained = run('peerread');
    expect(contained.console).toMatch(/child pid \d+ \(slot \d+\) keeps its at 0x4[0-9a-f]{7}/);
    expect(contained.console).toContain('user mode, page not present');
    expect(contained.console).not.toContain(SECRET);
    expect(run('peerread', 'shared').console).toContain(`read the child's secret: "${SECRET}"`);
  }, 60_000);

  it('peerwrite: only under shared does the child see its memory changed', () => {
    expect(run('peerwrite').console).not.toContain('my secret is now');
    expect(run('peerwrite', 'shared').console).toContain('peerwrite child: my secret is now "owned by the parent"');
  }, 60_000);

  it('peersys: the kernel refuses to read another window for write(); under shared it prints the secret', () => {
    const contained = run('peersys');
    expect(contained.console).toContain('is not readable user memory');
    expect(contained.console).not.toContain(SECRET);
    expect(run('peersys', 'shared').console).toContain(`${SECRET}\npeersys: the kernel wrote 18 bytes`);
  }, 60_000);
});

describe('resources and process control', () => {
  it('forkbomb fills the 64-slot table (61 children beside init, sh and itself) and reaps them all', () => {
    const r = run('forkbomb');
    expect(r.console).toContain('fork refused (-1) after 61 children');
    expect(r.console).toContain('reaped 61 children');
    expect(r.console).toContain('fork works again');
    expect(r.freePagesAfter).toBe(r.freePagesBefore);
  }, 60_000);

  it('pipeflood: the reader gets a full pipe while the writer writes, the writer is stopped by the time limit', () => {
    const r = run('pipeflood');
    expect(r.end).toMatchObject({ kind: 'killed', reason: 'time limit', status: 137 });
    const starved = r.console.indexOf('not starved');
    expect(starved).toBeGreaterThanOrEqual(0);
    expect(starved).toBeLessThan(r.console.indexOf('[program killed: time limit]'));
    expect(r.freePagesAfter).toBe(r.freePagesBefore);
  }, 60_000);

  it('childfault: the parent sees its child killed by SIGSEGV (wait status 0xb)', () => {
    const r = run('childfault');
    expect(r.console).toMatch(/child \d+ was killed by SIGSEGV \(status 0xb\); the parent lives/);
  }, 60_000);

  it('killinit, killsh and waitother get -1 from every call', () => {
    for (const name of ['killinit', 'killsh', 'waitother']) {
      const r = run(name);
      expect(r.console).toContain(`${name}: refused every time`);
      expect(r.console).not.toMatch(/: (0|[1-9]\d*)\n/);
    }
  }, 60_000);
});
