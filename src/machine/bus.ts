// The interfaces through which the CPU reaches the rest of the PC.

/** Guest physical memory. The CPU indexes `ram` directly for speed;
 *  accesses at or beyond `size` read as 0xFF and are ignored when written. */
export interface PhysicalMemory {
  readonly ram: Uint8Array;
  readonly size: number;
}

/** The I/O port space (IN/OUT/INS/OUTS). Unclaimed ports read as all ones. */
export interface IoBus {
  in8(port: number): number;
  in16(port: number): number;
  in32(port: number): number;
  out8(port: number, value: number): void;
  out16(port: number, value: number): void;
  out32(port: number, value: number): void;
}

/** The CPU's INTR line and interrupt acknowledge cycle (the 8259 PIC). */
export interface InterruptController {
  /** True while an unmasked interrupt request is pending. */
  readonly intr: boolean;
  /** Acknowledges the highest-priority request and returns its vector. */
  acknowledge(): number;
}
