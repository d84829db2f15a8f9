// Instruction semantics beyond the flag vectors: strings, addressing forms,
// stack frames, exchange/compare instructions, control transfer.
import { describe, it, expect } from 'vitest';
import { makeCpu, runCode, setupProtected, setGate, poke, poke32, peek32, peek16, type Harness } from './helpers.ts';

function flat(): Harness {
  const h = makeCpu();
  h.cpu.setReg32(4, 0x9000);
  return h;
}

const reg = (h: Harness, i: number) => h.cpu.getReg32(i);

describe('string instructions', () => {
  it('REP MOVSD, REP STOSW, REPE CMPSB and REPNE SCASB', () => {
    const h = flat();
    for (let i = 0; i < 20; i++) h.mem.ram[0x3000 + i] = i + 1;
    h.mem.ram[0x6009] = 7;
    runCode(h, 0x100, 'be 00 30 00 00 bf 00 40 00 00 b9 05 00 00 00 fc f3 a5 bf 00 50 00 00 b8 44 43 42 41 b9 03 00 00 00 f3 66 ab be 00 30 00 00 bf 00 40 00 00 b9 14 00 00 00 f3 a6 bf 00 60 00 00 b0 07 b9 64 00 00 00 f2 ae f4');
    expect(h.cpu.halted).toBe(true);
    for (let i = 0; i < 20; i++) expect(h.mem.ram[0x4000 + i]).toBe(i + 1);
    expect([...h.mem.ram.slice(0x5000, 0x5008)]).toEqual([0x44, 0x43, 0x44, 0x43, 0x44, 0x43, 0, 0]);
    expect(reg(h, 6)).toBe(0x3014); // CMPSB ran all 20 (equal)
    expect(reg(h, 1)).toBe(90);     // SCASB stopped after 10
    expect(reg(h, 7)).toBe(0x600a);
    expect(h.cpu.getEflags() & 0x40).toBe(0x40);
  });

  it('LODSB walks backwards with DF=1', () => {
    const h = flat();
    h.mem.ram[0x3003] = 0xaa;
    h.mem.ram[0x3002] = 0xbb;
    runCode(h, 0x100, 'fd be 03 30 00 00 ac 88 c3 ac fc f4');
    expect(reg(h, 3) & 0xff).toBe(0xaa);
    expect(reg(h, 0) & 0xff).toBe(0xbb);
    expect(reg(h, 6)).toBe(0x3001);
  });

  it('REP with a 16-bit address size uses CX, SI, DI', () => {
    const h = flat();
    for (let i = 0; i < 4; i++) h.mem.ram[0x3000 + i] = 0x10 + i;
    // mov ecx, 0x10004; mov esi, 0xffff3000; mov edi, 0xffff4000; a16 rep movsb; hlt
    runCode(h, 0x100, 'b9 04 00 01 00 be 00 30 ff ff bf 00 40 ff ff 67 f3 a4 f4');
    expect([...h.mem.ram.slice(0x4000, 0x4004)]).toEqual([0x10, 0x11, 0x12, 0x13]);
    expect(reg(h, 1)).toBe(0x10000);
    expect(reg(h, 6)).toBe(0xffff3004);
  });
});

