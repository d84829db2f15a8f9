import { describe, it, expect } from 'vitest';
import { computeLayout, DETAIL_PANELS, type Rect } from '../../src/tui/layout.ts';
import { actionFor, guestBytes } from '../../src/tui/key-bindings.ts';

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

function checkLayout(cols: number, rows: number, detail = DETAIL_PANELS[0]) {
  const l = computeLayout(cols, rows, detail);
  const rects = [...Object.values(l.panels), l.status] as Rect[];
  for (const r of rects) {
    expect(r.left).toBeGreaterThanOrEqual(0);
    expect(r.top).toBeGreaterThanOrEqual(0);
    expect(r.left + r.width).toBeLessThanOrEqual(Math.max(20, cols));
    expect(r.top + r.height).toBeLessThanOrEqual(Math.max(8, rows));
  }
  for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) expect(overlaps(rects[i]!, rects[j]!)).toBe(false);
  return l;
}

describe('layout', () => {
  it('fits console, registers, one detail panel and the status line into 80x24', () => {
    const l = checkLayout(80, 24);
    expect(l.mode).toBe('compact');
    expect(Object.keys(l.panels).sort()).toEqual(['console', 'events', 'registers']);
    expect(l.status).toEqual({ left: 0, top: 23, width: 80, height: 1 });
  });

  it('puts the chosen detail panel in the compact slot', () => {
    for (const d of DETAIL_PANELS) {
      const l = checkLayout(80, 24, d);
      expect(l.panels[d]).toBeDefined();
    }
  });

  it('adds the disassembly beside the detail panel from 100 columns', () => {
    const l = checkLayout(100, 30);
    expect(l.mode).toBe('compact');
    expect(Object.keys(l.panels).sort()).toEqual(['console', 'disasm', 'events', 'registers']);
    const d = checkLayout(100, 30, 'disasm');
    expect(Object.keys(d.panels).sort()).toEqual(['console', 'disasm', 'registers', 'stack']);
  });

  it('gives the console 80 columns of text and the process list its own place from 120x32', () => {
    for (const [c, r] of [[120, 40], [120, 32], [159, 50]] as const) {
      const l = checkLayout(c, r);
      expect(l.mode).toBe('medium');
      expect(Object.keys(l.panels).sort()).toEqual(['console', 'disasm', 'events', 'locals', 'processes', 'registers']);
      // The C panel under the disassembly, as wide as the registers.
      expect(l.panels.locals!.width).toBe(l.panels.registers!.width);
      expect(l.panels.locals!.top).toBe(l.panels.disasm!.top + l.panels.disasm!.height);
      expect(l.panels.console!.width).toBeGreaterThanOrEqual(82);
      expect(l.panels.processes!.width).toBe(l.panels.console!.width);
    }
    // The digit keys choose the detail panel below the process list.
    const mem = checkLayout(120, 40, 'memory');
    expect(mem.panels.memory!.width).toBe(82);
    expect(Object.keys(checkLayout(120, 40, 'disasm').panels).sort()).toEqual(['console', 'disasm', 'locals', 'processes', 'registers', 'stack']);
    // The process list as the detail panel takes the detail slot, not two places.
    expect(Object.keys(checkLayout(120, 40, 'processes').panels).sort()).toEqual(['console', 'disasm', 'locals', 'processes', 'registers']);
    // Locals as the detail panel: the backtrace takes the C place on the right.
    expect(Object.keys(checkLayout(120, 40, 'locals').panels).sort()).toEqual(['backtrace', 'console', 'disasm', 'locals', 'processes', 'registers']);
    expect(Object.keys(checkLayout(120, 40, 'watch').panels).sort()).toEqual(['console', 'disasm', 'locals', 'processes', 'registers', 'watch']);
  });

  it('shows every panel at once from 160x40, growing with the terminal', () => {
    const l = checkLayout(160, 40);
    expect(l.mode).toBe('wide');
    expect(Object.keys(l.panels).length).toBe(9);
    expect(l.panels.tables).toBeDefined();
    // 8, 9 and 0 put a C panel where the tables were.
    for (const c of ['locals', 'watch', 'backtrace'] as const) {
      const w = checkLayout(160, 40, c);
      expect(w.panels.tables).toBeUndefined();
      expect(w.panels[c]).toEqual(l.panels.tables);
    }
    expect(l.panels.console!.width).toBeGreaterThanOrEqual(82);
    expect(l.panels.memory!.width).toBeGreaterThanOrEqual(44); // "start-end U RW pages -> phys" fits
    const big = checkLayout(250, 80);
    expect(big.panels.console!.width).toBeGreaterThan(l.panels.console!.width);
    expect(big.panels.console!.height).toBeGreaterThan(l.panels.console!.height);
  });

  it('does not fail on tiny or odd sizes', () => {
    for (const [c, r] of [[1, 1], [20, 8], [79, 23], [119, 60], [300, 35], [120, 31], [159, 39], [160, 39]] as const) checkLayout(c, r);
  });
});

