// Every page comes back: after 1000 runs — programs that exit, that grow their
// heap, and that are killed for a fault or a bad syscall pointer — the shell's
// `mem` reports exactly as many free pages as right after boot.
import { describe, it, expect } from 'vitest';
import { bundledModules, replyTo, shellSession } from './shell-session.ts';
import { freePages } from '../../src/attacks/batch.ts';

const PROGRAMS = ['hello', 'kwrite', 'heap', 'badptr', 'divzero'];
const RUNS = 1000;

describe('no page leaks over 1000 runs', () => {
  it(`mem after ${RUNS} runs of ${PROGRAMS.join(', ')} shows the free count of a fresh boot`, () => {
    const runs = Array.from({ length: RUNS }, (_, i) => `run ${PROGRAMS[i % PROGRAMS.length]}\r`);
    const s = shellSession(bundledModules(PROGRAMS), '', ['mem\r', ...runs, 'mem\r', 'halt\r'], 30);
    expect(s.exitValue).toBe(0);
    expect(s.trace.match(/^RS run /gm)?.length).toBe(RUNS);
    expect(s.trace.match(/^RS kill /gm)?.length).toBe((RUNS / PROGRAMS.length) * 3);
    const before = freePages(replyTo(s, 0));
    const after = freePages(replyTo(s, RUNS + 1));
    expect(before).toBeGreaterThan(1000);
    expect(after).toBe(before);
  }, 300_000);
});
