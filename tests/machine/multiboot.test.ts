import { describe, it, expect } from 'vitest';
import { Ram } from '../../src/machine/memory.ts';
import {
  multibootLoad, findMultibootHeader, MultibootError, INFO_ADDR, MULTIBOOT_BOOTLOADER_MAGIC,
  MBI_MEMORY, MBI_CMDLINE, MBI_MODS, MBI_MMAP, type BootCpu,
} from '../../src/machine/multiboot.ts';
import { buildElf, multibootHeader } from './elf-fixture.ts';

function fakeCpu() {
  const regs = new Array(8).fill(0);
  const cpu: BootCpu & { regs: number[]; flat: boolean } = {
    regs, flat: false, eip: 0,
    enterFlatProtectedMode() { this.flat = true; },
    setReg32(i, v) { regs[i] = v >>> 0; },
  };
  return cpu;
}

function kernel(extra = 0x20, bss = 0x1000): Uint8Array {
  const text = new Uint8Array(12 + extra);
  text.set(multibootHeader());
  text.fill(0x90, 12);
  return buildElf(0x10000c, [{ paddr: 0x100000, data: text, memsz: text.length + bss }]);
}

function cString(ram: Ram, addr: number): string {
  let s = '';
  while (ram.ram[addr]) s += String.fromCharCode(ram.ram[addr++]!);
  return s;
}

describe('multiboot loader', () => {
  it('finds the header and rejects a bad checksum or a missing header', () => {
    expect(findMultibootHeader(kernel()).flags).toBe(3);
    const bad = buildElf(0x100000, [{ paddr: 0x100000, data: multibootHeader(3, 1) }]);
    expect(() => findMultibootHeader(bad)).toThrow(/bad checksum/);
    const none = buildElf(0x100000, [{ paddr: 0x100000, data: new Uint8Array(64) }]);
    expect(() => findMultibootHeader(none)).toThrow(MultibootError);
    expect(() => findMultibootHeader(none)).toThrow(/no multiboot header/);
  });

  it('loads segments at their physical address, zeroes bss and hands over like GRUB', () => {
    const ram = new Ram(8);
    ram.ram.fill(0xcc, 0x100000, 0x102000); // stale bytes the bss must not keep
    const cpu = fakeCpu();
    const r = multibootLoad(ram, cpu, kernel(), [], 'ring0');
    expect(ram.read32(0x100000)).toBe(0x1badb002);
    expect(ram.ram[0x10000c]).toBe(0x90);
    expect([...ram.read(0x10002c, 0x1000)].every((b) => b === 0)).toBe(true);
    expect(cpu.flat).toBe(true);
    expect(cpu.regs[0]).toBe(MULTIBOOT_BOOTLOADER_MAGIC);
    expect(cpu.regs[3]).toBe(INFO_ADDR);
    expect(cpu.eip).toBe(0x10000c);
    expect(r.kernelEnd).toBe(0x10102c);
  });

  it('builds multiboot_info with memory, command line, modules and a memory map', () => {
    const ram = new Ram(16);
    const mods = [
      { data: new Uint8Array([1, 2, 3]), string: 'hello' },
      { data: new Uint8Array(5000).fill(7), string: 'echo a b' },
    ];
    const r = multibootLoad(ram, fakeCpu(), kernel(), mods, 'flat -- run hello');
    const info = INFO_ADDR;
    const flags = ram.read32(info);
    expect(flags & (MBI_MEMORY | MBI_CMDLINE | MBI_MODS | MBI_MMAP)).toBe(MBI_MEMORY | MBI_CMDLINE | MBI_MODS | MBI_MMAP);
    expect(ram.read32(info + 4)).toBe(639);
    expect(ram.read32(info + 8)).toBe(15 * 1024);
    expect(cString(ram, ram.read32(info + 16))).toBe('flat -- run hello');
    expect(ram.read32(info + 20)).toBe(2);
    const mods0 = ram.read32(info + 24);
    // Modules are page-aligned, after the kernel, in order, with their strings.
    expect(ram.read32(mods0)).toBe(0x102000);
    expect(ram.read32(mods0 + 4)).toBe(0x102003);
    expect(cString(ram, ram.read32(mods0 + 8))).toBe('hello');
    expect(ram.read32(mods0 + 16)).toBe(0x103000);
    expect(ram.read32(mods0 + 20)).toBe(0x103000 + 5000);
    expect(cString(ram, ram.read32(mods0 + 24))).toBe('echo a b');
    expect([...ram.read(0x102000, 3)]).toEqual([1, 2, 3]);
    expect(r.modules.map((m) => m.start)).toEqual([0x102000, 0x103000]);
    // Memory map: size field 20, then base, length, type, per entry.
    const mmapLen = ram.read32(info + 44);
    const mmap = ram.read32(info + 48);
    const entries: [number, number, number][] = [];
    for (let p = mmap; p < mmap + mmapLen; p += ram.read32(p) + 4) {
      entries.push([ram.read32(p + 4), ram.read32(p + 12), ram.read32(p + 20)]);
    }
    expect(entries[0]).toEqual([0, 0x9fc00, 1]);
    expect(entries.at(-1)).toEqual([0x100000, 15 << 20, 1]);
    // Everything the loader wrote lives in low memory, above the info structure.
    for (const addr of [mods0, mmap, ram.read32(info + 16)]) {
      expect(addr).toBeGreaterThanOrEqual(info + 88);
      expect(addr).toBeLessThan(0x9fc00);
    }
  });

  it('reports kernels that cannot be loaded with clear errors', () => {
    const ram = new Ram(2);
    expect(() => multibootLoad(ram, fakeCpu(), new Uint8Array(100), [], '')).toThrow(/no multiboot header/);
    const notElf = new Uint8Array(64);
    notElf.set(multibootHeader(), 16);
    expect(() => multibootLoad(ram, fakeCpu(), notElf, [], '')).toThrow(MultibootError);
    const huge = buildElf(0x100000, [{ paddr: 0x100000, data: multibootHeader(), memsz: 4 << 20 }]);
    expect(() => multibootLoad(ram, fakeCpu(), huge, [], '')).toThrow(/does not fit in 2 MiB/);
    const low = buildElf(0x9000, [{ paddr: 0x9000, data: multibootHeader() }]);
    expect(() => multibootLoad(ram, fakeCpu(), low, [], '')).toThrow(/overlaps the boot information/);
    const video = buildElf(0x100000, [{ paddr: 0x100000, data: multibootHeader(0x8) }]);
    expect(() => multibootLoad(ram, fakeCpu(), video, [], '')).toThrow(/unsupported features/);
  });

  it('refuses modules that do not fit', () => {
    const ram = new Ram(2);
    expect(() => multibootLoad(ram, fakeCpu(), kernel(), [{ data: new Uint8Array(2 << 20), string: 'big' }], ''))
      .toThrow(/module "big" does not fit/);
  });
});
