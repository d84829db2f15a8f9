// The interpreter's decode cache: an instruction is decoded once and run from
// the cache until its bytes change: by a CPU write, a write from outside the
// CPU between runs, or (for an instruction that continues on the next page)
// a new mapping of that page.
import { describe, it, expect } from 'vitest';
import { makeCpu, setupProtected, poke, poke32, PAGE_TABLE, type Harness } from './helpers.ts';

// mov eax, 0x44332211 starting 4 bytes before the page at 0x8000 (its last byte is there), then hlt.
const START = 0x7ffc;
/** jmp START, on the same page. */
const JUMP = 0x7f00;

function setup(): Harness {
  const h = makeCpu();
  setupProtected(h, { paging: true });
  poke(h.mem, START, [0xb8, 0x11, 0x22, 0x33]);
  poke(h.mem, 0x8000, [0x44, 0xf4]);
  poke(h.mem, 0x9000, [0x55, 0xf4]);
  poke(h.mem, JUMP, [0xe9, ...rel32(JUMP + 5, START)]);
  return h;
}

function runAt(h: Harness, eip: number): number {
  h.cpu.halted = false;
  h.cpu.eip = eip;
  h.cpu.run(100);
  return h.cpu.regs[0] >>> 0;
}

describe('decode cache', () => {
  it('runs an instruction decoded once from the cache', () => {
    const h = setup();
    expect(runAt(h, START)).toBe(0x44332211);
    const decodes = h.cpu.decoded!.decodes;
    expect(runAt(h, START)).toBe(0x44332211);
    expect(h.cpu.decoded!.decodes).toBe(decodes);
  });

  it('decodes a page-crossing instruction again when the next page is mapped elsewhere', () => {
    const h = setup();
    expect(runAt(h, START)).toBe(0x44332211);
    poke32(h.mem, PAGE_TABLE + 8 * 4, 0x9000 | 7);
    h.cpu.flushTlb();
    // Enter through the jump on the same page, so that the TLB maps that page again but not the next one yet.
    expect(runAt(h, JUMP)).toBe(0x55332211);
  });

  it('sees bytes written from outside the CPU between runs, on either page', () => {
    const h = setup();
    expect(runAt(h, START)).toBe(0x44332211);
    h.mem.ram[0x8000] = 0x66;
    expect(runAt(h, START)).toBe(0x66332211);
    h.mem.ram[START + 1] = 0x77;
    expect(runAt(h, START)).toBe(0x66332277);
  });

  it('sees bytes the CPU wrote into the next page (self-modifying code)', () => {
    const h = setup();
    expect(runAt(h, START)).toBe(0x44332211);
    // mov byte [0x8000], 0x99; jmp START (at 0x3000, in a page of its own)
    poke(h.mem, 0x3000, [0xc6, 0x05, 0x00, 0x80, 0x00, 0x00, 0x99, 0xe9, ...rel32(0x3007 + 5, START)]);
    expect(runAt(h, 0x3000)).toBe(0x99332211);
  });
});

function rel32(next: number, target: number): number[] {
  const v = (target - next) | 0;
  return [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
}
