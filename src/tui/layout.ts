// Where each panel goes for a terminal size. At 80x24 (compact) the console,
// the registers and one "detail" panel chosen with the digit keys share the
// screen; from 120x36 (wide) every panel has its own place. Sizes include borders.

export type PanelId = 'console' | 'registers' | 'segments' | 'disasm' | 'stack' | 'memory' | 'tables' | 'events';

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Layout {
  mode: 'compact' | 'wide';
  panels: Partial<Record<PanelId, Rect>>;
  /** The one-line status bar at the bottom. */
  status: Rect;
}

/** The panels the compact layout's detail slot cycles through, in digit-key order (1..6). */
export const DETAIL_PANELS: readonly PanelId[] = ['events', 'disasm', 'stack', 'segments', 'memory', 'tables'];

export const WIDE_MIN_COLS = 120;
export const WIDE_MIN_ROWS = 36;
/** From this width the compact layout shows a second panel beside the detail panel. */
export const SPLIT_MIN_COLS = 100;
const REGISTERS_WIDTH = 31; // 29 columns of text: two registers a line
const REGISTERS_HEIGHT = 13;

/** The layout for a `cols` x `rows` terminal; `detail` is the compact layout's chosen panel. */
export function computeLayout(cols: number, rows: number, detail: PanelId = 'events'): Layout {
  const c = Math.max(20, Math.floor(cols));
  const r = Math.max(8, Math.floor(rows));
  const status = { left: 0, top: r - 1, width: c, height: 1 };
  const avail = r - 1;
  if (c >= WIDE_MIN_COLS && r >= WIDE_MIN_ROWS) return { mode: 'wide', panels: wide(c, avail), status };
  const panels: Layout['panels'] = {};
  // Top: console beside the registers; bottom: the detail panel across the width.
  const regWidth = Math.min(REGISTERS_WIDTH, Math.floor(c / 2));
  const topHeight = Math.max(Math.min(REGISTERS_HEIGHT, avail - 4), Math.floor(avail * 0.55));
  panels.console = { left: 0, top: 0, width: c - regWidth, height: topHeight };
  panels.registers = { left: c - regWidth, top: 0, width: regWidth, height: topHeight };
  const detailPanel = detail === 'console' || detail === 'registers' ? 'events' : detail;
  const bottom = avail - topHeight;
  if (bottom >= 3) {
    if (c >= SPLIT_MIN_COLS) {
      // Wide enough for a second panel beside the chosen one: the disassembly (or the stack).
      const second: PanelId = detailPanel === 'disasm' ? 'stack' : 'disasm';
      const secondWidth = Math.min(56, Math.floor(c * 0.45));
      panels[detailPanel] = { left: 0, top: topHeight, width: c - secondWidth, height: bottom };
      panels[second] = { left: c - secondWidth, top: topHeight, width: secondWidth, height: bottom };
    } else {
      panels[detailPanel] = { left: 0, top: topHeight, width: c, height: bottom };
    }
  }
  return { mode: 'compact', panels, status };
}

function wide(c: number, avail: number): Layout['panels'] {
  const leftW = Math.floor(c * 0.42);
  const midW = 34;
  const rightW = c - leftW - midW;
  const consoleH = Math.floor(avail * 0.55);
  const regH = REGISTERS_HEIGHT;
  const segH = 13;
  const disasmH = Math.floor(avail * 0.42);
  const memH = Math.floor(avail * 0.33);
  return {
    console: { left: 0, top: 0, width: leftW, height: consoleH },
    events: { left: 0, top: consoleH, width: leftW, height: avail - consoleH },
    registers: { left: leftW, top: 0, width: midW, height: regH },
    segments: { left: leftW, top: regH, width: midW, height: segH },
    stack: { left: leftW, top: regH + segH, width: midW, height: Math.max(3, avail - regH - segH) },
    disasm: { left: leftW + midW, top: 0, width: rightW, height: disasmH },
    memory: { left: leftW + midW, top: disasmH, width: rightW, height: memH },
    tables: { left: leftW + midW, top: disasmH + memH, width: rightW, height: avail - disasmH - memH },
  };
}
