// Machine.runInteractive for `ringside run`: a guest idle while input may
// still come waits on the host in wall-clock time (not spinning, not counted
// against the host's time limit); once no input can come, idle time is
// skipped and counts.
import { describe, it, expect } from 'vitest';
import { bootReader } from './slow-reader.ts';

describe('an interactive run waiting for input', () => {
  it('is not stopped by the host limit while it waits, and sleeps instead of spinning', async () => {
    const { machine, out } = bootReader(2);
    setTimeout(() => machine.sendSerialInput('ok'), 400);
    let slices = 0;
    const started = performance.now();
    const state = await machine.runInteractive({ paceIdle: () => true, maxActiveSeconds: 0.05, afterSlice: () => slices++ });
    expect(state).toBe('exited');
    expect(String.fromCharCode(...out)).toBe('ok');
    expect(performance.now() - started).toBeGreaterThanOrEqual(350);
    // Idle virtual time followed the wall clock (about 0.4 s), far beyond the 0.05 s limit...
    expect(machine.virtualSeconds).toBeGreaterThan(0.3);
    expect(machine.virtualSeconds).toBeLessThan(5);
    // ...and the host slept: one slice per timer event at most (18.2 Hz here), not a busy loop.
    expect(slices).toBeLessThan(200);
  });

  it('counts idle time once no input can come, and stops at the limit', async () => {
    const { machine } = bootReader(2);
    const started = performance.now();
    const state = await machine.runInteractive({ paceIdle: () => false, maxActiveSeconds: 2 });
    expect(state).toBe('limit');
    expect(machine.virtualSeconds).toBeGreaterThanOrEqual(2);
    expect(performance.now() - started).toBeLessThan(1500); // skipped, not waited for
  });

  it('stops a guest that computes at the limit even while input may come', async () => {
    const { machine } = bootReader(1, 2_000_000_000); // one byte, then a very long spin
    machine.sendSerialInput('x');
    const state = await machine.runInteractive({ paceIdle: () => true, maxActiveSeconds: 0.1 });
    expect(state).toBe('limit');
    expect(machine.virtualSeconds).toBeGreaterThanOrEqual(0.1);
    expect(machine.virtualSeconds).toBeLessThan(0.2);
  });
});
