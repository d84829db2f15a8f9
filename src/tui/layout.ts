// Where each panel goes for a terminal size. Sizes include borders.
// - compact (below 120x32): the console and the registers share the top, one
//   "detail" panel chosen with the digit keys fills the bottom (from 100
//   columns with the disassembly, or the stack, beside it);
// - medium (from 120x32): an 80-column console (the guest's shell prints
//   75-column lines, e.g. `mem`), the process list and the detail panel on the
//   left; the registers and the disassembly on the right;
//   the C panel (locals, or the backtrace when locals is the detail panel)
//   sits under the disassembly;
// - wide (from 160x40): every panel has its own place; the C panels share
//   the descriptor tables' place (8, 9, 0 choose one there, 6 the tables).

export type PanelId = 'console' | 'registers' | 'segments' | 'disasm' | 'stack' | 'memory' | 'tables' | 'events' | 'processes' | 'locals' | 'watch' | 'backtrace';

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Layout {
  mode: 'compact' | 'medium' | 'wide';
  panels: Partial<Record<PanelId, Rect>>;
  /** The one-line status bar at the bottom. */
  status: Rect;
}

/** The panels the detail slot cycles through, in digit-key order (1..9, then 0). */
export const DETAIL_PANELS: readonly PanelId[] = ['events', 'disasm', 'stack', 'segments', 'memory', 'tables', 'processes', 'locals', 'watch', 'backtrace'];
/** The C panels: from the DWARF of the code at EIP. */
export const C_PANELS: readonly PanelId[] = ['locals', 'watch', 'backtrace'];

export const MEDIUM_MIN_COLS = 120;
export const MEDIUM_MIN_ROWS = 32;
export const WIDE_MIN_COLS = 160;
export const WIDE_MIN_ROWS = 40;
/** From this width the compact layout shows a second panel beside the detail panel. */
export const SPLIT_MIN_COLS = 100;
/** A console this wide shows 80 columns of guest text. */
const CONSOLE_WIDTH = 82;
const REGISTERS_WIDTH = 31; // 29 columns of text: two registers a line
const REGISTERS_HEIGHT = 13;
/** The process list: a header and five processes. */
const PROCESSES_HEIGHT = 8;

/** The layout for a `cols` x `rows` terminal; `detail` is the chosen detail panel (compact and medium). */
export function computeLayout(cols: number, rows: number, detail: PanelId = 'events'): Layout {
  const c = Math.max(20, Math.floor(cols));
  const r = Math.max(8, Math.floor(rows));
  const status = { left: 0, top: r - 1, width: c, height: 1 };
  const avail = r - 1;
  const chosen = detail === 'console' || detail === 'registers' ? 'events' : detail;
  if (c >= WIDE_MIN_COLS && r >= WIDE_MIN_ROWS) return { mode: 'wide', panels: wide(c, avail, chosen), status };
  if (c >= MEDIUM_MIN_COLS && r >= MEDIUM_MIN_ROWS) return { mode: 'medium', panels: medium(c, avail, chosen), status };
  return { mode: 'compact', panels: compact(c, avail, chosen), status };
}

function compact(c: number, avail: number, detail: PanelId): Layout['panels'] {
  const panels: Layout['panels'] = {};
  // Top: console beside the registers; bottom: the detail panel across the width.
  const regWidth = Math.min(REGISTERS_WIDTH, Math.floor(c / 2));
  const topHeight = Math.max(Math.min(REGISTERS_HEIGHT, avail - 4), Math.floor(avail * 0.55));
  panels.console = { left: 0, top: 0, width: c - regWidth, height: topHeight };
  panels.registers = { left: c - regWidth, top: 0, width: regWidth, height: topHeight };
  const bottom = avail - topHeight;
  if (bottom >= 3) {
    if (c >= SPLIT_MIN_COLS) {
      // Wide enough for a second panel beside the chosen one: the disassembly (or the stack).
      const second: PanelId = detail === 'disasm' ? 'stack' : 'disasm';
      const secondWidth = Math.min(56, Math.floor(c * 0.45));
      panels[detail] = { left: 0, top: topHeight, width: c - secondWidth, height: bottom };
      panels[second] = { left: c - secondWidth, top: topHeight, width: secondWidth, height: bottom };
    } else {
      panels[detail] = { left: 0, top: topHeight, width: c, height: bottom };
    }
  }
  return panels;
}

function medium(c: number, avail: number, detail: PanelId): Layout['panels'] {
  const rightW = Math.max(c - Math.max(CONSOLE_WIDTH, Math.floor(c * 0.68)), REGISTERS_WIDTH);
  const leftW = c - rightW;
  const panels: Layout['panels'] = {};
  // The process list has its own place unless it is the detail panel itself.
  const procH = detail === 'processes' ? 0 : PROCESSES_HEIGHT;
  const consoleH = Math.floor((avail - procH) * 0.55);
  panels.console = { left: 0, top: 0, width: leftW, height: consoleH };
  if (procH) panels.processes = { left: 0, top: consoleH, width: leftW, height: procH };
  panels[detail] = { left: 0, top: consoleH + procH, width: leftW, height: avail - consoleH - procH };
  panels.registers = { left: leftW, top: 0, width: rightW, height: REGISTERS_HEIGHT };
  // Under the registers: the disassembly (or the stack), then a C panel.
  const rest = avail - REGISTERS_HEIGHT;
  const codeH = Math.ceil(rest / 2);
  panels[detail === 'disasm' ? 'stack' : 'disasm'] = { left: leftW, top: REGISTERS_HEIGHT, width: rightW, height: codeH };
  panels[detail === 'locals' ? 'backtrace' : 'locals'] = { left: leftW, top: REGISTERS_HEIGHT + codeH, width: rightW, height: rest - codeH };
  return panels;
}

function wide(c: number, avail: number, detail: PanelId): Layout['panels'] {
  const leftW = Math.max(CONSOLE_WIDTH, Math.floor(c * 0.42));
  const midW = 34;
  const rightW = c - leftW - midW;
  const consoleH = Math.floor((avail - PROCESSES_HEIGHT) * 0.55);
  const regH = REGISTERS_HEIGHT;
  const segH = 13;
  const disasmH = Math.floor(avail * 0.42);
  const memH = Math.floor(avail * 0.33);
  const bottomRight: PanelId = C_PANELS.includes(detail) ? detail : 'tables';
  return {
    console: { left: 0, top: 0, width: leftW, height: consoleH },
    processes: { left: 0, top: consoleH, width: leftW, height: PROCESSES_HEIGHT },
    events: { left: 0, top: consoleH + PROCESSES_HEIGHT, width: leftW, height: avail - consoleH - PROCESSES_HEIGHT },
    registers: { left: leftW, top: 0, width: midW, height: regH },
    segments: { left: leftW, top: regH, width: midW, height: segH },
    stack: { left: leftW, top: regH + segH, width: midW, height: Math.max(3, avail - regH - segH) },
    disasm: { left: leftW + midW, top: 0, width: rightW, height: disasmH },
    memory: { left: leftW + midW, top: disasmH, width: rightW, height: memH },
    [bottomRight]: { left: leftW + midW, top: disasmH + memH, width: rightW, height: avail - disasmH - memH },
  };
}
