// Instruction forms the other CPU tests do not reach (scripts/cpu-coverage
// lists them): segment register pushes and pops, far pointer loads, far
// CALL/JMP through memory, RET imm16, CPUID, port I/O by DX and its string
// forms, SALC, the test-register moves (#UD) and ICEBP. One program, one boot.
import { describe, it, expect } from 'vitest';
import { makeCpu, setupProtected, setGate, runCode, poke, poke32, peek32, KERNEL_STACK_TOP } from './helpers.ts';
import { assembleFlatBinary } from '../../src/isa/assembler.ts';

const CODE = 0x4000, HANDLERS = 0x5000, DATA = 0x6000;

const PROGRAM = `
bits 32
  push es
  push cs
  push ss
  push fs
  push gs
  pop gs
  pop fs
  pop ss
  pop eax
  mov [${DATA}], eax
  pop es
  lds esi, [${DATA + 0x100}]
  les edi, [${DATA + 0x100}]
  lgs ebx, [${DATA + 0x100}]
  lss ecx, [${DATA + 0x100}]
  mov [${DATA + 0x60}], esi
  mov [${DATA + 0x64}], edi
  mov [${DATA + 0x68}], ebx
  mov [${DATA + 0x6c}], ecx
  call far [${DATA + 0x110}]
  jmp far [${DATA + 0x118}]
  hlt
after_jmp:
  push 0x11
  push 0x22
  call near_ret8
  xor eax, eax
  cpuid
  mov [${DATA + 0x10}], ebx
  mov dx, 0x60
  in al, dx
  mov [${DATA + 0x20}], al
  mov eax, 0x11223344
  out dx, eax
  mov esi, ${DATA + 0x200}
  cld
  outsd
  mov edi, ${DATA + 0x300}
  insb
  stc
  salc
  mov [${DATA + 0x30}], al
  mov eax, tr6
  mov tr6, eax
  int1
  hlt
far_target:
  mov dword [${DATA + 0x50}], 1
  retf
near_ret8:
  ret 8
`;

describe('semantics of the rarer forms', () => {
  it('run as on a 486', () => {
    const h = makeCpu();
    setupProtected(h);
    const { cpu, mem, io } = h;
    const code = assembleFlatBinary(PROGRAM, CODE);
    poke(mem, CODE, code);
    const label = (bytes: number[]): number => {
      // The address of a byte sequence in the assembled code (labels are not exported by assembleFlatBinary).
      for (let i = 0; i < code.length; i++) if (bytes.every((b, k) => code[i + k] === b)) return CODE + i;
      throw new Error('label not found');
    };
    // Far pointers: a data offset with the data selector; far_target and after_jmp with the code selector.
    poke32(mem, DATA + 0x100, 0x1234);
    poke(mem, DATA + 0x104, [0x10, 0]);
    poke32(mem, DATA + 0x110, label([0xc7, 0x05, ...le(DATA + 0x50)]));
    poke(mem, DATA + 0x114, [0x08, 0]);
    poke32(mem, DATA + 0x118, label([0x6a, 0x11, 0x6a, 0x22]));
    poke(mem, DATA + 0x11c, [0x08, 0]);
    poke32(mem, DATA + 0x200, 0xcafef00d);
    io.inputs.set(0x60, 0xab);
    // #UD (vector 6) skips the 3-byte MOVs from and to TR6; #DB (vector 1, ICEBP) counts.
    setGate(h, 6, HANDLERS);
    poke(mem, HANDLERS, [0xff, 0x05, ...le(DATA + 0x40), 0x83, 0x04, 0x24, 0x03, 0xcf]); // inc dword [..]; add dword [esp], 3; iret
    setGate(h, 1, HANDLERS + 0x20);
    poke(mem, HANDLERS + 0x20, [0xff, 0x05, ...le(DATA + 0x44), 0xcf]); // inc dword [..]; iret

    runCode(h, CODE, code, 10_000);

    expect(cpu.halted).toBe(true);
    expect(cpu.eip).toBe(label([0xf4, 0xc7]) + 1); // the HLT before far_target
    expect(peek32(mem, DATA)).toBe(0x08); // CS pushed and popped
    expect(Array.from(cpu.segSel)).toEqual([0x10, 0x08, 0x10, 0x10, 0x10, 0x10]);
    expect([0x60, 0x64, 0x68, 0x6c].map((o) => peek32(mem, DATA + o))).toEqual([0x1234, 0x1234, 0x1234, 0x1234]);
    expect([cpu.regs[6], cpu.regs[7]]).toEqual([DATA + 0x204, DATA + 0x301]); // after OUTSD and INSB
    expect(peek32(mem, DATA + 0x50)).toBe(1); // far call reached far_target and returned
    expect(cpu.regs[4]).toBe(KERNEL_STACK_TOP); // RET 8 dropped the two pushes; every push was popped
    expect(peek32(mem, DATA + 0x10)).toBe(0x756e6547); // CPUID 0: "Genu"
    expect(mem.ram[DATA + 0x20]).toBe(0xab);
    expect(io.writes).toEqual([{ port: 0x60, size: 4, value: 0x11223344 }, { port: 0x60, size: 4, value: 0xcafef00d }]);
    expect(mem.ram[DATA + 0x300]).toBe(0xab); // INSB
    expect(mem.ram[DATA + 0x30]).toBe(0xff); // SALC with CF=1
    expect(peek32(mem, DATA + 0x40)).toBe(2); // MOV from and to TR6: #UD each
    expect(peek32(mem, DATA + 0x44)).toBe(1); // ICEBP: #DB
  });
});

function le(v: number): number[] {
  return [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
}
