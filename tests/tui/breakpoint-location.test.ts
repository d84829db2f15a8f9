import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { buildBundle, type Bundle } from '../../src/build/bundle.ts';
import { TuiSession } from '../../src/tui/session.ts';
import { RunControl, BreakpointError } from '../../src/tui/run-control.ts';
import { startTui, closeTui, press, runFramesUntil, statusLine, atPrompt, type Harness } from './tui-helpers.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

describe('a breakpoint on a program symbol while no program runs', () => {
  let bundle: Bundle;
  beforeAll(() => {
    bundle = buildBundle();
  });

  it('asks which program when several have the name and none has run', () => {
    const c = new RunControl(new TuiSession({ bundle }));
    expect(() => c.locate('main')).toThrow(BreakpointError);
    expect(() => c.locate('main')).toThrow(/^no program runs and \d+ have "main": say which, e\.g\. \w+:main$/);
  });

  it('says which program it picked: the last one run, or the only one with the name', () => {
    const s = new TuiSession({ bundle });
    const c = new RunControl(s);
    const only = c.locate('depth');
    expect(only).toEqual({ addr: s.symbols.resolve('stack:depth'), note: 'stack:depth, the only program with it' });
    // hello ran and exited; sh is back on the CPU at the prompt, then blocks reading.
    s.lastUserProgram = 'hello';
    s.symbols.currentProgram = 'sh';
    s.runningProgram = 'sh';
    expect(c.locate('main')).toEqual({ addr: s.symbols.resolve('hello:main'), note: 'hello:main, the last one run; none runs now' });
  });

  it('needs no note for the running program, the kernel or an explicit program', () => {
    const s = new TuiSession({ bundle });
    const c = new RunControl(s);
    s.runningProgram = 'kwrite';
    s.symbols.currentProgram = 'kwrite';
    expect(c.locate('main')).toEqual({ addr: s.symbols.resolve('kwrite:main'), note: null });
    expect(c.locate('proc_execv').note).toBeNull();
    expect(c.locate('hello:main').note).toBeNull();
  });
});

describe('b main in the UI after a program exited', () => {
  let h: Harness;
  beforeAll(() => {
    h = startTui({ cols: 80, rows: 24 });
    runFramesUntil(h, () => atPrompt(h));
  }, 120_000);
  afterAll(() => closeTui(h));

  it('says in the status line which program main was taken from', async () => {
    await press(h, '\t');
    await press(h, 'b');
    await press(h, 'main\r');
    expect(statusLine(h)).toMatch(/no program runs and \d+ have "main": say which/);
    await press(h, '\t');
    await press(h, 'run hello\r');
    runFramesUntil(h, () => h.session.terminal.text().includes('Hello from ring 3!') && atPrompt(h));
    await press(h, '\t');
    await press(h, 'b');
    await press(h, 'main\r');
    expect(statusLine(h)).toMatch(/breakpoint set at 0x4[0-9a-f]{7} \(hello:main, the last one run; none runs now\)/);
  });
});
