// The I/O port space: a dispatch table from port number to device handlers.
import type { IoBus } from './bus.ts';

/** Handlers a device registers for one port. Missing word/dword handlers are
 *  split into byte accesses on consecutive ports, as the ISA bus does. */
export interface PortHandlers {
  read8?(port: number): number;
  write8?(port: number, value: number): void;
  read16?(port: number): number;
  write16?(port: number, value: number): void;
  read32?(port: number): number;
  write32?(port: number, value: number): void;
}

export class PortConflictError extends Error {
  override name = 'PortConflictError';
}

export class PortBus implements IoBus {
  private readonly handlers: (PortHandlers | undefined)[] = new Array(0x10000);

  /** Claims `count` consecutive ports starting at `first` for one device. */
  register(first: number, count: number, handlers: PortHandlers): void {
    // Check the whole range first so that a refused claim changes nothing.
    for (let p = first; p < first + count; p++) {
      if (p < 0 || p > 0xffff) throw new PortConflictError(`port 0x${p.toString(16)} is outside the 16-bit port space`);
      if (this.handlers[p]) throw new PortConflictError(`port 0x${p.toString(16)} is already claimed by another device`);
    }
    for (let p = first; p < first + count; p++) this.handlers[p] = handlers;
  }

  in8(port: number): number {
    const h = this.handlers[port & 0xffff];
    return h?.read8 ? h.read8(port & 0xffff) & 0xff : 0xff;
  }

  in16(port: number): number {
    port &= 0xffff;
    const h = this.handlers[port];
    if (h?.read16) return h.read16(port) & 0xffff;
    return this.in8(port) | (this.in8(port + 1) << 8);
  }

  in32(port: number): number {
    port &= 0xffff;
    const h = this.handlers[port];
    if (h?.read32) return h.read32(port) >>> 0;
    return (this.in16(port) | (this.in16(port + 2) << 16)) >>> 0;
  }

  out8(port: number, value: number): void {
    const h = this.handlers[port & 0xffff];
    if (h?.write8) h.write8(port & 0xffff, value & 0xff);
  }

  out16(port: number, value: number): void {
    port &= 0xffff;
    const h = this.handlers[port];
    if (h?.write16) return h.write16(port, value & 0xffff);
    this.out8(port, value);
    this.out8(port + 1, value >>> 8);
  }

  out32(port: number, value: number): void {
    port &= 0xffff;
    const h = this.handlers[port];
    if (h?.write32) return h.write32(port, value >>> 0);
    this.out16(port, value);
    this.out16(port + 2, value >>> 16);
  }
}
