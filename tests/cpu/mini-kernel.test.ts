// A miniature kernel run end to end: LGDT + far jump, LIDT, LTR, paging with
// CR0.WP, IRET to ring 3, a syscall through a DPL-3 gate, and a #GP from CLI
// in ring 3 handled in ring 0. Assembled with nasm from
// tests/cpu/fixtures/mini-kernel.s (bytes below; the TSS and IDT that follow are zeros).
import { describe, it, expect } from 'vitest';
import { makeCpu, poke, hex } from './helpers.ts';

const BASE = 0x100000;
const IMAGE = [
  '0f 01 15 40 01 10 00 ea 0e 00 10 00 08 00 66 b8 10 00 8e d8 8e c0 8e d0 bc 00 00 09 00 b8 fc 00 10 00 66 a3 b4 05 10 00 66 c7 05 b6 05 10 00 08',
  '00 66 c7 05 b8 05 10 00 00 ee c1 e8 10 66 a3 ba 05 10 00 b8 00 01 10 00 66 a3 1c 02 10 00 66 c7 05 1e 02 10 00 08 00 66 c7 05 20 02 10 00 00 8e',
  'c1 e8 10 66 a3 22 02 10 00 0f 01 1d 46 01 10 00 b8 4c 01 10 00 66 a3 3a 01 10 00 c1 e8 10 a2 3c 01 10 00 88 25 3f 01 10 00 c7 05 50 01 10 00 00',
  '00 09 00 c7 05 54 01 10 00 10 00 00 00 66 b8 28 00 0f 00 d8 bf 00 00 20 00 b9 00 04 00 00 b8 07 00 00 00 ab 05 00 10 00 00 e2 f8 c7 05 00 10 20',
  '00 07 00 20 00 b8 00 10 20 00 0f 22 d8 0f 20 c0 0d 00 00 01 80 0f 22 c0 6a 23 68 00 00 30 00 68 02 02 00 00 6a 1b 68 ec 00 10 00 cf 66 b8 23 00',
  '8e d8 b8 07 00 00 00 cd 80 89 c3 fa 83 c0 64 cf 8b 0c 24 8b 54 24 04 e7 f4 f4 90 90 90 90 90 90 00 00 00 00 00 00 00 00 ff ff 00 00 00 9a cf 00',
  'ff ff 00 00 00 92 cf 00 ff ff 00 00 00 fa cf 00 ff ff 00 00 00 f2 cf 00 67 00 00 00 00 89 00 00 2f 00 10 01 10 00 ff 07 b4 01 10 00',
].join(' ');

describe('mini kernel', () => {
  it('boots into paging and ring 3, makes a syscall and catches #GP', () => {
    const h = makeCpu(8 << 20);
    poke(h.mem, BASE, hex(IMAGE));
    h.cpu.eip = BASE;
    const rings: number[][] = [];
    h.cpu.hooks = {
      onInterrupt: (vector, code, eip, from, to) => rings.push([vector, code, eip, from, to]),
      onCr3Load: (v) => rings.push([-1, v]),
    };
    h.cpu.run(20_000);
    expect(h.cpu.halted).toBe(true);
    expect((h.cpu.cr0 & 0x80010001) >>> 0).toBe(0x80010001);
    expect(rings).toEqual([
      [-1, 0x201000],
      [0x80, -1, 0x1000fb - 2, 3, 0],
      [13, 0, 0x1000fb, 3, 0],
    ]);
    expect(h.io.writes).toEqual([{ port: 0xf4, size: 4, value: 107 }]);
    expect(h.cpu.getReg32(1)).toBe(0);         // #GP error code
    expect(h.cpu.getReg32(2)).toBe(0x1000fb);  // EIP of the CLI
    expect(h.cpu.tr.selector).toBe(0x28);
    expect(h.cpu.getSegment(1).selector).toBe(0x08);
  });
});
