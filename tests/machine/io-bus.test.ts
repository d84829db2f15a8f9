import { describe, it, expect } from 'vitest';
import { PortBus, PortConflictError } from '../../src/machine/io-bus.ts';

describe('port bus', () => {
  it('reads all ones from unclaimed ports at every width', () => {
    const bus = new PortBus();
    expect(bus.in8(0x1234)).toBe(0xff);
    expect(bus.in16(0x1234)).toBe(0xffff);
    expect(bus.in32(0x1234)).toBe(0xffffffff);
    bus.out32(0x1234, 5); // ignored, no throw
  });

  it('splits wide accesses into byte accesses on consecutive ports', () => {
    const bus = new PortBus();
    const written: [number, number][] = [];
    bus.register(0x100, 4, {
      read8: (p) => p & 0xff,
      write8: (p, v) => { written.push([p, v]); },
    });
    expect(bus.in16(0x100)).toBe(0x0100);
    expect(bus.in32(0x100)).toBe(0x03020100);
    bus.out32(0x100, 0xddccbbaa);
    expect(written).toEqual([[0x100, 0xaa], [0x101, 0xbb], [0x102, 0xcc], [0x103, 0xdd]]);
  });

  it('uses a device\'s own word and dword handlers when it has them', () => {
    const bus = new PortBus();
    let last = 0;
    bus.register(0x200, 1, { write32: (_p, v) => { last = v; }, read16: () => 0xbeef });
    bus.out32(0x200, 0x12345678);
    expect(last).toBe(0x12345678);
    expect(bus.in16(0x200)).toBe(0xbeef);
  });

  it('refuses two devices on one port', () => {
    const bus = new PortBus();
    bus.register(0x60, 1, {});
    expect(() => bus.register(0x5f, 2, {})).toThrow(PortConflictError);
    expect(() => bus.register(0x5f, 2, {})).toThrow(/0x60 is already claimed/);
  });
});
