import { describe, it, expect } from 'vitest';
import { DebugConsole } from '../../src/machine/debugcon.ts';
import { ExitPort } from '../../src/machine/exit-port.ts';
import { PortBus } from '../../src/machine/io-bus.ts';

describe('debug console 0xE9', () => {
  it('passes bytes to the host and reads back 0xE9', () => {
    const bus = new PortBus();
    const out: number[] = [];
    new DebugConsole((b) => out.push(b)).attach(bus);
    bus.out8(0xe9, 0x41);
    expect(out).toEqual([0x41]);
    expect(bus.in8(0xe9)).toBe(0xe9);
  });
});

describe('exit port 0xF4', () => {
  it('ends with the value written, at 8, 16 and 32 bits', () => {
    const bus = new PortBus();
    const values: number[] = [];
    new ExitPort((v) => values.push(v)).attach(bus);
    bus.out8(0xf4, 0x1ff);
    bus.out16(0xf4, 0x1234);
    bus.out32(0xf4, 0x8000008b);
    expect(values).toEqual([0xff, 0x1234, 0x8000008b]);
  });
});
