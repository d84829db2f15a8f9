// `ringside bench` through the CLI's main(): the JSON document's shape and the text table.
import { describe, it, expect } from 'vitest';
import { main } from '../../src/cli.ts';

function capture() {
  let out = '';
  let err = '';
  return {
    io: { stdout: { write: (c: string | Uint8Array) => (out += String(c)) }, stderr: { write: (c: string | Uint8Array) => (err += String(c)) }, stdin: null },
    out: () => out,
    err: () => err,
  };
}

describe('ringside bench', () => {
  it('--json prints one object: benchmarks with name, instructions, seconds, mips; node; host', async () => {
    const c = capture();
    const code = await main(['bench', '--json', '--quick', '--runs', '1', '--only', 'syscalls'], c.io);
    expect(c.err()).toBe('');
    expect(code).toBe(0);
    const doc = JSON.parse(c.out());
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(['benchmarks', 'node', 'host']));
    expect(doc.node).toBe(process.version);
    expect(typeof doc.host.cpu).toBe('string');
    expect(doc.host.cpus).toBeGreaterThan(0);
    expect(doc.benchmarks).toHaveLength(1);
    const b = doc.benchmarks[0];
    expect(b.name).toBe('syscalls');
    for (const key of ['instructions', 'seconds', 'mips', 'syscalls', 'syscallsPerSecond']) expect(typeof b[key]).toBe('number');
  });

  it('prints a table with a row per workload', async () => {
    const c = capture();
    const code = await main(['bench', '--quick', '--runs', '1', '--only', 'memory'], c.io);
    expect(code).toBe(0);
    expect(c.out()).toMatch(/^memory +[\d,]+ +[\d.]+ +[\d.]+/m);
    expect(c.err()).toContain('memory: run 1/1');
  });

  it('an unknown workload is a one-line error', async () => {
    const c = capture();
    expect(await main(['bench', '--only', 'fft'], c.io)).toBe(1);
    expect(c.err()).toBe('ringside: no benchmark named "fft" (there are: compute, memory, syscalls)\n');
  });
});
