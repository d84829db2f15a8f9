import { describe, it, expect } from 'vitest';
import { main } from '../../src/cli.ts';
import { benchmarkTui, formatBench } from '../../src/tui/bench.ts';

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: { write: (c) => (stdout += String(c)) }, stderr: { write: (c) => (stderr += String(c)) }, stdin: null });
  return { code, stdout, stderr };
}

describe('ringside tui', () => {
  it('refuses to start without a terminal, with a readable message', async () => {
    const r = await cli(['tui']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^ringside: the TUI needs a terminal/);
  });

  it('reports a bad program file before opening the screen', async () => {
    const r = await cli(['tui', '/nonexistent/x.c']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot read /nonexistent/x.c');
  });

  it('checks --fps', async () => {
    const r = await cli(['tui', '--fps', '0']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--fps must be between 1 and 60/);
  });

  it('benchmarks the UI against the headless machine', async () => {
    const r = await benchmarkTui({ seconds: 1, cols: 80, rows: 24 });
    expect(r.framesPerSecond).toBeGreaterThan(2);
    expect(r.tuiMips).toBeGreaterThan(0);
    expect(r.headlessMips).toBeGreaterThan(0);
    expect(r.ratio).toBeCloseTo(r.tuiMips / r.headlessMips, 6);
    expect(formatBench(r)).toMatch(/frames\/s: +\d+\.\d\n.*guest MIPS \(tui\)/s);
  }, 60_000);
});
