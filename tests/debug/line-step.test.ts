import { describe, it, expect, beforeAll } from 'vitest';
import { bootGuestProgram, type GuestProgram } from './guest-program.ts';
import { backtrace, targetFromCpu, type CodeFrame } from '../../src/debug/unwind.ts';
import { NextLine, Finish, StepError, type Stepper } from '../../src/debug/line-step.ts';

const FILE = 'tests/debug/programs/frames.c';

describe('source-level next and finish on the guest', { timeout: 60_000 }, () => {
  let g: GuestProgram;
  beforeAll(() => {
    g = bootGuestProgram(FILE, 'frames');
  }, 120_000);

  /** Runs instruction by instruction until the stepper says stop; returns its message. */
  const drive = (s: Stepper): string => {
    for (let i = 0; i < 2_000_000; i++) {
      const why = s.check(g.machine.cpu);
      if (why !== null) return why;
      g.machine.runSlice(1);
    }
    throw new Error('the step did not end');
  };
  const here = () => {
    const pc = g.machine.cpu.eip >>> 0;
    const info = g.source.infoFor(pc)!;
    return `${info.functionAt(pc)?.name}:${info.lineAt(pc)?.line}`;
  };
  const next = () => drive(new NextLine(g.machine.cpu, g.source));

  it('next goes line by line through a function', () => {
    g.runTo(g.lineAddress(38)); // pt.x = n;
    expect(here()).toBe('depth1:38');
    expect(next()).toMatch(/^line 39: depth1 at tests\/debug\/programs\/frames\.c:39$/);
    expect(here()).toBe('depth1:39');
    for (const line of [40, 41, 42, 43, 44]) {
      next();
      expect(here()).toBe(`depth1:${line}`);
    }
  });

  it('next steps over calls (and the system call inside them), then out to the caller', () => {
    expect(next()).toMatch(/^returned to main at tests\/debug\/programs\/frames\.c:50$/); // depth2(...) ran whole
    expect(here()).toBe('main:50');
    expect(g.machine.cpu.cpl).toBe(3);
  });

  it('step follows a call into C code, and steps over one without lines', () => {
    g.reboot();
    g.runTo(g.lineAddress(31)); // return depth3(&total, p->tag);
    const step = () => drive(new NextLine(g.machine.cpu, g.source, true));
    expect(step()).toMatch(/^line 21: depth3 at tests\/debug\/programs\/frames\.c:21$/); // int before = *slot;
    expect(here()).toBe('depth3:21');
    expect(step()).toMatch(/^line 22: depth3/);
    expect(step()).toMatch(/^line 23: depth3/);
    expect(step()).toMatch(/^line 24: depth3/); // printf: a syscall wrapper in assembly, stepped over
    expect(g.machine.cpu.cpl).toBe(3);
    // cc gives a function's closing brace no row: depth2 and depth1 return mid-line, main's next line stops.
    expect(step()).toMatch(/^returned to main at tests\/debug\/programs\/frames\.c:50$/);
  });

  it('finish runs until the frame returns, with the return value', () => {
    g.reboot();
    g.runTo(g.lineAddress(22)); // *slot = before + mark - 'a';
    const frame0 = backtrace(targetFromCpu(g.machine.cpu), g.source)[0] as CodeFrame;
    expect(drive(new Finish(g.machine.cpu, frame0))).toBe('depth3 returned 23');
    expect(here()).toBe('depth2:31'); // mid-line: the call's result is not stored yet
    // finish from an outer frame: depth1 returns 23 to main.
    const bt = backtrace(targetFromCpu(g.machine.cpu), g.source) as CodeFrame[];
    expect(bt[1]!.name).toBe('depth1');
    expect(drive(new Finish(g.machine.cpu, bt[1]!))).toBe('depth1 returned 23');
    expect(here()).toBe('main:49');
  });

  it('next and finish work in the kernel too, and finish returns into the user frame', () => {
    g.reboot();
    g.runTo(g.bodyOf(g.kernel, 'sys_printf'));
    expect(here()).toBe('sys_printf:117'); // const char *format = (const char *)args[0];
    const lines: string[] = [];
    for (let i = 0; i < 4; i++) {
      next();
      lines.push(here());
    }
    // Line 118 (int n;) has no code; the call to user_require_str on 119 is stepped over.
    expect(lines).toEqual(['sys_printf:119', 'sys_printf:120', 'sys_printf:121', 'sys_printf:122']);
    expect(g.machine.cpu.cpl).toBe(0);
    const bt = backtrace(targetFromCpu(g.machine.cpu), g.source);
    const d3 = bt.find((f): f is CodeFrame => f.kind === 'code' && f.name === 'depth3')!;
    expect(drive(new Finish(g.machine.cpu, d3))).toBe('depth3 returned 23');
    expect(g.machine.cpu.cpl).toBe(3);
    expect(here()).toBe('depth2:31');
  });

  it('refuses to step by lines where there are none', () => {
    g.reboot();
    g.runTo(g.user.symbol('_start')!.address); // crt0: assembly (the first program to run it: init)
    expect(() => new NextLine(g.machine.cpu, g.source)).toThrow(StepError);
    expect(() => new NextLine(g.machine.cpu, g.source)).toThrow(/no source line at 0x40000000: step instructions/);
  });
});

describe('debug info from a damaged image', () => {
  it('keeps the symbols and says why the DWARF is missing', async () => {
    const { buildExecutable } = await import('../../cc/driver.ts');
    const { readElf } = await import('../../src/isa/elf-read.ts');
    const { DebugInfo } = await import('../../src/debug/debug-info.ts');
    const elf = readElf(buildExecutable([FILE], { kind: 'user' }).elf);
    const info = elf.sections.find((s) => s.name === '.debug_info')!;
    const cut = { ...elf, sections: elf.sections.map((s) => (s === info ? { ...s, data: s.data.subarray(0, 30) } : s)) };
    const d = new DebugInfo(cut);
    expect(d.hasDwarf).toBe(false);
    expect(d.dwarfError).toMatch(/truncated|runs past/);
    expect(d.functions).toEqual([]);
    expect(d.symbol('depth2')?.address).toBe(elf.symbols.find((s) => s.name === 'depth2')!.value);
  });
});
