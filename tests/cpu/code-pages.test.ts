// Tracking writes to physical pages that hold code (for the decode cache and compiled blocks).
import { describe, it, expect } from 'vitest';
import { makeCpu, setupProtected, runCode, hex, poke32, type Harness } from './helpers.ts';
import { CpuUsageError } from '../../src/cpu/exceptions.ts';

const DATA_PAGE = 0x5000;

function listen(h: Harness): number[] {
  const hits: number[] = [];
  h.cpu.codePages.onCodeWrite = (page) => hits.push(page);
  return hits;
}

describe('code page tracking', () => {
  it('reports the first write to a marked page, then unmarks it', () => {
    const h = makeCpu();
    const hits = listen(h);
    h.cpu.codePages.mark(DATA_PAGE + 0x123);
    expect(h.cpu.codePages.isMarked(DATA_PAGE)).toBe(true);
    // mov dword [0x5010], eax; mov dword [0x5020], eax; hlt
    h.cpu.regs[0] = 0x11223344;
    runCode(h, 0x1000, 'a3 10 50 00 00  a3 20 50 00 00  f4');
    expect(hits).toEqual([5]);
    expect(h.cpu.codePages.generation[5]).toBe(1);
    expect(h.cpu.codePages.isMarked(DATA_PAGE)).toBe(false);
    expect(h.mem.ram[0x5010]).toBe(0x44);
    expect(h.mem.ram[0x5023]).toBe(0x11);
  });

  it('ignores writes to pages that are not marked and keeps their fast path', () => {
    const h = makeCpu();
    const hits = listen(h);
    h.cpu.codePages.mark(0x7000);
    runCode(h, 0x1000, 'a3 10 50 00 00  f4');
    expect(hits).toEqual([]);
    expect(h.cpu.tlbWrite[5]).toBe(DATA_PAGE + 1); // a write entry was made for the unmarked page
    expect(h.cpu.tlbWrite[7]).toBe(0);
  });

  it('drops write entries the TLB already holds when a page is marked (paging on)', () => {
    const h = makeCpu();
    setupProtected(h, { paging: true });
    const hits = listen(h);
    // Two writes to 0x5000: the first makes the page dirty and cached for writing.
    runCode(h, 0x1000, 'a3 00 50 00 00  f4');
    expect(h.cpu.tlbWrite[5]).toBe(DATA_PAGE + 1);
    h.cpu.halted = false;
    h.cpu.codePages.mark(DATA_PAGE);
    expect(h.cpu.tlbWrite[5]).toBe(0);
    runCode(h, 0x1000, 'a3 04 50 00 00  f4');
    expect(hits).toEqual([5]);
  });

  it('reports self-modifying code and a write that crosses into a marked page', () => {
    const h = makeCpu();
    const hits = listen(h);
    h.cpu.codePages.mark(0x1000);
    h.cpu.codePages.mark(0x6000);
    // mov byte [0x1100], 0x90; mov dword [0x5ffe], eax; hlt
    runCode(h, 0x1000, 'c6 05 00 11 00 00 90  a3 fe 5f 00 00  f4');
    expect(hits).toEqual([1, 6]);
    expect(h.cpu.codePages.isMarked(0x6000)).toBe(false);
    // The interpreter decoded page 1 again after the write, which marked it again.
    expect(h.cpu.codePages.isMarked(0x1000)).toBe(true);
    expect(h.cpu.codePages.count).toBe(1);
  });

  it('reports writes made by interrupt delivery (pushes to a marked stack page)', () => {
    const h = makeCpu();
    setupProtected(h);
    const hits = listen(h);
    poke32(h.mem, 0x2000 + 0x80 * 8, 0x00087000);
    poke32(h.mem, 0x2000 + 0x80 * 8 + 4, 0x00008e00);
    h.mem.ram[0x7000] = 0xf4;
    h.cpu.codePages.mark(h.cpu.regs[4] - 4);
    // Code outside the GDT's page: delivery sets accessed bits there, and the interpreter marks its code pages.
    runCode(h, 0x4000, hex('cd 80'));
    expect(hits).toEqual([(h.cpu.regs[4] + 8) >>> 12]);
  });

  it('rejects addresses outside RAM with a readable error', () => {
    const h = makeCpu(1 << 20);
    expect(() => h.cpu.codePages.mark(1 << 20)).toThrow(CpuUsageError);
    expect(() => h.cpu.codePages.mark(-1)).toThrow(/cannot mark physical address -1/);
    expect(() => h.cpu.codePages.isMarked(0.5)).toThrow(CpuUsageError);
  });
});
