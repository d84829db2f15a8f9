import { describe, it, expect } from 'vitest';
import { Machine } from '../../src/machine/machine.ts';
import { INSTRUCTIONS_PER_SECOND } from '../../src/machine/pit.ts';
import { buildElf, hexBytes } from './elf-fixture.ts';

// hi.asm (nasm -f bin, org 0x100000): multiboot header; mov dx,0x3f8; mov al,'h'; out dx,al;
// mov al,'i'; out dx,al; mov eax,42; out 0xf4,eax; hlt
const HI = hexBytes('02b0ad1b03000000fb4f52e466baf803b068eeb069eeb82a000000e7f4f4');

// timer.asm (nasm -f bin, org 0x100000): loads a flat GDT, remaps the PICs to 0x20/0x28,
// unmasks only IRQ 0, programs the PIT for 100 Hz (divisor 11932, mode 2), installs an
// IRQ 0 handler that counts ticks and sends EOI, prints "hi", then `sti` and loops on
// `hlt` until 10 ticks have passed, and writes the tick count to port 0xF4.
// The last 0x10c bytes (the tick counter and the IDT) are zero, so they are left to bss.
const TIMER = hexBytes(
  '02b0ad1b03000000fb4f52e4bc000020000f0115d0001000ea1f001000080066b810008ed88ec08ed0b011e620e6a0b020e6' +
  '21b028e6a1b004e621b002e6a1b001e621e6a1b0fee621b0ffe6a1b034e64366b89c2ee64088e0e640b8a600100066a3e001' +
  '100066c705e2011000080066c705e4011000008ec1e81066a3e60110000f011dd600100066baf803b068eeb069eefbf4833d' +
  'dc0010000a72f6faa1dc001000e7f4f4ff05dc00100050b020e62058cf90909090900000000000000000ffff0000009acf00' +
  'ffff00000092cf001700b80010000701e0001000',
);
const TIMER_SIZE = 488;

function boot(code: Uint8Array, memsz = code.length): { machine: Machine; serial: () => string } {
  const machine = new Machine({ memoryMiB: 4 });
  let out = '';
  machine.onSerialOutput((b) => { out += String.fromCharCode(b); });
  machine.boot(buildElf(0x10000c, [{ paddr: 0x100000, data: code, memsz }]), [], '');
  return { machine, serial: () => out };
}

describe('a bare-machine program', () => {
  it('writes "hi" to COM1 and its exit value to port 0xF4', () => {
    const { machine, serial } = boot(HI);
    const r = machine.runUntilExit({ maxInstructions: 1000 });
    expect(serial()).toBe('hi');
    expect(r.state).toBe('exited');
    expect(r.exitValue).toBe(42);
    expect(machine.exitValue).toBe(42);
    expect(machine.runSlice(100)).toBe('exited'); // an ended machine stays ended
  });

  it('takes 100 Hz timer interrupts and skips idle time on HLT', () => {
    const { machine, serial } = boot(TIMER, TIMER_SIZE);
    const r = machine.runUntilExit({ maxVirtualSeconds: 5 });
    expect(serial()).toBe('hi');
    expect(r.state).toBe('exited');
    expect(r.exitValue).toBe(10);
    // 10 ticks at 100 Hz: a tenth of a virtual second, though only a few hundred instructions ran.
    expect(r.virtualSeconds).toBeGreaterThan(0.099);
    expect(r.virtualSeconds).toBeLessThan(0.101);
    expect(r.instructions).toBeLessThan(1000);
  });

  it('is deterministic: the same program ends at the same virtual time', () => {
    const a = boot(TIMER, TIMER_SIZE).machine;
    const b = boot(TIMER, TIMER_SIZE).machine;
    expect(a.runUntilExit({ maxVirtualSeconds: 5 }).virtualSeconds).toBe(b.runUntilExit({ maxVirtualSeconds: 5 }).virtualSeconds);
    expect(a.now).toBe(b.now);
  });

  it('reports HLT with interrupts off as a dead machine', () => {
    // cli; hlt after the multiboot header.
    const code = new Uint8Array([...HI.subarray(0, 12), 0xfa, 0xf4]);
    const { machine } = boot(code);
    expect(machine.runUntilExit({ maxInstructions: 100 }).state).toBe('halted-forever');
  });

  it('reports a triple fault', () => {
    // lidt with a zero limit, then int3: no IDT entry -> #GP -> #DF -> triple fault.
    const code = new Uint8Array([...HI.subarray(0, 12),
      0x0f, 0x01, 0x1d, 0x20, 0x00, 0x10, 0x00, // lidt [0x100020]
      0xcc, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const { machine } = boot(code);
    const r = machine.runUntilExit({ maxInstructions: 1000 });
    expect(r.state).toBe('triple-fault');
  });

  it('stops at an instruction limit and at a virtual-time limit', () => {
    const spin = new Uint8Array([...HI.subarray(0, 12), 0xeb, 0xfe]); // jmp $
    const { machine } = boot(spin);
    const r = machine.runUntilExit({ maxInstructions: 12345 });
    expect(r.state).toBe('limit');
    expect(r.instructions).toBe(12345);
    const r2 = machine.runUntilExit({ maxVirtualSeconds: 0.01 });
    expect(r2.state).toBe('limit');
    expect(r2.instructions).toBe(INSTRUCTIONS_PER_SECOND / 100);
  });
});
