// Every page and every process slot comes back: after 1000 fork/exec/exit
// cycles of the shell — programs that exit, that grow their heap, and that
// are killed for a fault or a bad syscall pointer — `mem` reports exactly as
// many free pages as right after boot, and `ps` shows only init, sh and ps.
import { describe, it, expect } from 'vitest';
import { bundledModules, replyTo, shellSession } from './shell-session.ts';
import { freePages } from '../../src/attacks/batch.ts';

const PROGRAMS = ['hello', 'kwrite', 'heap', 'badptr', 'divzero'];
const RUNS = 1000;

describe('no page leaks over 1000 runs', () => {
  it(`mem after ${RUNS} runs of ${PROGRAMS.join(', ')} shows the free count of a fresh boot`, () => {
    const runs = Array.from({ length: RUNS }, (_, i) => `run ${PROGRAMS[i % PROGRAMS.length]}\r`);
    const s = shellSession(bundledModules([...PROGRAMS, 'ps']), '', ['mem\r', ...runs, 'mem\r', 'ps\r', 'halt\r'], 30);
    expect(s.exitValue).toBe(0);
    const programRuns = s.trace.match(/^RS run pid=\d+ name=(\w+) /gm)!.filter((l) => PROGRAMS.some((p) => l.includes(` name=${p} `)));
    expect(programRuns.length).toBe(RUNS);
    expect(s.trace.match(/^RS kill /gm)?.length).toBe((RUNS / PROGRAMS.length) * 3);
    const before = freePages(replyTo(s, 0));
    const after = freePages(replyTo(s, RUNS + 1));
    expect(before).toBeGreaterThan(1000);
    expect(after).toBe(before);
    const table = replyTo(s, RUNS + 2).trim().split('\n').slice(1).map((l) => l.trim().split(/\s+/));
    expect(table.map((row) => [row[0], row[1], row.at(-1)])).toEqual([['1', '0', 'init'], ['2', '1', 'sh'], [String(RUNS + 3), '2', 'ps']]);
  }, 300_000);
});
