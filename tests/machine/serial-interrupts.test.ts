import { describe, it, expect } from 'vitest';
import { Machine } from '../../src/machine/machine.ts';
import { buildElf, hexBytes } from './elf-fixture.ts';

// echo.asm (nasm -f bin, org 0x100000): flat GDT, PICs remapped to 0x20/0x28 with only
// IRQ 4 unmasked, an IRQ 4 handler at vector 0x24, IER = 1 (received-data interrupts),
// then `sti` and `hlt` forever. The handler reads every byte waiting (LSR.DR), echoes it
// upper-cased to COM1, and on 'q' writes 7 to port 0xF4. The last bytes (the IDT) are bss.
const ECHO = hexBytes(
  '02b0ad1b03000000fb4f52e4bc000020000f0115c8001000ea1f001000080066b810008ed88ec08ed0b011e620e6a0b020e6' +
  '21b028e6a1b004e621b002e6a1b001e621e6a1b0efe621b0ffe6a1b88500100066a3f801100066c705fa011000080066c705' +
  'fc011000008ec1e81066a3fe0110000f011dce00100066baf903b001eefbf4ebfd66bafd03eca801740e66baf803ec3c7174' +
  '0a24dfeeebe9b020e620cfb807000000e7f4faf49090909090900000000000000000ffff0000009acf00ffff00000092cf00' +
  '1700b00010002701d800100090909090',
);
const ECHO_SIZE = 512;

function bootEcho() {
  const machine = new Machine({ memoryMiB: 4 });
  let out = '';
  machine.onSerialOutput((b) => { out += String.fromCharCode(b); });
  machine.boot(buildElf(0x10000c, [{ paddr: 0x100000, data: ECHO, memsz: ECHO_SIZE }]), [], '');
  return { machine, out: () => out };
}

describe('serial input through IRQ 4', () => {
  it('goes idle waiting for input, then wakes on a received byte', () => {
    const { machine, out } = bootEcho();
    expect(machine.runSlice(10_000)).toBe('halted-idle');
    const idleTime = machine.now;
    expect(machine.runSlice(10_000)).toBe('halted-idle');
    expect(machine.now).toBeGreaterThan(idleTime); // idle time jumps to the next timer event
    machine.sendSerialInput('ab');
    expect(machine.runSlice(10_000)).toBe('halted-idle');
    expect(out()).toBe('AB');
    machine.sendSerialInput('cq');
    const r = machine.runUntilExit({ maxVirtualSeconds: 1 });
    expect(out()).toBe('ABC');
    expect(r).toMatchObject({ state: 'exited', exitValue: 7 });
  });

  it('runs interactively: yields to the event loop and wakes when input arrives', async () => {
    const { machine, out } = bootEcho();
    setTimeout(() => machine.sendSerialInput('hi'), 5);
    setTimeout(() => machine.sendSerialInput('q'), 15);
    const state = await machine.runInteractive();
    expect(state).toBe('exited');
    expect(out()).toBe('HI');
    expect(machine.exitValue).toBe(7);
  });

  it('returns from an interactive run when aborted, leaving the machine usable', async () => {
    const { machine } = bootEcho();
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 10);
    const state = await machine.runInteractive({ signal: stop.signal });
    expect(state).toBe('halted-idle');
    machine.sendSerialInput('q');
    expect(machine.runUntilExit({ maxVirtualSeconds: 1 }).state).toBe('exited');
  });
});
