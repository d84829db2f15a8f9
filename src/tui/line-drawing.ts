// How the panel borders reach the terminal. blessed draws box lines through the
// terminal's alternate character set (ACS: `ESC(0` then `lqqk`) whenever the
// terminfo entry has one; tmux and screen (TERM=tmux-256color, which blessed
// cannot parse and replaces with its xterm entry) then show the letters
// `lqqk` instead of lines unless NCURSES_NO_UTF8_ACS=1 is set. Every terminal
// in use today takes the line characters as UTF-8 (xterm, tmux, screen,
// VS Code, the Linux console), so draw them that way when the locale is UTF-8,
// and in plain ASCII (`+-|`) otherwise: never ACS.
import type blessed from 'blessed';

interface LineTput {
  /** blessed: the locale (LANG, LC_ALL, LC_CTYPE) says UTF-8. */
  unicode: boolean;
  /** blessed: do not use ACS (true also turns the line characters into ASCII when unicode is false). */
  brokenACS: boolean;
  numbers: Record<string, number | undefined>;
}

/** Makes `screen` write its box lines as UTF-8 (or ASCII), not through ACS; returns which. */
export function drawLinesWithoutAcs(screen: blessed.Widgets.Screen): 'utf8' | 'ascii' {
  const tput = (screen as unknown as { tput: LineTput }).tput;
  tput.brokenACS = true;
  // A terminfo U8 flag makes blessed write UTF-8 even when the locale does not say so.
  return tput.unicode || tput.numbers.U8 === 1 ? 'utf8' : 'ascii';
}
