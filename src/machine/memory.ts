// Guest physical RAM: one flat byte array that the CPU indexes directly.
import type { PhysicalMemory } from './bus.ts';

export const DEFAULT_MEMORY_MIB = 32;

/** Thrown when memory is configured or accessed in a way the PC cannot do. */
export class MemoryError extends Error {
  override name = 'MemoryError';
}

export class Ram implements PhysicalMemory {
  readonly ram: Uint8Array;
  readonly size: number;

  constructor(mib: number = DEFAULT_MEMORY_MIB) {
    // At least 2 MiB: the kernel loads at 1 MiB. At most 3 GiB: above that is the PCI hole.
    if (!Number.isInteger(mib) || mib < 2 || mib > 3072) {
      throw new MemoryError(`memory size must be a whole number of MiB between 2 and 3072, got ${mib}`);
    }
    this.size = mib * 1024 * 1024;
    this.ram = new Uint8Array(this.size);
  }

  /** Copies `bytes` into RAM at `addr`; the whole range must be inside RAM. */
  load(addr: number, bytes: Uint8Array): void {
    this.checkRange(addr, bytes.length);
    this.ram.set(bytes, addr);
  }

  /** Zeroes `len` bytes at `addr` (a segment's bss). */
  zero(addr: number, len: number): void {
    this.checkRange(addr, len);
    this.ram.fill(0, addr, addr + len);
  }

  /** A copy of `len` bytes at `addr`. */
  read(addr: number, len: number): Uint8Array {
    this.checkRange(addr, len);
    return this.ram.slice(addr, addr + len);
  }

  read32(addr: number): number {
    this.checkRange(addr, 4);
    const r = this.ram;
    return (r[addr]! | (r[addr + 1]! << 8) | (r[addr + 2]! << 16) | (r[addr + 3]! << 24)) >>> 0;
  }

  write32(addr: number, value: number): void {
    this.checkRange(addr, 4);
    const r = this.ram;
    r[addr] = value & 0xff;
    r[addr + 1] = (value >>> 8) & 0xff;
    r[addr + 2] = (value >>> 16) & 0xff;
    r[addr + 3] = (value >>> 24) & 0xff;
  }

  clear(): void {
    this.ram.fill(0);
  }

  private checkRange(addr: number, len: number): void {
    if (!Number.isInteger(addr) || !Number.isInteger(len) || addr < 0 || len < 0 || addr + len > this.size) {
      throw new MemoryError(
        `physical range 0x${hex(addr)}..0x${hex(addr + len)} is outside RAM (0x0..0x${hex(this.size)})`,
      );
    }
  }
}

function hex(n: number): string {
  return Math.max(0, n).toString(16);
}
