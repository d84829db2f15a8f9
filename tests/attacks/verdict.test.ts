import { describe, it, expect } from 'vitest';
import { judge } from '../../src/attacks/verdict.ts';
import type { AttackRun } from '../../src/attacks/run-attack.ts';

const base: AttackRun = {
  name: 'x', end: { kind: 'killed', reason: 'page fault', status: 139 }, kernelChanges: [], leakedBytes: null,
  shellAlive: true, freePagesBefore: 100, freePagesAfter: 100, console: '', traceLines: [],
};
const pf = { kind: 'killed', reason: 'page fault', status: 139 } as const;

describe('judge', () => {
  it('contained: the expected kill and no forbidden effect', () => {
    expect(judge(pf, base)).toMatchObject({ verdict: 'contained', observed: 'killed: page fault (139)', effects: [] });
  });

  it('unexpected: another kill, nothing forbidden', () => {
    const r = judge(pf, { ...base, end: { kind: 'killed', reason: 'general protection fault', status: 139 } });
    expect(r.verdict).toBe('unexpected');
  });

  it('ESCAPED for each forbidden effect', () => {
    const cases: [Partial<AttackRun>, RegExp][] = [
      [{ kernelChanges: ['GDT changed at 0x00111018'] }, /kernel memory changed \(GDT/],
      [{ leakedBytes: '02 b0 ad 1b' }, /kernel bytes printed/],
      [{ kernelChanges: ['CR0 PG/WP/PE changed from 0x80010001 to 0x00010001'] }, /kernel CPU state changed \(CR0/],
      [{ shellAlive: false }, /shell dead/],
      [{ freePagesAfter: 99 }, /pages leaked \(100 free before, 99 after\)/],
      [{ end: { kind: 'exited', status: 1 } }, /attack ran to completion \(status 1\)/],
      [{ end: { kind: 'panic', reason: 'page fault' } }, /kernel panic/],
      [{ end: { kind: 'none', why: 'no exit or kill: the machine reset (triple fault)' } }, /triple fault/],
    ];
    for (const [change, effect] of cases) {
      const r = judge(pf, { ...base, ...change });
      expect(r.verdict).toBe('ESCAPED');
      expect(r.effects.join('; ')).toMatch(effect);
    }
  });

  it('refused and ignored mean a clean exit 0', () => {
    expect(judge({ kind: 'refused' }, { ...base, end: { kind: 'exited', status: 0 } }).verdict).toBe('contained');
    expect(judge({ kind: 'ignored' }, { ...base, end: { kind: 'exited', status: 1 } }).verdict).toBe('ESCAPED');
    expect(judge({ kind: 'refused' }, base).verdict).toBe('unexpected');
  });
});
