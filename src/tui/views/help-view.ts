// The help overlay's text: every key and what it does.
import { SPEEDS } from '../run-control.ts';

export const HELP_LINES: readonly string[] = [
  '{bold}ringside TUI: keys{/bold}',
  'Tab          switch focus: console (keys go to the guest) / debugger',
  '             (with the console focused, s n c b q ? space are typed into',
  '             the guest; the F-keys below always reach the debugger)',
  's  F7        step one instruction',
  'n  F8        step over a call / int / rep instruction',
  'c  F5        continue',
  'space  F6    pause / continue (Ctrl-C pauses, as in gdb)',
  'b  F9        toggle a breakpoint: address (0x...) or symbol (main, hello:main)',
  '             empty: at EIP.  B clears all breakpoints',
  'r  y  e      run to the next ring switch / syscall / fault',
  'E  T         stop on every fault / every ring switch (toggles)',
  'R            restart (reboot the machine)',
  '+  -         faster / slower guest',
  'f  w         next event filter (status line) / show or hide context switches',
  'g  [  ]      show the GDT or the IDT; scroll it',
  'PgUp PgDn    scroll the event log',
  '1..7         detail panel: events disasm stack segments memory tables procs',
  '?  F1        this help (any key closes it)',
  'q  F10       quit (the terminal is restored)',
  '',
  `speeds: ${SPEEDS.map((s) => (s === Infinity ? 'max' : s >= 1e6 ? `${s / 1e6}M` : s >= 1e3 ? `${s / 1e3}k` : String(s))).join(' ')} instructions/s`,
];
