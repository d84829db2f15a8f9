// Type-ahead through the 16550 model into a guest that reads slowly and stops
// reading while its own buffer is full (tests/machine/slow-reader.s): every
// byte arrives, in order, because the host side waits for room in the FIFO.
import { describe, it, expect } from 'vitest';
import { bootReader } from './slow-reader.ts';

/** Every byte value, in a fixed pseudo-random order. */
function bytes(n: number, seed = 12345): number[] {
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (x * 1103515245 + 12345) >>> 0;
    return x >>> 24;
  });
}

describe('type-ahead into a slow guest reader', () => {
  it('delivers 10,000 bytes typed ahead byte-exact and in order, the guest pausing its reads', () => {
    const data = bytes(10_000);
    const { machine, out } = bootReader(data.length);
    machine.sendSerialInput(data);
    const r = machine.runUntilExit({ maxVirtualSeconds: 30 });
    expect(r.state).toBe('exited');
    expect(out.length).toBe(data.length);
    expect(out).toEqual(data);
    expect(r.exitValue).toBeGreaterThan(100); // its ring was full again and again: the host waited
    expect(machine.uart.rxQueued).toBe(0);
  });

  it('delivers input that arrives in pieces while the guest runs', () => {
    const data = bytes(3000, 7);
    const { machine, out } = bootReader(data.length, 50);
    for (let i = 0; i < data.length; i += 250) {
      machine.sendSerialInput(data.slice(i, i + 250));
      for (let k = 0; k < 20 && machine.state !== 'exited'; k++) machine.runSlice(20_000);
    }
    machine.runUntilExit({ maxVirtualSeconds: 10 });
    expect(out).toEqual(data);
  });

  it('wakes an idle guest for bytes below the trigger level by the character timeout', () => {
    const { machine, out } = bootReader(3);
    expect(machine.runSlice(100_000)).toBe('halted-idle');
    const before = machine.now;
    machine.sendSerialInput('abc');
    expect(machine.uart.nextEventAt()).toBe(before + 4 * machine.uart.charInstructions());
    const r = machine.runUntilExit({ maxVirtualSeconds: 1 });
    expect(r.state).toBe('exited');
    expect(String.fromCharCode(...out)).toBe('abc');
    // Woken at the timeout (4 characters at 115200 baud, about 0.35 ms), not at
    // the next timer tick (the PIT runs at 18.2 Hz here: 55 ms).
    expect(machine.virtualSeconds - before / 50_000_000).toBeLessThan(0.001);
  });
});
