import { describe, it, expect } from 'vitest';
import { ttyEofBytes, withTtyEof } from '../../src/machine/tty-eof.ts';

describe("the tty's end of file sent after host input", () => {
  it('is one Ctrl-D at the start of a line, two after a partial line', () => {
    expect(ttyEofBytes(undefined)).toEqual([4]);
    expect(ttyEofBytes(0x0a)).toEqual([4]);
    expect(ttyEofBytes(0x62)).toEqual([4, 4]);
    expect(ttyEofBytes(0x0d)).toEqual([4, 4]);
  });

  it('is appended to a whole input', () => {
    expect([...withTtyEof(new TextEncoder().encode('a b\n'))]).toEqual([0x61, 0x20, 0x62, 0x0a, 4]);
    expect([...withTtyEof(new TextEncoder().encode('a b'))]).toEqual([0x61, 0x20, 0x62, 4, 4]);
    expect([...withTtyEof(new Uint8Array(0))]).toEqual([4]);
  });
});
