// Which debugger action a key means. With the console focused every key goes
// to the guest except Tab (focus) and the function keys; with the debugger
// focused the letter keys are commands.

export type Action =
  | 'step' | 'step-over' | 'next-line' | 'step-line' | 'finish' | 'add-watch' | 'remove-watch' | 'watchpoint' | 'frame-up' | 'frame-down' | 'continue' | 'pause' | 'toggle-run' | 'breakpoint' | 'clear-breakpoints'
  | 'run-to-ring' | 'run-to-syscall' | 'run-to-fault' | 'toggle-break-fault' | 'toggle-break-ring' | 'restart' | 'faster' | 'slower'
  | 'help' | 'quit' | 'focus' | 'filter' | 'toggle-switches' | 'table' | 'table-up' | 'table-down' | 'scroll-up' | 'scroll-down'
  | { detail: number };

export interface KeyInfo {
  name?: string;
  full?: string;
  ctrl?: boolean;
  shift?: boolean;
}

/** Keys that act whichever panel has focus. */
const GLOBAL: Record<string, Action> = {
  f5: 'continue', f6: 'toggle-run', f7: 'step', f8: 'step-over', f9: 'breakpoint', f10: 'quit', f1: 'help', tab: 'focus',
};

/** Keys that act while the debugger has focus. */
const DEBUGGER: Record<string, Action> = {
  s: 'step', n: 'next-line', i: 'step-line', N: 'step-over', F: 'finish', u: 'frame-up', d: 'frame-down', h: 'watchpoint', W: 'remove-watch', c: 'continue', space: 'toggle-run', b: 'breakpoint', B: 'clear-breakpoints', D: 'clear-breakpoints',
  r: 'run-to-ring', y: 'run-to-syscall', e: 'run-to-fault', E: 'toggle-break-fault', T: 'toggle-break-ring', R: 'restart', '+': 'faster', '=': 'faster', '-': 'slower',
  '?': 'help', q: 'quit', 'C-c': 'pause', f: 'filter', w: 'add-watch', S: 'toggle-switches', g: 'table', '[': 'table-up', ']': 'table-down', pageup: 'scroll-up', pagedown: 'scroll-down',
};

/** The action for a key, or null (for the console: the key goes to the guest). */
export function actionFor(ch: string | undefined, key: KeyInfo, focus: 'console' | 'debugger'): Action | null {
  const name = key.name ?? '';
  if (GLOBAL[name]) return GLOBAL[name]!;
  if (focus === 'console') return null;
  if (/^[0-9]$/.test(ch ?? '')) return { detail: ch === '0' ? 9 : Number(ch) - 1 };
  const id = key.full === 'C-c' ? 'C-c' : name === 'space' || ch === ' ' ? 'space' : name === 'pageup' || name === 'pagedown' ? name : (ch ?? name);
  return DEBUGGER[id] ?? null;
}

/** The bytes a key sends to the guest's COM1, or null when it sends nothing.
 *  blessed reports a carriage return twice, as 'enter' and as 'return': only 'enter' counts. */
export function guestBytes(ch: string | undefined, key: KeyInfo): number[] | null {
  switch (key.name) {
    case 'enter':
      return [0x0d];
    case 'return':
      return null;
    case 'backspace':
      return [0x7f];
    case 'escape':
      return [0x1b];
  }
  if (ch === undefined || ch.length === 0) return null;
  const bytes: number[] = [];
  for (const c of ch) {
    const code = c.codePointAt(0)!;
    if (code < 0x80) bytes.push(code); // the guest's console is ASCII
  }
  return bytes.length ? bytes : null;
}
