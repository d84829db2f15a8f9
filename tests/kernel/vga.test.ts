// The console is mirrored into the VGA text buffer at 0xB8000 (80x25 cells
// of character + attribute), with scrolling and the `clear` escape handled.
import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Machine } from '../../src/machine/machine.ts';
import { FIXTURES, nativeSystemModules } from './golden.ts';

const native = path.join(FIXTURES, 'native');
const kernel = new Uint8Array(fs.readFileSync(path.join(native, 'kernel.elf')));
const hello = new Uint8Array(fs.readFileSync(path.join(native, 'user', 'hello.elf')));

/** The screen's 25 rows as text (trailing blanks dropped). */
function screen(commands: string): { rows: string[]; attributes: Set<number> } {
  const m = new Machine({ memoryMiB: 32 });
  m.boot(kernel, [...nativeSystemModules(), { data: hello, string: 'hello' }], `-- ${commands}`);
  m.runUntilExit({ maxVirtualSeconds: 5 });
  const cells = m.ram.read(0xb8000, 80 * 25 * 2);
  const rows: string[] = [];
  const attributes = new Set<number>();
  for (let r = 0; r < 25; r++) {
    let line = '';
    for (let c = 0; c < 80; c++) {
      line += String.fromCharCode(cells[(r * 80 + c) * 2]!);
      attributes.add(cells[(r * 80 + c) * 2 + 1]!);
    }
    rows.push(line.trimEnd());
  }
  return { rows, attributes };
}

describe('VGA text mirror', () => {
  it('shows the console output, grey on black', () => {
    const s = screen('run hello; echo second line');
    expect(s.rows.slice(0, 3)).toEqual(['Hello from ring 3!', 'second line', '']);
    expect([...s.attributes]).toEqual([0x07]);
  });

  it('scrolls: after 30 lines the screen holds the last 24 and an empty line', () => {
    const echoes = Array.from({ length: 30 }, (_, i) => `echo line${i + 1}`).join('; ');
    const s = screen(echoes);
    expect(s.rows[0]).toBe('line7');
    expect(s.rows[23]).toBe('line30');
    expect(s.rows[24]).toBe('');
  });

  it('clear empties the screen instead of printing the escape sequence', () => {
    const s = screen('echo before; clear; echo after');
    expect(s.rows[0]).toBe('after');
    expect(s.rows.join('')).not.toContain('before');
    expect(s.rows.join('')).not.toContain('[2J');
  });
});
