import { describe, it, expect } from 'vitest';
import { GuestTerminal } from '../../src/tui/guest-terminal.ts';

const bytes = (s: string) => [...s].map((c) => c.charCodeAt(0));

describe('GuestTerminal', () => {
  it('handles CR LF, backspace erase and tabs', () => {
    const t = new GuestTerminal();
    t.writeAll(bytes('ringside$ hellp\b \bo\r\nnext\tx'));
    expect(t.text()).toBe('ringside$ hello\nnext    x');
  });

  it('clears on ESC[2J ESC[H and swallows other escape sequences', () => {
    const t = new GuestTerminal();
    t.writeAll(bytes('old\n\x1b[2J\x1b[Hnew \x1b[1;31mred\x1b[0m'));
    expect(t.text()).toBe('new red');
  });

  it('wraps long lines into screen rows and returns the last ones', () => {
    const t = new GuestTerminal();
    t.writeAll(bytes('abcdefghij\nkl\n'));
    expect(t.tail(4, 3)).toEqual(['ij', 'kl', '']);
    expect(t.tail(4, 10)).toEqual(['abcd', 'efgh', 'ij', 'kl', '']);
  });

  it('shows non-ASCII bytes as a placeholder', () => {
    const t = new GuestTerminal();
    t.writeAll([0x41, 0xff, 0x42]);
    expect(t.text()).toBe('A?B');
  });
});

describe('console view cursor', () => {
  it('marks the cursor after the prompt and after a carriage return', async () => {
    const { renderConsole } = await import('../../src/tui/views/console-view.ts');
    const t = new GuestTerminal();
    const model = { session: { terminal: t } } as unknown as Parameters<typeof renderConsole>[0];
    t.writeAll(bytes('ringside$ '));
    expect(renderConsole(model, 20, 3)).toEqual(['ringside$ {inverse} {/inverse}']);
    t.writeAll(bytes('\rX'));
    expect(renderConsole(model, 20, 3)).toEqual(['X{inverse}i{/inverse}ngside$ ']);
    t.writeAll(bytes('\r\n0123456789abc'));
    expect(renderConsole(model, 10, 3)).toEqual(['Xingside$ ', '0123456789', 'abc{inverse} {/inverse}']);
  });
});