describe('key bindings', () => {
  it('maps the debugger keys when the debugger has focus', () => {
    expect(actionFor('s', { name: 's' }, 'debugger')).toBe('step');
    expect(actionFor('n', { name: 'n' }, 'debugger')).toBe('next-line');
    expect(actionFor('N', { name: 'n', shift: true }, 'debugger')).toBe('step-over');
    expect(actionFor('i', { name: 'i' }, 'debugger')).toBe('step-line');
    expect(actionFor('F', { name: 'f', shift: true }, 'debugger')).toBe('finish');
    expect(actionFor('w', { name: 'w' }, 'debugger')).toBe('add-watch');
    expect(actionFor('W', { name: 'w', shift: true }, 'debugger')).toBe('remove-watch');
    expect(actionFor('h', { name: 'h' }, 'debugger')).toBe('watchpoint');
    expect(actionFor('u', { name: 'u' }, 'debugger')).toBe('frame-up');
    expect(actionFor('d', { name: 'd' }, 'debugger')).toBe('frame-down');
    expect(actionFor('S', { name: 's', shift: true }, 'debugger')).toBe('toggle-switches');
    expect(actionFor('8', { name: '8' }, 'debugger')).toEqual({ detail: 7 });
    expect(actionFor('0', { name: '0' }, 'debugger')).toEqual({ detail: 9 });
    expect(actionFor('c', { name: 'c' }, 'debugger')).toBe('continue');
    expect(actionFor(' ', { name: 'space' }, 'debugger')).toBe('toggle-run');
    expect(actionFor('b', { name: 'b' }, 'debugger')).toBe('breakpoint');
    expect(actionFor('?', { name: undefined }, 'debugger')).toBe('help');
    expect(actionFor('q', { name: 'q' }, 'debugger')).toBe('quit');
    expect(actionFor('\x03', { name: 'c', ctrl: true, full: 'C-c' }, 'debugger')).toBe('pause');
    expect(actionFor('R', { name: 'r', shift: true }, 'debugger')).toBe('restart');
    expect(actionFor('3', { name: '3' }, 'debugger')).toEqual({ detail: 2 });
  });

  it('sends letters to the guest while the console has focus, but not Tab or F-keys', () => {
    expect(actionFor('s', { name: 's' }, 'console')).toBeNull();
    expect(actionFor('q', { name: 'q' }, 'console')).toBeNull();
    expect(actionFor(undefined, { name: 'f7' }, 'console')).toBe('step');
    expect(actionFor(undefined, { name: 'f8' }, 'console')).toBe('step-over');
    expect(actionFor(undefined, { name: 'f5' }, 'console')).toBe('continue');
    expect(actionFor(undefined, { name: 'f9' }, 'console')).toBe('breakpoint');
    expect(actionFor('\t', { name: 'tab' }, 'console')).toBe('focus');
  });

  it('turns keys into COM1 bytes', () => {
    expect(guestBytes('\r', { name: 'enter' })).toEqual([13]);
    expect(guestBytes('\r', { name: 'return' })).toBeNull(); // blessed's duplicate of the same key
    expect(guestBytes('\x7f', { name: 'backspace' })).toEqual([0x7f]);
    expect(guestBytes('\x03', { name: 'c', ctrl: true })).toEqual([3]);
    expect(guestBytes('é', { name: undefined })).toBeNull();
    expect(guestBytes(undefined, { name: 'up' })).toBeNull();
  });
});

describe('help text', () => {
  it('fits inside the overlay on an 80-column terminal', async () => {
    const { HELP_LINES } = await import('../../src/tui/views/help-view.ts');
    const { stripTags } = await import('../../src/tui/format.ts');
    for (const line of HELP_LINES) expect(stripTags(line).length, line).toBeLessThanOrEqual(78);
    expect(HELP_LINES.length).toBeLessThanOrEqual(22); // 24 rows minus the border
  });
});
