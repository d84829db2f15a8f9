// Processes on the emulated machine: forks8's output (eight children, one
// pipe) is what a POSIX system prints; 1000 fork/exec/exit cycles leave no
// page and no process slot behind; the CPU-time limit spares a program that
// waits for input or sleeps, and still kills one that spins.
import { describe, it, expect } from 'vitest';
import { Terminal } from './programs/harness.ts';
import { freePages } from '../../src/attacks/batch.ts';

describe('forks8', () => {
  it('prints the eight lines, the pid check and the statuses in pid order, as on POSIX', () => {
    const t = Terminal.batch({}, 'forks8', 30);
    expect(t.exitValue).toBe(0);
    const pids = [...t.console.matchAll(/^child (\d) pid (\d+)$/gm)].map((m) => Number(m[2]));
    expect(pids).toHaveLength(8);
    for (let k = 1; k < 8; k++) expect(pids[k]).toBeGreaterThan(pids[k - 1]!);
    const expected = [
      ...pids.map((p, k) => `child ${k} pid ${p}`),
      '8 lines, every pid matches fork()',
      ...pids.map((p, k) => `pid ${p}: exit status ${k}`),
    ].join('\n') + '\n';
    expect(t.console).toBe(expected);
  });
});

describe('no leaks over 1000 fork/exec/exit cycles', () => {
  it('mem shows the same free pages before and after; ps shows only init, sh and ps', () => {
    // ret42 execs, exit(7)s, kwrite kills (SIGSEGV) and heap growers, 250 each.
    const t = Terminal.batch({ programs: ['forkloop'], opts: 'limit=0' },
      'echo @@before; mem; echo @@loop; forkloop 1000; echo @@after; mem; echo @@ps; ps', 600);
    expect(t.exitValue).toBe(0);
    const part = (from: string, to: string | null) => {
      const start = t.console.indexOf(`@@${from}\n`) + from.length + 3;
      return t.console.slice(start, to === null ? undefined : t.console.indexOf(`@@${to}\n`));
    };
    const loop = part('loop', 'after');
    expect(loop.match(/^\[program killed: page fault\]$/gm)).toHaveLength(250);
    expect(loop.endsWith('forkloop: 1000 cycles, 0 wrong statuses, 1000 bytes through pipes, slots used as before\n')).toBe(true);
    const before = freePages(part('before', 'loop'));
    expect(before).toBeGreaterThan(1000);
    expect(freePages(part('after', 'ps'))).toBe(before);
    const ps = part('ps', null).split('\n').filter((l) => l !== '');
    expect(ps).toHaveLength(4);
    expect(ps[1]).toMatch(/^ {4}1 {5}0 S /);
    expect(ps[2]).toMatch(/^ {4}2 {5}1 [RS] /);    // R if a tick preempted it before its waitpid
    expect(ps[3]).toMatch(/^ +\d+ {5}2 R +\d+ ps$/);
    expect(t.trace.match(/^RS fork /gm)!.length).toBeGreaterThanOrEqual(1000);
  }, 600_000);
});

describe('the time limit counts CPU time', () => {
  it('a program waiting for input, or sleeping, outlives the limit; a spinning one does not', () => {
    const t = Terminal.interactive({ opts: 'limit=0.2' });
    expect(t.command('limit')).toBe('limit: 0.20 s\n');

    // cat blocks in read() for 2 virtual seconds, ten times its limit.
    const prompts = t.prompts();
    const start = t.console.length;
    t.type('cat\r');
    t.idle(2);
    t.type('late line\r');
    t.idle(0.2);
    t.type('\x04');
    expect(t.runUntil(() => t.prompts() > prompts, 2)).toBe(true);
    expect(t.console.slice(start)).toBe('cat\nlate line\nlate line\nringside$ ');

    // wc: two lines typed a second apart, then end of file.
    const before = t.prompts();
    const wcStart = t.console.length;
    t.type('wc\r');
    t.idle(1);
    t.type('one two\r');
    t.idle(1);
    t.type('three\r\x04');
    expect(t.runUntil(() => t.prompts() > before, 2)).toBe(true);
    expect(t.console.slice(wcStart)).toBe('wc\none two\nthree\n      2       3      14\nringside$ ');

    expect(t.command('nap 100')).toBe('');
    expect(t.command('nap 100 | cat | wc')).toBe('      0       0       0\n');
    expect(t.command('spin')).toMatch(/^\[program killed: time limit\]\n.*\n\[status 137\]\n$/);
  });
});
