import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { startTui, closeTui, press, runFramesUntil, statusLine, panel, panelTitle, atPrompt, type Harness } from './tui-helpers.ts';
import type { PanelId } from '../../src/tui/layout.ts';

// These tests boot the real kernel and run it in wall-clock frames: allow for a loaded machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const PROGRAM = 'tests/debug/programs/frames.c';

/** Makes `id` visible: at 80x24 through its digit key; at 120x40 locals has its own place. */
async function show(h: Harness, id: PanelId): Promise<string[]> {
  if (!h.app.layout.panels[id]) await press(h, { locals: '8', watch: '9', backtrace: '0' }[id as 'locals']);
  return panel(h, id).map((l) => l.trimEnd());
}

const stopped = (h: Harness) => () => !h.app.control.running;

describe.each([[80, 24], [120, 40]])('the C panels at %ix%i', (cols, rows) => {
  let h: Harness;
  beforeAll(async () => {
    h = startTui({ cols, rows, files: [PROGRAM] });
    runFramesUntil(h, () => atPrompt(h));
    await press(h, '\t'); // the debugger's keys
    await press(h, 'n'); // refused while running
    expect(statusLine(h)).toContain('pause first (space): next goes from where the guest stopped');
    await press(h, 'bdepth2\r');
    expect(statusLine(h)).toContain('breakpoint set at 0x4000');
    expect(statusLine(h)).toContain('frames:depth2, the only program with it');
    await press(h, '\t');
    await press(h, 'run frames\r');
    runFramesUntil(h, stopped(h));
    await press(h, '\t');
  }, 120_000);
  afterAll(() => closeTui(h));

  it('stops at the breakpoint, then n steps by source line', async () => {
    expect(statusLine(h)).toMatch(/breakpoint at 0x4000[0-9a-f]{4} <depth2>/);
    await press(h, 'n');
    runFramesUntil(h, stopped(h));
    expect(statusLine(h)).toContain('line 29: depth2 at tests/debug/programs/frames.c:29');
    await press(h, 'n');
    runFramesUntil(h, stopped(h));
    expect(statusLine(h)).toContain('line 30: depth2');
  });

  it('shows the locals of the current function with typed values', async () => {
    const locals = await show(h, 'locals');
    expect(locals[0]).toBe('#0 depth2 at frames.c:30');
    expect(locals[1]).toMatch(/^p = 0x403f[0-9a-f]{4}$/);
    expect(locals[2]).toBe('scale = 3');
    expect(locals[3]).toBe('sum = 7');
    expect(panelTitle(h, 'locals')).toContain(' locals ');
  });

  it('adds watch expressions with w and shows errors per line', async () => {
    await press(h, 'w*p\r');
    expect(statusLine(h)).toContain('watch 1: *p');
    await press(h, 'wtotal\r');
    await press(h, 'wsquares[2] + p->y\r');
    await press(h, 'wnosuch->x\r');
    let watch = await show(h, 'watch');
    expect(watch[0]).toBe("1: *p = {x = 3, y = 4, tag = 99 'c'}");
    expect(watch[1]).toBe('2: total = 0');
    expect(watch[2]).toBe('3: squares[2] + p->y = 8');
    expect(watch[3]).toBe('4: nosuch->x = <no variable named nosuch here>');
    expect(panelTitle(h, 'watch')).toContain(' watch (4) ');
    // Re-evaluated at the next stop.
    await press(h, 'n');
    runFramesUntil(h, stopped(h));
    watch = await show(h, 'watch');
    expect(watch[1]).toBe('2: total = 21');
    // W removes one (empty: the last).
    await press(h, 'W\r');
    expect(statusLine(h)).toContain('watch 4 (nosuch->x) removed');
    watch = await show(h, 'watch');
    expect(watch.slice(0, 3).map((l) => l.split(' =')[0])).toEqual(['1: *p', '2: total', '3: squares[2] + p->y']);
    expect(watch.join('\n')).not.toContain('nosuch');
  });

  it('shows the backtrace, and u / d select the frame the locals show', async () => {
    const bt = await show(h, 'backtrace');
    expect(bt[0]).toMatch(/^>#0 (0x4000[0-9a-f]{4} in )?depth2 (at )?frames\.c:31$/);
    expect(bt[1]).toMatch(/^ #1 (0x4000[0-9a-f]{4} in )?depth1 (at )?frames\.c:44$/);
    expect(bt[2]).toMatch(/^ #2 (0x4000[0-9a-f]{4} in )?main (at )?frames\.c:49$/);
    expect(bt[3]).toMatch(/^ #3 (0x4000[0-9a-f]{4} in )?_start\+0x[0-9a-f]+/);
    await press(h, 'u');
    expect(statusLine(h)).toContain('frame #1: depth1 at tests/debug/programs/frames.c:44');
    expect((await show(h, 'backtrace'))[1]).toMatch(/^>#1 /);
    const locals = await show(h, 'locals');
    expect(locals[0]).toBe('#1 depth1 at frames.c:44');
    expect(locals).toContain('n = 3');
    expect(locals).toContain("pt = {x = 3, y = 4, tag = 99 'c'}");
    expect(locals).toContain('arr = {10, 20, 30}');
    await press(h, 'd');
    expect((await show(h, 'locals'))[0]).toBe('#0 depth2 at frames.c:31');
    await press(h, 'd');
    expect(statusLine(h)).toContain('already in the innermost frame');
  });

  it('stops on a write watchpoint (DR0) with the old and new values', async () => {
    await press(h, 'htotal\r');
    expect(statusLine(h)).toMatch(/watchpoint DR0: stop when total \(0x4000[0-9a-f]{4}, 4 bytes\) changes/);
    if (cols >= 120) expect(statusLine(h)).toContain('wp 1'); // 80 columns: the message fills the line
    expect(h.app.control.watchpoints.count).toBe(1);
    await press(h, 'c');
    runFramesUntil(h, stopped(h));
    expect(statusLine(h)).toContain('watchpoint DR0: total changed 21 -> 23 in depth3 at frames.c:23');
    expect((await show(h, 'watch')).join('\n')).toMatch(/DR0: write total \(0x4000[0-9a-f]{4}, 4 bytes\) = 23/);
    await press(h, 'htotal\r');
    expect(statusLine(h)).toContain('watchpoint DR0 on total removed');
  });

  it('runs to the syscall: the backtrace crosses the trap into the user frames; F finishes a user frame', async () => {
    await press(h, 'y');
    runFramesUntil(h, stopped(h));
    const bt = await show(h, 'backtrace');
    expect(bt[0]).toMatch(/^>#0 .*trap_stub_128/);
    expect(bt[1]).toMatch(/^ --- trap entry from ring 3/);
    expect(bt[2]).toMatch(/^ #1 .*__sys_printf\+0x[0-9a-f]+/);
    expect(bt[3]).toMatch(/^ #2 .*depth3 .*frames\.c:23$/);
    // Finish depth3 from inside the kernel: the syscall completes and depth3 returns.
    await press(h, 'uu');
    await press(h, 'F');
    runFramesUntil(h, stopped(h));
    expect(statusLine(h)).toContain('depth3 returned 23');
    expect((await show(h, 'locals'))[0]).toBe('#0 depth2 at frames.c:31');
    expect(h.session.terminal.text()).toContain('total 23');
  });

  it('steps out of main into crt0, where n says there are no lines', async () => {
    await press(h, 'F');
    runFramesUntil(h, stopped(h));
    expect(statusLine(h)).toContain('depth2 returned 23');
    const seen: string[] = [];
    for (let i = 0; i < 8 && !statusLine(h).includes('no line information'); i++) {
      await press(h, 'n');
      runFramesUntil(h, stopped(h));
      seen.push(statusLine(h));
    }
    expect(seen.some((l) => l.includes('returned to main at tests/debug/programs/frames.c:50'))).toBe(true);
    expect(statusLine(h)).toMatch(/stepped out to 0x4000[0-9a-f]{4} <_start> \(no line/);
    await press(h, 'n');
    expect(statusLine(h)).toMatch(/PAUSE no source line at 0x4000[0-9a-f]{4}: step instructions with s \/ N/);
    expect((await show(h, 'locals'))[1]).toMatch(/^no C function here \(assembly, or no/); // clipped at 120x40
  });
});
