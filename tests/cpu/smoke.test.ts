import { describe, it, expect } from 'vitest';
import { makeCpu, runCode, peek32 } from './helpers.ts';

describe('smoke', () => {
  it('runs a loop and stores the sum', () => {
    const h = makeCpu();
    const n = runCode(h, 0x1000, 'b8 05 00 00 00 b9 0a 00 00 00 01 c8 49 75 fb a3 00 20 00 00 f4');
    expect(h.cpu.halted).toBe(true);
    expect(h.cpu.getReg32(0)).toBe(60);
    expect(peek32(h.mem, 0x2000)).toBe(60);
    expect(n).toBe(2 + 30 + 2);
  });
});
