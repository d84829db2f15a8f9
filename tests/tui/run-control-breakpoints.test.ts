// The TUI's run control stops at breakpoints through the CPU's breakpoint set:
// exactly before the instruction, at the same instruction count with compiled
// blocks and without, and a continue from a breakpoint runs its instruction.
import { describe, it, expect, beforeAll, vi } from 'vitest';
import { buildBundle, type Bundle } from '../../src/build/bundle.ts';
import { TuiSession } from '../../src/tui/session.ts';
import { RunControl } from '../../src/tui/run-control.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let bundle: Bundle;
beforeAll(() => {
  bundle = buildBundle();
});

/** A session with `spin` running in ring 3 (its loop: mov eax,[ebp-4]; add eax,1; mov [ebp-4],eax; jmp). */
function spinning(jit: boolean): { s: TuiSession; c: RunControl } {
  const s = new TuiSession({ bundle, cmdline: 'limit=0 -- run spin' });
  s.machine.cpu.blocks.enabled = jit;
  for (let i = 0; i < 2000 && s.runningProgram !== 'spin'; i++) s.machine.runSlice(50_000);
  expect(s.runningProgram).toBe('spin');
  return { s, c: new RunControl(s) };
}

function runUntilPaused(c: RunControl): void {
  for (let i = 0; i < 400 && c.running; i++) c.runFrame(20);
  expect(c.running).toBe(false);
}

describe('RunControl breakpoints', () => {
  it('stop before the instruction, once per pass of a compiled loop, the same with blocks on and off', () => {
    const counts: number[][] = [];
    for (const jit of [true, false]) {
      const { s, c } = spinning(jit);
      const cpu = s.machine.cpu;
      const store = c.parseLocation('spin:main') + 0x14; // mov [ebp-4], eax: in the middle of the loop
      c.addBreakpoint('0x' + store.toString(16));
      const seen: number[] = [];
      let eax = -1;
      for (let hit = 0; hit < 3; hit++) {
        c.continue();
        runUntilPaused(c);
        expect(c.message).toMatch(new RegExp(`^breakpoint at 0x0*${store.toString(16)}\\b`));
        expect(cpu.eip >>> 0).toBe(store);
        // The store has not run: the next pass starts from the value this one computes.
        if (eax >= 0) expect(cpu.regs[0]).toBe(eax + 1);
        eax = cpu.regs[0]!;
        seen.push(cpu.instructionCount);
      }
      if (jit) expect(cpu.blocks.blockRuns).toBeGreaterThan(0);
      counts.push(seen);
    }
    expect(counts[0]).toEqual(counts[1]);
  });

  it('leave the machine at full speed between hits, and a removed one no longer stops it', () => {
    const { s, c } = spinning(true);
    const addr = c.addBreakpoint('0x' + (c.parseLocation('spin:main') + 0x14).toString(16));
    c.continue();
    runUntilPaused(c);
    c.toggleBreakpoint(addr);
    c.continue();
    const ran = c.runFrame(50);
    expect(c.running).toBe(true);
    expect(ran).toBeGreaterThan(1000);
    expect(s.machine.cpu.breakpoints.count).toBe(0);
  });
});
