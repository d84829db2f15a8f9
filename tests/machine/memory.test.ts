import { describe, it, expect } from 'vitest';
import { Ram, MemoryError } from '../../src/machine/memory.ts';

describe('RAM', () => {
  it('defaults to 32 MiB and is configurable', () => {
    expect(new Ram().size).toBe(32 << 20);
    expect(new Ram(4).ram.length).toBe(4 << 20);
  });

  it('rejects impossible sizes with a readable message', () => {
    expect(() => new Ram(0)).toThrow(MemoryError);
    expect(() => new Ram(1.5)).toThrow(/whole number of MiB/);
  });

  it('loads, reads and zeroes ranges, little-endian words', () => {
    const ram = new Ram(2);
    ram.load(0x1000, new Uint8Array([1, 2, 3, 4]));
    expect(ram.read32(0x1000)).toBe(0x04030201);
    ram.write32(0x2000, 0xdeadbeef);
    expect([...ram.read(0x2000, 4)]).toEqual([0xef, 0xbe, 0xad, 0xde]);
    ram.zero(0x1000, 2);
    expect(ram.read32(0x1000)).toBe(0x04030000);
  });

  it('refuses ranges outside RAM', () => {
    const ram = new Ram(2);
    expect(() => ram.load(ram.size - 2, new Uint8Array(4))).toThrow(/outside RAM/);
    expect(() => ram.read32(-4)).toThrow(MemoryError);
  });
});
