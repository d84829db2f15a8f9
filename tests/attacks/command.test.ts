import { describe, it, expect } from 'vitest';
import { main } from '../../src/cli.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: { write: (c: string | Uint8Array) => out.push(String(c)) }, stderr: { write: (c: string | Uint8Array) => err.push(String(c)) }, stdin: null },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

describe('ringside attacks', () => {
  it('--json --only kwrite: one contained attack, exit 0', async () => {
    const c = capture();
    expect(await main(['attacks', '--json', '--only', 'kwrite'], c.io)).toBe(0);
    const report = JSON.parse(c.out());
    expect(report.counts).toEqual({ contained: 1, escaped: 0, unexpected: 0 });
    expect(report.attacks[0]).toMatchObject({ name: 'kwrite', expected: 'killed: page fault (139)', observed: 'killed: page fault (139)', verdict: 'contained' });
    expect(c.err()).toContain('kwrite: contained');
  }, 60_000);

  it('--kernel-opts flat: the table shows the escape and the exit status says so', async () => {
    const c = capture();
    expect(await main(['attacks', '--kernel-opts', 'flat', '--only', 'kwrite'], c.io)).toBe(1);
    expect(c.out()).toContain('kernel options: flat');
    expect(c.out()).toMatch(/kwrite +killed: page fault \(139\) +ran to completion \(status 1\) +ESCAPED: kernel memory changed/);
    expect(c.out()).toContain('1 attacks: 0 contained, 1 ESCAPED, 0 unexpected');
  }, 60_000);

  it('an unknown attack is a readable error', async () => {
    const c = capture();
    expect(await main(['attacks', '--only', 'no-such-attack'], c.io)).toBe(1);
    expect(c.err()).toMatch(/^ringside: no such attack: no-such-attack \(the gallery has: /);
  }, 60_000);

  it('kernel options that would change the batch are refused', async () => {
    const c = capture();
    expect(await main(['attacks', '--kernel-opts', 'flat -- halt', '--only', 'kwrite'], c.io)).toBe(1);
    expect(c.err()).toMatch(/kernel options may not contain "--"/);
  }, 60_000);
});
