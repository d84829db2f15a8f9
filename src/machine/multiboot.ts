// A multiboot v1 loader for ELF32 kernels, doing what GRUB and
// `qemu-system-i386 -kernel` do: check the header, load the PT_LOAD segments at
// their physical addresses, place the modules after the kernel, build the
// multiboot_info structure in low memory and enter the kernel in flat 32-bit
// protected mode with EAX = 0x2BADB002 and EBX = the info address.
import { readElf, ElfError } from '../isa/elf-read.ts';
import type { Ram } from './memory.ts';

export const MULTIBOOT_HEADER_MAGIC = 0x1badb002;
export const MULTIBOOT_BOOTLOADER_MAGIC = 0x2badb002;
/** The header must lie, 4-aligned, within the image's first 8 KiB. */
const HEADER_SEARCH_BYTES = 8192;

// multiboot_info.flags bits
export const MBI_MEMORY = 1 << 0;
export const MBI_CMDLINE = 1 << 2;
export const MBI_MODS = 1 << 3;
export const MBI_MMAP = 1 << 6;
export const MBI_LOADER_NAME = 1 << 9;

// Header flags a loader must honour: bit 0 page-aligned modules (always done),
// bit 1 memory information (always given), bit 2 video mode (no video: ignored).
const SUPPORTED_REQUIRED_FLAGS = 0x7;

/** Where the boot information lives: conventional memory below the EBDA. */
export const INFO_ADDR = 0x9000;
const INFO_SIZE = 88;
const LOW_MEMORY_END = 0x9fc00; // the EBDA starts here
const EXTENDED_MEMORY_START = 0x100000;
const PAGE = 4096;

export const LOADER_NAME = 'ringside';

export interface BootModule {
  data: Uint8Array;
  /** The module's string: by ringside convention "name args...". */
  string: string;
}

/** What the CPU must provide for the hand-over to the kernel. */
export interface BootCpu {
  enterFlatProtectedMode(): void;
  setReg32(index: number, value: number): void;
  eip: number;
}

export interface LoadedModule {
  start: number;
  end: number;
  string: string;
}

export interface MultibootResult {
  entry: number;
  infoAddr: number;
  /** One past the last byte of the kernel image (bss included). */
  kernelEnd: number;
  modules: LoadedModule[];
}

/** A kernel image or module set that cannot be booted. */
export class MultibootError extends Error {
  override name = 'MultibootError';
}

export interface MultibootHeader {
  offset: number;
  flags: number;
}

/** Finds and checks the multiboot header. */
export function findMultibootHeader(image: Uint8Array): MultibootHeader {
  const view = new DataView(image.buffer, image.byteOffset, image.byteLength);
  const limit = Math.min(image.length, HEADER_SEARCH_BYTES) - 12;
  for (let off = 0; off <= limit; off += 4) {
    if (view.getUint32(off, true) !== MULTIBOOT_HEADER_MAGIC) continue;
    const flags = view.getUint32(off + 4, true);
    const checksum = view.getUint32(off + 8, true);
    if (((MULTIBOOT_HEADER_MAGIC + flags + checksum) >>> 0) !== 0) {
      throw new MultibootError(
        `multiboot header at offset 0x${off.toString(16)} has a bad checksum ` +
          `(magic + flags + checksum must be 0 mod 2^32)`,
      );
    }
    const unsupported = flags & 0xffff & ~SUPPORTED_REQUIRED_FLAGS;
    if (unsupported) {
      throw new MultibootError(`multiboot header requires unsupported features (flags 0x${unsupported.toString(16)})`);
    }
    return { offset: off, flags };
  }
  throw new MultibootError('not a multiboot kernel: no multiboot header (magic 0x1BADB002) in the first 8192 bytes');
}

