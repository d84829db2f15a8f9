// The help overlay's text: every key and what it does.
import { SPEEDS } from '../run-control.ts';

export const HELP_LINES: readonly string[] = [
  '{bold}ringside TUI: keys{/bold}  Tab: focus on the console (keys go to the guest,',
  '             only the F-keys and Tab reach the debugger) / on the debugger',
  's  F7        step one instruction        N  F8  step over a call / int / rep',
  'n  i         next C line: over calls / into them    F  finish: to the return',
  'c  F5        continue                    space F6  pause/continue (or Ctrl-C)',
  'b  F9        toggle a breakpoint: address (0x...) or symbol (main, hello:main)',
  '             empty: at EIP.  B clears all breakpoints',
  'w  W         add a watch expression (x, *p, a[3], s.f, p->f) / remove one',
  'h            write watchpoint (DR0-DR3) on an expression; again to remove it',
  'u  d         select the caller\'s frame (up) / the callee\'s (down)',
  'r  y  e      run to the next ring switch / syscall / fault',
  'E  T         stop on every fault / every ring switch (toggles)',
  'R            restart (reboot the machine)',
  '+  -         faster / slower guest',
  'f  S         next event filter / show or hide context switches',
  'g  [  ]      show the GDT or the IDT; scroll it',
  'PgUp PgDn    scroll the event log',
  '1..9 0       detail panel: events disasm stack segments memory tables procs',
  '             locals watch backtrace (8 9 0: the wide layout\'s C panel too)',
  '?  F1        this help (any key closes it)     q  F10  quit',
  '',
  `speeds: ${SPEEDS.map((s) => (s === Infinity ? 'max' : s >= 1e6 ? `${s / 1e6}M` : s >= 1e3 ? `${s / 1e3}k` : String(s))).join(' ')} instructions/s`,
];