describe('addressing and data movement', () => {
  it('16-bit ModRM addressing with BX+SI and BP (SS) bases', () => {
    const h = flat();
    runCode(h, 0x100, 'bb 10 10 00 00 be 20 00 00 00 c7 05 30 10 00 00 ef be ad de 67 8b 00 bd 00 10 00 00 67 8b 4e 30 f4');
    expect(reg(h, 0)).toBe(0xdeadbeef);
    expect(reg(h, 1)).toBe(0xdeadbeef);
  });

  it('MOVSX/MOVZX from bytes and words', () => {
    const h = flat();
    runCode(h, 0x100, 'bb 80 00 00 00 0f be c3 0f b6 cb ba 01 80 ff ff 0f bf f2 0f b7 fa f4');
    expect([reg(h, 0), reg(h, 1), reg(h, 6), reg(h, 7)]).toEqual([0xffffff80, 0x80, 0xffff8001, 0x8001]);
  });

  it('operand-size prefix: 16-bit ADD keeps the upper half; PUSH/POP word', () => {
    const h = flat();
    runCode(h, 0x100, 'b8 78 56 34 12 66 83 c0 ff 89 c3 66 68 34 12 66 59 f4');
    expect(reg(h, 3)).toBe(0x12345677);
    expect(h.cpu.getEflags() & 1).toBe(1);
    expect(reg(h, 1) & 0xffff).toBe(0x1234);
    expect(reg(h, 4)).toBe(0x9000);
  });

  it('MOV with moffs operands', () => {
    const h = flat();
    runCode(h, 0x100, 'b8 fe ca 00 00 a3 00 31 00 00 a0 01 31 00 00 89 c3 f4');
    expect(peek32(h.mem, 0x3100)).toBe(0xcafe);
    expect(reg(h, 3)).toBe(0xcaca);
  });

  it('BSWAP, CMPXCHG, XADD, XLAT', () => {
    const h = flat();
    h.mem.ram[0x3002] = 0x99;
    runCode(h, 0x100, 'b8 44 33 22 11 0f c8 89 c1 b8 05 00 00 00 bb 09 00 00 00 ba 05 00 00 00 0f b1 da be 03 00 00 00 bf 04 00 00 00 0f c1 fe bb 00 30 00 00 b0 02 d7 f4');
    expect(reg(h, 1)).toBe(0x44332211);
    expect(reg(h, 2)).toBe(9);
    expect(reg(h, 6)).toBe(7);
    expect(reg(h, 7)).toBe(3);
    expect(reg(h, 0) & 0xff).toBe(0x99);
  });

  it('BTS with a register bit offset reaches beyond the addressed dword (both signs)', () => {
    const h = flat();
    runCode(h, 0x100, 'c7 05 00 30 00 00 00 00 00 00 b8 23 00 00 00 0f ab 05 00 30 00 00 8b 1d 04 30 00 00 b8 ff ff ff ff 0f ab 05 04 30 00 00 8b 0d 00 30 00 00 0f ba e1 1f 0f 92 c2 f4');
    expect(reg(h, 3)).toBe(8);
    expect(reg(h, 1)).toBe(0x80000000);
    expect(reg(h, 2) & 0xff).toBe(1);
  });
});

describe('stack frames and control transfer', () => {
  it('ENTER and LEAVE', () => {
    const h = flat();
    runCode(h, 0x100, 'bc 00 90 00 00 bd 34 12 00 00 c8 10 00 00 89 e8 89 e3 c9 f4');
    expect(reg(h, 0)).toBe(0x8ffc);
    expect(reg(h, 3)).toBe(0x8fec);
    expect(reg(h, 4)).toBe(0x9000);
    expect(reg(h, 5)).toBe(0x1234);
    expect(peek32(h.mem, 0x8ffc)).toBe(0x1234);
  });

  it('ENTER with a nesting level copies the outer frame pointers', () => {
    const h = flat();
    poke32(h.mem, 0x7ffc, 0xaaaa); // the outer frame's saved pointer at EBP-4
    // mov esp, 0x9000; mov ebp, 0x8000; enter 8, 2; hlt
    runCode(h, 0x100, 'bc 00 90 00 00 bd 00 80 00 00 c8 08 00 02 f4');
    expect(peek32(h.mem, 0x8ffc)).toBe(0x8000);  // old EBP
    expect(peek32(h.mem, 0x8ff8)).toBe(0xaaaa);  // copied from [old EBP - 4]
    expect(peek32(h.mem, 0x8ff4)).toBe(0x8ffc);  // the new frame pointer
    expect(reg(h, 5)).toBe(0x8ffc);
    expect(reg(h, 4)).toBe(0x8ff4 - 8);
  });

  it('PUSHAD/POPAD store the original ESP and skip it on the way back', () => {
    const h = flat();
    runCode(h, 0x100, 'bc 00 90 00 00 b8 01 00 00 00 b9 02 00 00 00 ba 03 00 00 00 bb 04 00 00 00 bd 06 00 00 00 be 07 00 00 00 bf 08 00 00 00 60 8b 44 24 0c 8b 5c 24 1c 61 f4');
    expect([reg(h, 0), reg(h, 3), reg(h, 4), reg(h, 7)]).toEqual([1, 4, 0x9000, 8]);
    expect(peek32(h.mem, 0x9000 - 32 + 12)).toBe(0x9000);
  });

  it('LOOP counts ECX down; JECXZ jumps on zero', () => {
    const h = flat();
    runCode(h, 0x100, '31 c0 b9 0a 00 00 00 40 e2 fd b9 00 00 00 00 e3 05 b8 63 00 00 00 f4');
    expect(reg(h, 0)).toBe(10);
  });

  it('CALL/RET and indirect JMP/CALL through registers and memory', () => {
    const h = flat();
    runCode(h, 0x100, 'bc 00 90 00 00 e8 06 00 00 00 bb 07 00 00 00 f4 b8 05 00 00 00 c3');
    expect([reg(h, 0), reg(h, 3), reg(h, 4)]).toEqual([5, 7, 0x9000]);
    const j = flat();
    runCode(j, 0, 'b8 08 00 00 00 ff e0 f4 bb 01 00 00 00 c7 05 00 30 00 00 1e 00 00 00 ff 15 00 30 00 00 f4 b9 02 00 00 00 c3');
    expect([reg(j, 3), reg(j, 1)]).toEqual([1, 2]);
  });

  it('BOUND raises #BR when the index is out of range', () => {
    const h = makeCpu();
    setupProtected(h);
    setGate(h, 5, 0x7000);
    poke(h.mem, 0x7000, [0xf4]);
    let vector = -1, eip = -1;
    h.cpu.hooks = { onInterrupt: (v, _c, e) => { vector = v; eip = e; } };
    runCode(h, 0x100, 'c7 05 00 30 00 00 0a 00 00 00 c7 05 04 30 00 00 14 00 00 00 b8 0f 00 00 00 62 05 00 30 00 00 b8 15 00 00 00 62 05 00 30 00 00 f4');
    expect(vector).toBe(5);
    expect(eip).toBe(0x100 + 0x24);
  });

  it('PUSH/POP of segment registers and LES', () => {
    const h = flat();
    poke32(h.mem, 0x3000, 0x12345678);
    h.mem.ram[0x3004] = 0x10; // selector 0x10 (flat data in the hand-off GDT is not needed: GDTR is empty)
    // push ds; pop eax; hlt
    runCode(h, 0x100, '1e 58 f4');
    expect(reg(h, 0)).toBe(0x10);
    expect(reg(h, 4)).toBe(0x9000);
    expect(peek16(h.mem, 0x9000 - 4)).toBe(0x10);
  });
});