/** Loads the kernel and modules into `ram` and hands the CPU to the kernel. */
export function multibootLoad(
  ram: Ram,
  cpu: BootCpu,
  kernel: Uint8Array,
  modules: BootModule[],
  cmdline: string,
): MultibootResult {
  findMultibootHeader(kernel);
  let elf;
  try {
    elf = readElf(kernel);
  } catch (e) {
    if (e instanceof ElfError) throw new MultibootError(`kernel is not a valid ELF32 file: ${e.message}`);
    throw e;
  }

  let kernelEnd = EXTENDED_MEMORY_START;
  let loadedAny = false;
  for (const seg of elf.segments) {
    if (seg.type !== 1 /* PT_LOAD */ || seg.memsz === 0) continue;
    loadedAny = true;
    const start = seg.paddr >>> 0;
    const end = start + seg.memsz;
    if (end > ram.size) {
      throw new MultibootError(
        `kernel segment at 0x${start.toString(16)}..0x${end.toString(16)} does not fit in ${ram.size >> 20} MiB of RAM`,
      );
    }
    if (start < LOW_MEMORY_END && end > INFO_ADDR) {
      throw new MultibootError(
        `kernel segment at 0x${start.toString(16)}..0x${end.toString(16)} overlaps the boot information area at 0x${INFO_ADDR.toString(16)}`,
      );
    }
    if (seg.filesz > seg.memsz) throw new MultibootError(`kernel segment at 0x${start.toString(16)} has filesz > memsz`);
    ram.load(start, seg.data.subarray(0, seg.filesz));
    ram.zero(start + seg.filesz, seg.memsz - seg.filesz);
    kernelEnd = Math.max(kernelEnd, end);
  }
  if (!loadedAny) throw new MultibootError('kernel has no loadable (PT_LOAD) segments');

  // Modules, each page-aligned, one after the other above the kernel.
  const loaded: LoadedModule[] = [];
  let next = alignUp(kernelEnd, PAGE);
  for (const mod of modules) {
    const start = next;
    const end = start + mod.data.length;
    if (end > ram.size) {
      throw new MultibootError(`module "${mod.string}" does not fit in ${ram.size >> 20} MiB of RAM after the kernel`);
    }
    ram.load(start, mod.data);
    loaded.push({ start, end, string: mod.string });
    next = alignUp(end, PAGE);
  }

  writeBootInfo(ram, loaded, cmdline);

  cpu.enterFlatProtectedMode();
  cpu.setReg32(0, MULTIBOOT_BOOTLOADER_MAGIC); // EAX
  cpu.setReg32(3, INFO_ADDR); // EBX
  cpu.eip = elf.entry >>> 0;
  return { entry: elf.entry >>> 0, infoAddr: INFO_ADDR, kernelEnd, modules: loaded };
}

/** Lays out multiboot_info, the memory map, the module list and the strings
 *  one after another from INFO_ADDR. */
function writeBootInfo(ram: Ram, modules: LoadedModule[], cmdline: string): void {
  let cursor = INFO_ADDR + INFO_SIZE;
  const take = (size: number): number => {
    const at = alignUp(cursor, 4);
    cursor = at + size;
    if (cursor > LOW_MEMORY_END) throw new MultibootError('command line and module strings are too long for low memory');
    return at;
  };
  const putString = (s: string): number => {
    const bytes = new TextEncoder().encode(s);
    if (bytes.includes(0)) throw new MultibootError('a boot string may not contain a NUL byte');
    const at = take(bytes.length + 1);
    ram.load(at, bytes);
    ram.ram[at + bytes.length] = 0;
    return at;
  };

  ram.zero(INFO_ADDR, INFO_SIZE);
  const mmap = memoryMap(ram.size);
  const mmapAddr = take(mmap.length * 24);
  mmap.forEach((e, i) => {
    const at = mmapAddr + i * 24;
    ram.write32(at, 20); // size of the entry, excluding this field
    ram.write32(at + 4, e.base);
    ram.write32(at + 8, 0);
    ram.write32(at + 12, e.length);
    ram.write32(at + 16, 0);
    ram.write32(at + 20, e.type);
  });
  const modsAddr = take(modules.length * 16);
  modules.forEach((m, i) => {
    const at = modsAddr + i * 16;
    ram.write32(at, m.start);
    ram.write32(at + 4, m.end);
    ram.write32(at + 8, putString(m.string));
    ram.write32(at + 12, 0);
  });
  const cmdlineAddr = putString(cmdline);
  const nameAddr = putString(LOADER_NAME);

  ram.write32(INFO_ADDR + 0, MBI_MEMORY | MBI_CMDLINE | MBI_MODS | MBI_MMAP | MBI_LOADER_NAME);
  ram.write32(INFO_ADDR + 4, LOW_MEMORY_END >> 10); // mem_lower in KiB: 639
  ram.write32(INFO_ADDR + 8, (ram.size - EXTENDED_MEMORY_START) >> 10); // mem_upper in KiB
  ram.write32(INFO_ADDR + 16, cmdlineAddr);
  ram.write32(INFO_ADDR + 20, modules.length);
  ram.write32(INFO_ADDR + 24, modsAddr);
  ram.write32(INFO_ADDR + 44, mmap.length * 24);
  ram.write32(INFO_ADDR + 48, mmapAddr);
  ram.write32(INFO_ADDR + 64, nameAddr);
}

export interface MemoryMapEntry {
  base: number;
  length: number;
  /** 1 = usable RAM, 2 = reserved. */
  type: 1 | 2;
}

/** The PC memory map a BIOS reports: conventional memory, the EBDA and ROM area, extended memory. */
export function memoryMap(ramSize: number): MemoryMapEntry[] {
  return [
    { base: 0, length: LOW_MEMORY_END, type: 1 },
    { base: LOW_MEMORY_END, length: 0xa0000 - LOW_MEMORY_END, type: 2 },
    { base: 0xf0000, length: 0x10000, type: 2 },
    { base: EXTENDED_MEMORY_START, length: ramSize - EXTENDED_MEMORY_START, type: 1 },
  ];
}

function alignUp(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}
