// Test harness for the CPU: flat RAM, a recording I/O bus, a scriptable PIC,
// and builders for GDT/IDT/TSS/page tables.

import { Cpu } from '../../src/cpu/cpu.ts';
import type { InterruptController, IoBus, PhysicalMemory } from '../../src/machine/bus.ts';
import { loadSegment } from '../../src/cpu/segmentation.ts';

export class FlatRam implements PhysicalMemory {
  readonly ram: Uint8Array;
  constructor(readonly size: number) {
    this.ram = new Uint8Array(size);
  }
}

export class FakeIo implements IoBus {
  readonly writes: { port: number; size: number; value: number }[] = [];
  readonly inputs = new Map<number, number>();
  in8(port: number): number { return this.inputs.get(port) ?? 0xff; }
  in16(port: number): number { return this.inputs.get(port) ?? 0xffff; }
  in32(port: number): number { return this.inputs.get(port) ?? 0xffffffff; }
  out8(port: number, value: number): void { this.writes.push({ port, size: 1, value }); }
  out16(port: number, value: number): void { this.writes.push({ port, size: 2, value }); }
  out32(port: number, value: number): void { this.writes.push({ port, size: 4, value }); }
}

export class FakePic implements InterruptController {
  readonly pending: number[] = [];
  get intr(): boolean { return this.pending.length > 0; }
  acknowledge(): number { return this.pending.shift() ?? 0xff; }
}

