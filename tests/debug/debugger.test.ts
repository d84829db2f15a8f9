import { describe, it, expect } from 'vitest';
import { Machine } from '../../src/machine/machine.ts';
import { attachEventLog } from '../../src/debug/events.ts';
import { Debugger } from '../../src/debug/debugger.ts';
import { assembleFlatBinary } from '../../src/isa/assembler.ts';
import { buildElf } from '../machine/elf-fixture.ts';

// A bare kernel at 1 MiB: calls a function twice, then counts timer ticks
// (PIT at 100 Hz, IRQ 0 at vector 0x20) until 3 have passed, and exits with the count.
const PROGRAM = `
bits 32
header: dd 0x1BADB002, 3, -(0x1BADB002 + 3)
start:
  mov esp, 0x200000
  call twice
after_call:
  call twice
  lgdt [gdtr]
  jmp 0x08:reload
reload:
  mov ax, 0x10
  mov ds, ax
  mov es, ax
  mov ss, ax
  mov al, 0x11
  out 0x20, al
  mov al, 0x20
  out 0x21, al
  mov al, 4
  out 0x21, al
  mov al, 1
  out 0x21, al
  mov al, 0xfe
  out 0x21, al
  mov al, 0x34
  out 0x43, al
  mov ax, 11932
  out 0x40, al
  mov al, ah
  out 0x40, al
  mov eax, tick
  mov [idt + 0x20 * 8], ax
  mov word [idt + 0x20 * 8 + 2], 0x08
  mov word [idt + 0x20 * 8 + 4], 0x8e00
  shr eax, 16
  mov [idt + 0x20 * 8 + 6], ax
  lidt [idtr]
  sti
idle:
  hlt
  cmp dword [ticks], 3
  jb idle
  mov eax, [ticks]
  out 0xf4, eax
  cli
  hlt
twice:
  add dword [calls], 1
  ret
tick:
  inc dword [ticks]
  push eax
  mov al, 0x20
  out 0x20, al
  pop eax
  iret
align 8
gdt: dd 0, 0, 0x0000ffff, 0x00cf9a00, 0x0000ffff, 0x00cf9200
gdtr: dw 23
  dd gdt
idtr: dw 0x21 * 8 - 1
  dd idt
ticks: dd 0
calls: dd 0
align 8
idt: times 0x21 * 8 db 0
`;

const BASE = 0x100000;

function setup() {
  const code = assembleFlatBinary(PROGRAM, BASE);
  const machine = new Machine({ memoryMiB: 4 });
  machine.boot(buildElf(BASE + 12, [{ paddr: BASE, data: code }]), [], '');
  const log = attachEventLog(machine);
  const dbg = new Debugger(machine, log);
  // Find labels by scanning for known code: `call twice` is the first e8 after `mov esp`.
  const afterCall = BASE + 12 + 5 + 5;
  const afterHlt = BASE + code.indexOf(0xf4, code.indexOf(0xfb)) + 1; // the `cmp` after `sti; hlt`
  return { machine, dbg, afterCall, afterHlt };
}

describe('debugger', { timeout: 60_000 }, () => {
  it('steps one instruction at a time', () => {
    const { dbg } = setup();
    expect(dbg.pc).toBe(BASE + 12);
    expect(dbg.step()).toEqual({ kind: 'step' });
    expect(dbg.pc).toBe(BASE + 17); // after mov esp, imm32
    dbg.step(); // call twice
    expect(dbg.pc).not.toBe(BASE + 22);
  });

  it('steps over a call to the next instruction', () => {
    const { dbg, afterCall } = setup();
    dbg.step();
    expect(dbg.stepOver(1000)).toEqual({ kind: 'breakpoint', address: afterCall });
    expect(dbg.pc).toBe(afterCall);
  });

  it('stops at a breakpoint, and continues from it to the next hit', () => {
    const { machine, dbg, afterHlt } = setup();
    dbg.toggleBreakpoint(afterHlt);
    expect(dbg.continue(10_000_000)).toEqual({ kind: 'breakpoint', address: afterHlt });
    const first = machine.now;
    expect(dbg.continue(10_000_000)).toEqual({ kind: 'breakpoint', address: afterHlt });
    expect(machine.now - first).toBeGreaterThan(400_000); // woken by the next timer tick, 10 ms later
    expect(dbg.toggleBreakpoint(afterHlt)).toBe(false);
    expect(dbg.continue(10_000_000)).toEqual({ kind: 'machine', state: 'exited' });
    expect(machine.exitValue).toBe(3);
  });

  it('stops right after an event that matches a condition, at full speed', () => {
    const { machine, dbg } = setup();
    dbg.stopWhen = (e) => e.kind === 'interrupt' && e.vector === 0x20;
    const r = dbg.continue(10_000_000);
    expect(r.kind).toBe('event');
    expect(r.kind === 'event' && r.event.kind === 'interrupt' && r.event.name).toBe('IRQ 0 (timer)');
    // The slice ended right after the delivery, not at the end of the budget.
    expect(r.kind === 'event' && machine.now - r.event.time).toBeLessThanOrEqual(1);
  });

  it('runs at full speed without breakpoints, up to the budget', () => {
    const { dbg } = setup();
    expect(dbg.continue(5)).toEqual({ kind: 'budget' });
    expect(dbg.continue(10_000_000)).toEqual({ kind: 'machine', state: 'exited' }); // idle time counts too
  });
});
