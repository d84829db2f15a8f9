// The parts of the kernel that no program may change, read from the running
// machine: the kernel image's read-only segments (compared with the kernel ELF
// itself), the GDT, IDT and TSS (where GDTR, IDTR and TR say they are), the
// shared kernel page tables (reached through the page directory in CR3), and
// the CPU's own descriptor-table registers and CR0 protection bits.
import { readElf } from '../isa/elf-read.ts';
import type { Machine } from '../machine/machine.ts';

export interface MemoryRegion {
  /** What the region is, for the report: "kernel .text", "GDT", "kernel page table 0". */
  name: string;
  addr: number;
  bytes: Uint8Array;
  /** Page tables: compare 32-bit entries without the Accessed and Dirty bits, which the CPU sets itself. */
  pageEntries?: boolean;
}

export interface KernelSnapshot {
  regions: MemoryRegion[];
  registers: Record<string, number>;
}

const PF_W = 2;
const PTE_PRESENT = 1;
const CR0_PROTECTION = 0x80010001; // PG, WP, PE
const FOUR_MIB = 4 * 1024 * 1024;

/** The kernel's loaded, non-writable segments, straight from its ELF file. */
export function kernelReadOnlyRegions(kernelElf: Uint8Array): MemoryRegion[] {
  const elf = readElf(kernelElf);
  return elf.segments
    .filter((s) => s.type === 1 && s.filesz > 0 && !(s.flags & PF_W))
    .map((s) => ({ name: `kernel image at 0x${hex(s.paddr)}`, addr: s.paddr, bytes: s.data.slice(0, s.filesz) }));
}

/** Every byte the kernel loaded from its ELF (all PT_LOAD file bytes): what must never reach the console. */
export function kernelImageBytes(kernelElf: Uint8Array): Uint8Array[] {
  return readElf(kernelElf).segments.filter((s) => s.type === 1 && s.filesz > 0).map((s) => s.data.slice(0, s.filesz));
}

/** Reads the descriptor tables, TSS and kernel page tables the CPU is using now. */
export function snapshotKernel(machine: Machine, kernelElf: Uint8Array): KernelSnapshot {
  const cpu = machine.cpu;
  const ram = machine.ram;
  const regions: MemoryRegion[] = [...kernelReadOnlyRegions(kernelElf)];
  const grab = (name: string, addr: number, len: number, pageEntries = false) => {
    if (len > 0 && addr + len <= ram.size) regions.push({ name, addr, bytes: ram.read(addr, len), pageEntries });
  };
  grab('GDT', cpu.gdtr.base, cpu.gdtr.limit + 1);
  grab('IDT', cpu.idtr.base, cpu.idtr.limit + 1);
  grab('TSS', cpu.tr.base, cpu.tr.limit + 1);
  // The identity map of RAM is shared by every address space: its page tables
  // are the directory entries that cover RAM.
  const directory = cpu.cr3 & 0xfffff000;
  const kernelEntries = Math.ceil(ram.size / FOUR_MIB);
  for (let i = 0; i < kernelEntries && directory + 4 * i + 4 <= ram.size; i++) {
    const pde = ram.read32(directory + 4 * i);
    if (pde & PTE_PRESENT) grab(`kernel page table ${i}`, pde & 0xfffff000, 4096, true);
  }
  return {
    regions,
    registers: {
      'GDTR.base': cpu.gdtr.base, 'GDTR.limit': cpu.gdtr.limit,
      'IDTR.base': cpu.idtr.base, 'IDTR.limit': cpu.idtr.limit,
      'TR.base': cpu.tr.base, 'CR0 PG/WP/PE': (cpu.cr0 & CR0_PROTECTION) >>> 0,
    },
  };
}

/** What differs now from `before`: one line per changed region or register. */
export function kernelChanges(machine: Machine, kernelElf: Uint8Array, before: KernelSnapshot): string[] {
  const changes: string[] = [];
  for (const r of before.regions) {
    const now = machine.ram.read(r.addr, r.bytes.length);
    const at = r.pageEntries ? firstEntryDifference(r.bytes, now) : firstDifference(r.bytes, now);
    if (at >= 0) changes.push(`${r.name} changed at 0x${hex(r.addr + at)}`);
  }
  const after = snapshotKernel(machine, kernelElf).registers;
  for (const [name, value] of Object.entries(before.registers)) {
    if (after[name] !== value) changes.push(`${name} changed from 0x${hex(value)} to 0x${hex(after[name] ?? 0)}`);
  }
  return changes;
}

const PTE_ACCESSED_DIRTY = 0x60;

function firstEntryDifference(a: Uint8Array, b: Uint8Array): number {
  const va = new DataView(a.buffer, a.byteOffset, a.length);
  const vb = new DataView(b.buffer, b.byteOffset, b.length);
  for (let i = 0; i + 4 <= a.length; i += 4) {
    if (((va.getUint32(i, true) ^ vb.getUint32(i, true)) & ~PTE_ACCESSED_DIRTY) !== 0) return i;
  }
  return -1;
}

function firstDifference(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}