/** Parses "b8 01 00 00 00" style hex (whitespace and comments after ';' per line ignored). */
export function hex(text: string): Uint8Array {
  const clean = text.split('\n').map((l) => l.replace(/;.*/, '')).join(' ').replace(/\s+/g, '');
  if (clean.length % 2) throw new Error(`odd hex length in ${text}`);
  const out = new Uint8Array(clean.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(clean.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export interface Harness {
  cpu: Cpu;
  mem: FlatRam;
  io: FakeIo;
  pic: FakePic;
}

/** A CPU in the multiboot hand-off state with `size` bytes of RAM. */
export function makeCpu(size = 4 << 20): Harness {
  const mem = new FlatRam(size);
  const io = new FakeIo();
  const pic = new FakePic();
  const cpu = new Cpu(mem, io, pic);
  cpu.enterFlatProtectedMode();
  return { cpu, mem, io, pic };
}

export function poke(mem: FlatRam, addr: number, bytes: Uint8Array | number[]): void {
  mem.ram.set(bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes), addr);
}

export function poke32(mem: FlatRam, addr: number, v: number): void {
  new DataView(mem.ram.buffer).setUint32(addr, v >>> 0, true);
}

export function peek32(mem: FlatRam, addr: number): number {
  return new DataView(mem.ram.buffer).getUint32(addr, true);
}

export function peek16(mem: FlatRam, addr: number): number {
  return new DataView(mem.ram.buffer).getUint16(addr, true);
}

/** Places code at `addr`, points EIP there and runs up to `budget` instructions (HLT stops it). */
export function runCode(h: Harness, addr: number, code: string | Uint8Array, budget = 1000): number {
  poke(h.mem, addr, typeof code === 'string' ? hex(code) : code);
  h.cpu.eip = addr;
  return h.cpu.run(budget);
}

/** Two dwords of a code/data descriptor. access = P DPL S type byte; flags = G D/B nibble. */
export function segmentDescriptor(base: number, limit: number, access: number, flags = 0xc): [number, number] {
  const lo = ((base & 0xffff) << 16) | (limit & 0xffff);
  const hi = ((base >>> 16) & 0xff) | (access << 8) | (limit & 0xf0000) | (flags << 20) | (base & 0xff000000);
  return [lo >>> 0, hi >>> 0];
}

/** An interrupt (type 0xE) or trap (0xF) gate, or a call gate (0xC, with param count). */
export function gateDescriptor(selector: number, offset: number, type: number, dpl: number, params = 0): [number, number] {
  const lo = (selector << 16) | (offset & 0xffff);
  const hi = (offset & 0xffff0000) | 0x8000 | (dpl << 13) | (type << 8) | (params & 0x1f);
  return [lo >>> 0, hi >>> 0];
}

export function writeDescriptor(mem: FlatRam, table: number, index: number, d: [number, number]): void {
  poke32(mem, table + index * 8, d[0]);
  poke32(mem, table + index * 8 + 4, d[1]);
}

// Layout of the protected-mode test environment.
export const GDT = 0x1000;
export const IDT = 0x2000;
export const TSS = 0x3000;
export const PAGE_DIR = 0x10000;
export const PAGE_TABLE = 0x11000;
export const KERNEL_STACK_TOP = 0x9f000;
export const SEL_KCODE = 0x08;
export const SEL_KDATA = 0x10;
export const SEL_UCODE = 0x1b;
export const SEL_UDATA = 0x23;
export const SEL_TSS = 0x28;

export interface ProtectedSetup {
  /** Page-table flags for each identity-mapped 4 KiB page of the first 4 MiB (default: present+writable+user). */
  pageFlags?: (page: number) => number;
  paging?: boolean;
  /** CR0.WP. */
  writeProtect?: boolean;
  iopl?: number;
}

/**
 * A kernel-like environment: GDT with kernel/user code and data plus a TSS,
 * an empty IDT (fill with setGate), TSS.esp0 = KERNEL_STACK_TOP, optional
 * identity paging of the first 4 MiB. Segment and TR loads go through the
 * CPU's own checks.
 */
export function setupProtected(h: Harness, opts: ProtectedSetup = {}): void {
  const { mem, cpu } = h;
  writeDescriptor(mem, GDT, 1, segmentDescriptor(0, 0xfffff, 0x9a));
  writeDescriptor(mem, GDT, 2, segmentDescriptor(0, 0xfffff, 0x92));
  writeDescriptor(mem, GDT, 3, segmentDescriptor(0, 0xfffff, 0xfa));
  writeDescriptor(mem, GDT, 4, segmentDescriptor(0, 0xfffff, 0xf2));
  writeDescriptor(mem, GDT, 5, segmentDescriptor(TSS, 0x67 + 0x2000 / 8 + 1, 0x89, 0));
  cpu.gdtr = { base: GDT, limit: 6 * 8 - 1 };
  cpu.idtr = { base: IDT, limit: 256 * 8 - 1 };
  poke32(mem, TSS + 4, KERNEL_STACK_TOP);
  poke32(mem, TSS + 8, SEL_KDATA);
  // I/O bitmap right after the 104-byte TSS, all ports denied.
  poke32(mem, TSS + 0x64, 0x68 << 16);
  mem.ram.fill(0xff, TSS + 0x68, TSS + 0x68 + 0x2000 / 8 + 1);
  for (const s of [0, 2, 3, 4, 5]) loadSegment(cpu, s, SEL_KDATA);
  cpu.regs[4] = KERNEL_STACK_TOP;
  // LTR through the instruction itself: mov ax, 0x28; ltr ax; hlt
  runCode(h, 0x500, '66 b8 28 00  0f 00 d8  f4');
  cpu.halted = false;
  if (opts.iopl) cpu.setEflags(cpu.getEflags() | (opts.iopl << 12));
  if (opts.paging) {
    const flags = opts.pageFlags ?? (() => 7);
    poke32(mem, PAGE_DIR, PAGE_TABLE | 7);
    for (let i = 0; i < 1024; i++) poke32(mem, PAGE_TABLE + i * 4, (i << 12) | flags(i));
    // mov eax, PAGE_DIR; mov cr3, eax; mov eax, cr0; or eax, 0x80000000 (| WP); mov cr0, eax; hlt
    const orMask = (0x80000000 | (opts.writeProtect ? 0x10000 : 0)) >>> 0;
    const b = new Uint8Array([
      0xb8, ...le32(PAGE_DIR), 0x0f, 0x22, 0xd8, 0x0f, 0x20, 0xc0, 0x0d, ...le32(orMask), 0x0f, 0x22, 0xc0, 0xf4,
    ]);
    runCode(h, 0x520, b);
    cpu.halted = false;
  }
}

export function le32(v: number): number[] {
  return [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
}

/** Installs an IDT gate (interrupt gate by default) pointing at kernel code. */
export function setGate(h: Harness, vector: number, handler: number, dpl = 0, type = 0xe): void {
  writeDescriptor(h.mem, IDT, vector, gateDescriptor(SEL_KCODE, handler, type, dpl));
}

/** Drops to ring 3 at `eip` with user stack `esp` by executing a real IRET from a prepared frame. */
export function enterRing3(h: Harness, eip: number, esp: number, eflags = 0x202): void {
  const { cpu, mem } = h;
  const frame = KERNEL_STACK_TOP - 0x100;
  poke32(mem, frame, eip);
  poke32(mem, frame + 4, SEL_UCODE);
  poke32(mem, frame + 8, eflags);
  poke32(mem, frame + 12, esp);
  poke32(mem, frame + 16, SEL_UDATA);
  cpu.regs[4] = frame;
  for (const s of [0, 3, 4, 5]) loadSegment(cpu, s, SEL_UDATA);
  poke(mem, 0x540, [0xcf]); // iret
  cpu.eip = 0x540;
  cpu.run(1);
}
