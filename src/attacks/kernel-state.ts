// The parts of the kernel that no program may change, read from the running
// machine: the kernel image's read-only segments (compared with the kernel ELF
// itself), the GDT, IDT and TSS (where GDTR, IDTR and TR say they are), the
// kernel's page directory entries for RAM and the page tables they point to, and
// the CPU's own descriptor-table registers and CR0 protection bits.
import { readElf } from '../isa/elf-read.ts';
import type { Machine } from '../machine/machine.ts';

export interface MemoryRegion {
  /** What the region is, for the report: "kernel image at 0x00101000", "GDT", "kernel page table 0". */
  name: string;
  addr: number;
  bytes: Uint8Array;
  /** Bits the CPU itself sets in this region, ignored when comparing:
   *  'page-entries' (Accessed, Dirty) or 'descriptors' (a segment's Accessed bit). */
  cpuBits?: 'page-entries' | 'descriptors';
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

/** Reads the descriptor tables and TSS the CPU is using now, and the kernel's
 *  page directory (at physical `kernelDirectory`, CR3 while the kernel boots)
 *  with the page tables its entries for RAM point to. */
export function snapshotKernel(machine: Machine, kernelElf: Uint8Array, kernelDirectory: number): KernelSnapshot {
  const cpu = machine.cpu;
  const ram = machine.ram;
  const regions: MemoryRegion[] = [...kernelReadOnlyRegions(kernelElf)];
  const grab = (name: string, addr: number, len: number, cpuBits?: MemoryRegion['cpuBits']) => {
    if (len > 0 && addr + len <= ram.size) regions.push({ name, addr, bytes: ram.read(addr, len), cpuBits });
  };
  grab('GDT', cpu.gdtr.base, cpu.gdtr.limit + 1, 'descriptors');
  grab('IDT', cpu.idtr.base, cpu.idtr.limit + 1);
  grab('TSS', cpu.tr.base, cpu.tr.limit + 1);
  // The identity map of RAM is shared by every address space: every program's
  // directory copies these entries, so their tables are the kernel's.
  const directory = kernelDirectory & 0xfffff000;
  const kernelEntries = Math.ceil(ram.size / FOUR_MIB);
  grab('kernel page directory', directory, 4 * kernelEntries, 'page-entries');
  for (let i = 0; i < kernelEntries && directory + 4 * i + 4 <= ram.size; i++) {
    const pde = ram.read32(directory + 4 * i);
    if (pde & PTE_PRESENT) grab(`kernel page table ${i}`, pde & 0xfffff000, 4096, 'page-entries');
  }
  return { regions, registers: cpuRegisters(machine) };
}

function cpuRegisters(machine: Machine): Record<string, number> {
  const cpu = machine.cpu;
  return {
    'GDTR.base': cpu.gdtr.base, 'GDTR.limit': cpu.gdtr.limit,
    'IDTR.base': cpu.idtr.base, 'IDTR.limit': cpu.idtr.limit,
    'TR.base': cpu.tr.base, 'CR0 PG/WP/PE': (cpu.cr0 & CR0_PROTECTION) >>> 0,
  };
}

/** What differs now from `before`: one line per changed region or register.
 *  Without `registers` (after a CPU reset, which clears them) only memory is compared. */
export function kernelChanges(machine: Machine, before: KernelSnapshot, registers = true): string[] {
  const changes: string[] = [];
  for (const r of before.regions) {
    const now = machine.ram.read(r.addr, r.bytes.length);
    const at = firstDifference(r.bytes, now, r.cpuBits);
    if (at >= 0) changes.push(`${r.name} changed at 0x${hex(r.addr + at)}`);
  }
  if (!registers) return changes;
  const after = cpuRegisters(machine);
  for (const [name, value] of Object.entries(before.registers)) {
    if (after[name] !== value) changes.push(`${name} changed from 0x${hex(value)} to 0x${hex(after[name] ?? 0)}`);
  }
  return changes;
}

// Little-endian 32-bit words: a PTE's A and D bits; a descriptor's Accessed
// bit is bit 8 of its high word (byte 5, bit 0).
const PTE_ACCESSED_DIRTY = 0x60;
const DESCRIPTOR_ACCESSED = 0x100;

/** Offset of the first 32-bit word that differs outside the bits the CPU sets. */
function firstDifference(a: Uint8Array, b: Uint8Array, cpuBits: MemoryRegion['cpuBits']): number {
  const va = new DataView(a.buffer, a.byteOffset, a.length);
  const vb = new DataView(b.buffer, b.byteOffset, b.length);
  let i = 0;
  for (; i + 4 <= a.length; i += 4) {
    // A descriptor's Accessed bit is in its second word only.
    const ignore = cpuBits === 'page-entries' ? PTE_ACCESSED_DIRTY : cpuBits === 'descriptors' && (i & 4) ? DESCRIPTOR_ACCESSED : 0;
    if (((va.getUint32(i, true) ^ vb.getUint32(i, true)) & ~ignore) !== 0) return i;
  }
  for (; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}