describe('API contract', () => {
  it('rejects bad arguments with readable errors', () => {
    const h = flat();
    expect(() => h.cpu.run(-1)).toThrow(/budget/);
    expect(() => h.cpu.getReg32(8)).toThrow(/register index 8/);
    expect(() => h.cpu.getSegment(6)).toThrow(/segment register index/);
  });

  it('reset() gives the real-mode power-on state', () => {
    const h = flat();
    h.cpu.reset();
    expect(h.cpu.eip).toBe(0xfff0);
    expect(h.cpu.getSegment(1)).toMatchObject({ selector: 0xf000, base: 0xffff0000 });
    expect(h.cpu.cr0 & 1).toBe(0);
    expect(h.cpu.getEflags()).toBe(2);
  });

  it('enterFlatProtectedMode gives the multiboot hand-off state', () => {
    const h = flat();
    expect(h.cpu.cr0 & 0x80000001).toBe(1);
    expect(h.cpu.cpl).toBe(0);
    expect(h.cpu.getEflags()).toBe(2);
    for (const s of [0, 1, 2, 3, 4, 5]) expect(h.cpu.getSegment(s)).toMatchObject({ base: 0, limit: 0xffffffff, dpl: 0 });
    expect(h.cpu.getSegment(1).code).toBe(true);
    expect(h.cpu.gdtr).toEqual({ base: 0, limit: 0 });
  });

  it('counts retired instructions and stops at the budget', () => {
    const h = flat();
    runCode(h, 0x100, 'eb fe', 1234); // jmp $
    expect(h.cpu.instructionCount).toBe(1234);
    expect(h.cpu.run(10)).toBe(10);
  });
});

describe('real mode', () => {
  it('runs 16-bit code after reset and takes INT n through the IVT', () => {
    const h = makeCpu();
    h.cpu.reset();
    // Point CS:IP at 0000:7C00 as a boot loader would find it.
    h.cpu.setSegmentCache(1, 0, 0, 0xffff, h.cpu.getSegment(1).attr);
    h.cpu.eip = 0x7c00;
    h.cpu.setReg32(4, 0x7000);
    poke(h.mem, 0x21 * 4, [0x00, 0x05, 0x00, 0x00]); // IVT[0x21] = 0000:0500
    poke(h.mem, 0x500, [0xbb, 0x78, 0x56, 0xcf]);     // mov bx, 0x5678; iret
    // mov ax, 0x1234; int 0x21; mov cx, ds; mov dx, 0x40; mov ds, dx; mov [0x10], ax; hlt
    poke(h.mem, 0x7c00, [0xb8, 0x34, 0x12, 0xcd, 0x21, 0x8c, 0xd9, 0xba, 0x40, 0x00, 0x8e, 0xda, 0xa3, 0x10, 0x00, 0xf4]);
    h.cpu.run(20);
    expect(h.cpu.halted).toBe(true);
    expect(reg(h, 0) & 0xffff).toBe(0x1234);
    expect(reg(h, 3) & 0xffff).toBe(0x5678);
    expect(reg(h, 4)).toBe(0x7000);
    expect(h.cpu.getSegment(3)).toMatchObject({ selector: 0x40, base: 0x400 });
    expect(peek16(h.mem, 0x410)).toBe(0x1234);
  });
});
