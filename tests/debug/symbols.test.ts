import { describe, it, expect } from 'vitest';
import { SymbolTable } from '../../src/debug/symbols.ts';

const table = new SymbolTable({
  symbols: [
    { name: 'main', value: 0x40000010, size: 0x20, kind: 'func' },
    { name: '_start', value: 0x40000000, size: 0, kind: 'notype' },
    { name: 'buffer', value: 0x40002000, size: 0x100, kind: 'object' },
    { name: '.text', value: 0x40000000, size: 0, kind: 'section' },
    { name: '.L3', value: 0x40000018, size: 0, kind: 'notype' },
    { name: 'helper', value: 0x40000030, size: 0, kind: 'notype' },
  ],
  lines: [
    { addr: 0x40000010, file: 'hello.c', line: 3 },
    { addr: 0x40000000, file: 'crt0.s', line: 5 },
    { addr: 0x40000016, file: 'hello.c', line: 4 },
  ],
});

describe('symbol lookup', () => {
  it('finds the nearest symbol at or below an address with its offset', () => {
    expect(table.format(0x40000010)).toBe('main');
    expect(table.format(0x40000022)).toBe('main+0x12');
    expect(table.format(0x40000004)).toBe('_start+0x4');
    expect(table.format(0x40000035)).toBe('helper+0x5'); // unsized: open-ended
  });

  it('ignores section symbols and local labels', () => {
    expect(table.lookup(0x40000000)?.name).toBe('_start');
    expect(table.format(0x40000019)).toBe('main+0x9');
  });

  it('does not attribute an address past a sized symbol\'s end to it', () => {
    expect(table.format(0x40002100)).toBeNull();
    expect(table.format(0x40002080)).toBe('buffer+0x80');
  });

  it('returns null below every symbol', () => {
    expect(table.lookup(0x1000)).toBeNull();
  });

  it('finds addresses by name', () => {
    expect(table.addressOf('main')).toBe(0x40000010);
    expect(table.addressOf('nope')).toBeNull();
  });

  it('maps addresses to file:line', () => {
    expect(table.formatSourceLine(0x40000012)).toBe('hello.c:3');
    expect(table.formatSourceLine(0x40000016)).toBe('hello.c:4');
    expect(table.formatSourceLine(0x40000002)).toBe('crt0.s:5');
    expect(table.sourceLine(0x100)).toBeNull();
  });

  it('gives no source line to code after the last row of another symbol', () => {
    // helper (0x40000030) has no rows of its own: hello.c:4 ends where it starts.
    expect(table.formatSourceLine(0x4000002f)).toBe('hello.c:4');
    expect(table.formatSourceLine(0x40000030)).toBeNull();
    expect(table.formatSourceLine(0x40000034)).toBeNull();
  });

  it('works without a line table', () => {
    const t = new SymbolTable({ symbols: [{ name: 'f', value: 16, size: 4, kind: 'func' }] });
    expect(t.format(17)).toBe('f+0x1');
    expect(t.sourceLine(17)).toBeNull();
  });
});
