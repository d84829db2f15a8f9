import { describe, it, expect } from 'vitest';
import blessed from 'blessed';
import { createFakeTerminal } from '../../src/tui/fake-terminal.ts';
import { drawLinesWithoutAcs } from '../../src/tui/line-drawing.ts';

/** Draws one bordered box on a fake terminal and returns what blessed wrote. */
function drawBox(terminal: string, unicode: boolean, fix: boolean): { out: string; mode: string | null } {
  const term = createFakeTerminal(20, 6, { terminal, unicode, record: true });
  const mode = fix ? drawLinesWithoutAcs(term.screen) : null;
  blessed.box({ parent: term.screen, top: 0, left: 0, width: 10, height: 4, border: { type: 'line' }, content: 'hi' });
  term.screen.render();
  (term.screen as unknown as { program: { flush(): void } }).program.flush(); // blessed writes on the next tick otherwise
  const out = term.output();
  term.screen.destroy();
  return { out, mode };
}

// The sequences that switch to the line-drawing character set: xterm's ESC ( 0, screen's and linux's SO.
const ACS_ON = /\x1b\(0|\x0e/;

describe('box lines', () => {
  it('go through ACS by blessed default, which tmux shows as lqqk (the bug)', () => {
    expect(drawBox('xterm', true, false).out).toMatch(ACS_ON);
    expect(drawBox('xterm', true, false).out).toContain('lqqq');
  });

  for (const terminal of ['xterm', 'xterm-256color', 'tmux-256color', 'screen', 'screen-256color', 'linux', 'vt100']) {
    it(`are UTF-8 line characters on ${terminal} with a UTF-8 locale, never ACS`, () => {
      const { out, mode } = drawBox(terminal, true, true);
      expect(mode).toBe('utf8');
      expect(out).not.toMatch(ACS_ON);
      expect(out).toContain('┌────────┐');
      expect(out).toContain('│');
      expect(out).not.toContain('lqqq');
    });
  }

  it('are ASCII without a UTF-8 locale (on a terminal that does not declare UTF-8)', () => {
    const { out, mode } = drawBox('xterm', false, true);
    expect(mode).toBe('ascii');
    expect(out).not.toMatch(ACS_ON);
    expect(out).toContain('+--------+');
    expect(out).toContain('|');
  });
});
