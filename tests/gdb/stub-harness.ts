// A bare multiboot program on a Machine with a GdbStub: packets go in as
// gdb would send them, replies come out as text.
import { Machine } from '../../src/machine/machine.ts';
import { assembleFlatBinary } from '../../src/isa/assembler.ts';
import { GdbStub, type StubAction, type StubOptions } from '../../src/debug/gdb/stub.ts';
import { buildElf } from '../machine/elf-fixture.ts';

export const BASE = 0x100000;

// Labels are at known addresses: the test looks them up from the listing below.
export const PROGRAM = `
bits 32
header: dd 0x1BADB002, 3, -(0x1BADB002 + 3)
start:
  mov esp, 0x180000
  mov eax, 1
  mov ebx, 2
  call addup
after_call:
  mov [0x120000], eax
stored:
  mov ecx, [0x120004]
loaded:
  inc eax
  mov dx, 0xf4
  out dx, eax
  hlt
addup:
  add eax, ebx
  ret
`;

export function labelAddress(name: string): number {
  // Assemble once with the label as the origin-relative value: `dd name` at the end.
  const bytes = assembleFlatBinary(`${PROGRAM}\nprobe: dd ${name}\n`, BASE);
  const n = bytes.length;
  return (bytes[n - 4]! | (bytes[n - 3]! << 8) | (bytes[n - 2]! << 16) | (bytes[n - 1]! << 24)) >>> 0;
}

export function bootStub(opts: StubOptions = {}): { machine: Machine; stub: GdbStub; send: (p: string) => StubAction; ask: (p: string) => string; go: () => string } {
  const machine = new Machine({ memoryMiB: 4 });
  const code = assembleFlatBinary(PROGRAM, BASE);
  machine.boot(buildElf(BASE + 12, [{ paddr: BASE, data: code, memsz: 0x30000 }]), [], '');
  const stub = new GdbStub(machine, opts);
  const send = (p: string) => stub.handle(p);
  const ask = (p: string) => {
    const a = stub.handle(p);
    if (a.kind !== 'reply') throw new Error(`${p}: expected a reply, got ${a.kind}`);
    return a.text;
  };
  // Runs a resumed machine until it stops (bounded, so a broken stub fails instead of hanging).
  const go = () => {
    for (let i = 0; i < 1000; i++) {
      const r = stub.run(1000);
      if (r !== null) return r;
    }
    throw new Error('the machine did not stop');
  };
  return { machine, stub, send, ask, go };
}

export function le32(v: number): string {
  return [0, 8, 16, 24].map((s) => ((v >>> s) & 0xff).toString(16).padStart(2, '0')).join('');
}
