// Ring 3, paging, the IDT and the TSS stack switch, exercised with real code.
import { describe, it, expect } from 'vitest';
import {
  makeCpu, setupProtected, setGate, enterRing3, runCode, poke, poke32, peek32, hex,
  writeDescriptor, gateDescriptor, segmentDescriptor, GDT, KERNEL_STACK_TOP, PAGE_TABLE, SEL_KCODE,
  SEL_UCODE, SEL_UDATA, TSS, type Harness,
} from './helpers.ts';
import { describePageFaultError } from '../../src/cpu/exceptions.ts';

const USER_CODE = 0x200000;
const USER_STACK_TOP = 0x280000;
const SUPERVISOR_PAGE = 0x300000;
const STUBS = 0x7000;

interface Delivery { vector: number; code: number; eip: number; from: number; to: number; software: boolean }

/** Paging on; 0x200000-0x2fffff user pages, everything else supervisor-only;
 *  every exception vector and IRQ 0x20 has a DPL-0 gate to a HLT stub; 0x80 is a DPL-3 gate. */
function ringHarness(opts: { writeProtect?: boolean } = {}): Harness & { events: Delivery[] } {
  const h = makeCpu();
  setupProtected(h, {
    paging: true,
    writeProtect: opts.writeProtect,
    pageFlags: (page) => (page >= 0x200 && page < 0x300 ? 7 : 3),
  });
  for (let v = 0; v < 0x81; v++) {
    poke(h.mem, STUBS + v * 16, [0xf4]);
    setGate(h, v, STUBS + v * 16, v === 0x80 ? 3 : 0);
  }
  const events: Delivery[] = [];
  h.cpu.hooks = {
    onInterrupt: (vector, code, eip, from, to, software) => events.push({ vector, code, eip, from, to, software }),
  };
  return Object.assign(h, { events });
}

function runUser(h: Harness, code: string, budget = 100): void {
  poke(h.mem, USER_CODE, hex(code));
  enterRing3(h, USER_CODE, USER_STACK_TOP);
  expect(h.cpu.cpl).toBe(3);
  h.cpu.run(budget);
}

/** The exception frame pushed on the ring-0 stack after a switch from ring 3. */
function ringFrame(h: Harness, withCode: boolean) {
  const base = KERNEL_STACK_TOP - (withCode ? 24 : 20);
  const at = (i: number) => peek32(h.mem, base + i * 4);
  const o = withCode ? 1 : 0;
  return {
    code: withCode ? at(0) : -1, eip: at(o), cs: at(o + 1), eflags: at(o + 2), esp: at(o + 3), ss: at(o + 4),
  };
}

describe('ring 3 and paging faults', () => {
  it('a ring-3 store to a supervisor page raises #PF with error code 7 and CR2 set', () => {
    const h = ringHarness();
    runUser(h, 'c7 05 00 00 30 00 01 00 00 00'); // mov dword [0x300000], 1
    expect(h.events[0]).toMatchObject({ vector: 14, code: 7, eip: USER_CODE, from: 3, to: 0 });
    expect(h.cpu.cr2).toBe(SUPERVISOR_PAGE);
    expect(h.cpu.cpl).toBe(0);
    expect(h.cpu.getReg32(4)).toBe(KERNEL_STACK_TOP - 24);
    expect(ringFrame(h, true)).toMatchObject({ code: 7, eip: USER_CODE, cs: SEL_UCODE, esp: USER_STACK_TOP, ss: SEL_UDATA });
    expect(peek32(h.mem, SUPERVISOR_PAGE)).toBe(0);
    expect(describePageFaultError(7)).toBe('write, user mode, protection violation');
  });

  it('a ring-3 read of a supervisor page gives error code 5', () => {
    const h = ringHarness();
    runUser(h, 'a1 00 00 30 00'); // mov eax, [0x300000]
    expect(h.events[0]).toMatchObject({ vector: 14, code: 5, eip: USER_CODE });
    expect(h.cpu.cr2).toBe(SUPERVISOR_PAGE);
    expect(describePageFaultError(5)).toBe('read, user mode, protection violation');
  });

  it('a ring-3 access to a not-present page gives error codes 4 (read) and 6 (write)', () => {
    const h = ringHarness();
    poke32(h.mem, PAGE_TABLE + 0x250 * 4, 0); // unmap 0x250000
    runUser(h, 'a1 00 00 25 00');
    expect(h.events[0]).toMatchObject({ vector: 14, code: 4 });
    const w = ringHarness();
    poke32(w.mem, PAGE_TABLE + 0x250 * 4, 0);
    runUser(w, 'c7 05 00 00 25 00 01 00 00 00');
    expect(w.events[0]).toMatchObject({ vector: 14, code: 6 });
    expect(w.cpu.cr2).toBe(0x250000);
  });

  it('cli in ring 3 with IOPL=0 raises #GP(0) at the cli', () => {
    const h = ringHarness();
    runUser(h, '90 fa'); // nop; cli
    expect(h.events[0]).toMatchObject({ vector: 13, code: 0, eip: USER_CODE + 1, from: 3 });
  });

  it('hlt, lgdt, mov cr3 and invlpg in ring 3 raise #GP(0)', () => {
    for (const code of ['f4', '0f 01 15 00 00 20 00', '0f 22 d8', '0f 01 3d 00 00 20 00']) {
      const h = ringHarness();
      runUser(h, code);
      expect(h.events[0], code).toMatchObject({ vector: 13, code: 0, eip: USER_CODE });
    }
  });

  it('INT 0x80 through a DPL-3 gate switches to SS0:ESP0 and pushes SS, ESP, EFLAGS, CS, EIP', () => {
    const h = ringHarness();
    runUser(h, 'cd 80 eb fe'); // int 0x80; jmp $
    expect(h.events[0]).toMatchObject({ vector: 0x80, code: -1, eip: USER_CODE + 2, from: 3, to: 0, software: true });
    expect(h.cpu.cpl).toBe(0);
    expect(h.cpu.getSegment(2).selector).toBe(0x10);
    expect(h.cpu.getReg32(4)).toBe(KERNEL_STACK_TOP - 20);
    const f = ringFrame(h, false);
    expect(f).toMatchObject({ eip: USER_CODE + 2, cs: SEL_UCODE, esp: USER_STACK_TOP, ss: SEL_UDATA });
    expect(f.eflags & 0x200).toBe(0x200);
    expect(h.cpu.getEflags() & 0x200).toBe(0); // interrupt gate clears IF
  });

  it('IRET returns from the ring-0 handler to ring 3', () => {
    const h = ringHarness();
    poke(h.mem, STUBS + 0x80 * 16, hex('b8 2a 00 00 00 cf')); // mov eax, 42; iret
    let iret: number[] = [];
    h.cpu.hooks = { onIret: (from, to, eip) => { iret = [from, to, eip]; } };
    runUser(h, 'cd 80 eb fe', 10);
    expect(iret).toEqual([0, 3, USER_CODE + 2]);
    expect(h.cpu.cpl).toBe(3);
    expect(h.cpu.eip).toBe(USER_CODE + 2);
    expect(h.cpu.getReg32(0)).toBe(42);
    expect(h.cpu.getReg32(4)).toBe(USER_STACK_TOP);
    expect(h.cpu.getSegment(1).selector).toBe(SEL_UCODE);
    expect(h.cpu.getSegment(2).selector).toBe(SEL_UDATA);
    expect(h.cpu.getSegment(3).selector).toBe(SEL_UDATA);
  });

  it('IRET to ring 3 nulls data segment registers holding ring-0 segments', () => {
    const h = ringHarness();
    // Handler: mov ax, 0x10; mov ds, ax; iret
    poke(h.mem, STUBS + 0x80 * 16, hex('66 b8 10 00 8e d8 cf'));
    runUser(h, 'cd 80 eb fe', 10);
    expect(h.cpu.cpl).toBe(3);
    expect(h.cpu.getSegment(3).selector).toBe(0);
    expect(h.cpu.getSegment(3).usable).toBe(false);
    expect(h.cpu.getSegment(0).selector).toBe(SEL_UDATA);
  });

  it('INT to a DPL-0 gate from ring 3 raises #GP(vector*8+2)', () => {
    const h = ringHarness();
    runUser(h, 'cd 21'); // int 0x21
    expect(h.events[0]).toMatchObject({ vector: 13, code: 0x21 * 8 + 2, eip: USER_CODE, from: 3, to: 0 });
  });

  it('IN from ring 3 obeys the TSS I/O permission bitmap', () => {
    const h = ringHarness();
    runUser(h, 'e4 60'); // in al, 0x60: every port is denied
    expect(h.events[0]).toMatchObject({ vector: 13, code: 0 });
    const ok = ringHarness();
    ok.mem.ram[TSS + 0x68 + (0x60 >> 3)] = 0xfe; // allow port 0x60
    ok.io.inputs.set(0x60, 0x5a);
    runUser(ok, 'e4 60 eb fe', 5);
    expect(ok.events).toEqual([]);
    expect(ok.cpu.getReg32(0) & 0xff).toBe(0x5a);
  });

  it('POPF in ring 3 silently keeps IF and IOPL', () => {
    const h = ringHarness();
    // pushfd; pop eax; or eax, 0x3200 (IOPL=3, IF); and eax, ~0x200 (clear IF); push eax; popfd; pushfd; pop ebx; jmp $
    runUser(h, '9c 58 0d 00 32 00 00 25 ff fd ff ff 50 9d 9c 5b eb fe', 20);
    expect(h.events).toEqual([]);
    const flags = h.cpu.getReg32(3);
    expect(flags & 0x3000).toBe(0);
    expect(flags & 0x200).toBe(0x200);
  });

  it('divide by zero in ring 3 raises #DE at the DIV', () => {
    const h = ringHarness();
    runUser(h, '31 c9 f7 f1'); // xor ecx, ecx; div ecx
    expect(h.events[0]).toMatchObject({ vector: 0, code: -1, eip: USER_CODE + 2 });
  });

  it('a far call through a call gate enters ring 0 with copied parameters; RETF returns to ring 3', () => {
    const h = ringHarness();
    // Call gate 0x33 (GDT index 6, DPL 3) -> kernel code 0x08:0x6000, 2 dword parameters.
    writeDescriptor(h.mem, GDT, 6, gateDescriptor(SEL_KCODE, 0x6000, 0xc, 3, 2));
    h.cpu.gdtr = { base: GDT, limit: 7 * 8 - 1 };
    // Ring 0: mov eax, [esp+8]; mov ebx, [esp+12]; retf 8
    poke(h.mem, 0x6000, hex('8b 44 24 08 8b 5c 24 0c ca 08 00'));
    // Ring 3: push 0x11223344; push 0x55667788; call 0x33:0; jmp $
    runUser(h, '68 44 33 22 11 68 88 77 66 55 9a 00 00 00 00 33 00 eb fe', 7);
    expect(h.cpu.cpl).toBe(3);
    expect(h.cpu.eip).toBe(USER_CODE + 17);
    expect(h.cpu.getReg32(0)).toBe(0x55667788);
    expect(h.cpu.getReg32(3)).toBe(0x11223344);
    expect(h.cpu.getReg32(4)).toBe(USER_STACK_TOP); // the two parameters were popped by retf 8
    // The ring-0 stack held SS, ESP, the parameters, CS, EIP.
    expect(peek32(h.mem, KERNEL_STACK_TOP - 4)).toBe(SEL_UDATA);
    expect(peek32(h.mem, KERNEL_STACK_TOP - 8)).toBe(USER_STACK_TOP - 8);
    expect(peek32(h.mem, KERNEL_STACK_TOP - 12)).toBe(0x11223344);
    expect(peek32(h.mem, KERNEL_STACK_TOP - 16)).toBe(0x55667788);
    expect(peek32(h.mem, KERNEL_STACK_TOP - 20)).toBe(SEL_UCODE);
  });

  it('loading a ring-0 data segment from ring 3 raises #GP(selector)', () => {
    const h = ringHarness();
    runUser(h, '66 b8 10 00 8e d8'); // mov ax, 0x10; mov ds, ax
    expect(h.events[0]).toMatchObject({ vector: 13, code: 0x10, eip: USER_CODE + 4 });
  });

  it('an instruction fetch from a supervisor page faults with the target as EIP and CR2', () => {
    const h = ringHarness();
    runUser(h, 'b8 00 00 30 00 ff e0'); // mov eax, 0x300000; jmp eax
    expect(h.events[0]).toMatchObject({ vector: 14, code: 5, eip: SUPERVISOR_PAGE });
    expect(h.cpu.cr2).toBe(SUPERVISOR_PAGE);
  });

  it('a far jump from ring 3 straight to ring-0 code raises #GP(selector)', () => {
    const h = ringHarness();
    runUser(h, 'ea 00 70 00 00 08 00'); // jmp 0x08:0x7000
    expect(h.events[0]).toMatchObject({ vector: 13, code: 0x08, eip: USER_CODE });
  });

  it('a misaligned access in ring 3 with CR0.AM and EFLAGS.AC raises #AC(0); aligned ones do not', () => {
    const h = ringHarness();
    runCode(h, 0x8000, '0f 20 c0 0d 00 00 04 00 0f 22 c0 f4'); // cr0 |= AM
    h.cpu.halted = false;
    // mov eax, [0x200100]; mov eax, [0x200101]
    poke(h.mem, USER_CODE, hex('a1 00 01 20 00 a1 01 01 20 00'));
    enterRing3(h, USER_CODE, USER_STACK_TOP, 0x40202);
    h.cpu.run(10);
    expect(h.events[0]).toMatchObject({ vector: 17, code: 0, eip: USER_CODE + 5 });
  });

  it('UD2, CMOV, RDTSC, LEA/MOV forms without a meaning and a misplaced LOCK raise #UD; ESC opcodes raise #NM', () => {
    const cases = [['0f 0b', 6], ['0f 44 c1', 6], ['f0 89 c8', 6], ['f0 8b 00', 6], ['d9 c0', 7],
      ['8d c0', 6], ['c7 c8 00 00 00 00', 6], ['8e c8', 6], ['ff f8', 6], ['0f 31', 6]] as const;
    for (const [code, vector] of cases) {
      const h = ringHarness();
      runUser(h, code);
      expect(h.events[0], code).toMatchObject({ vector, eip: USER_CODE });
    }
  });
});

describe('paging details (ring 0)', () => {
  it('sets accessed and dirty bits in the PDE and PTE', () => {
    const h = ringHarness();
    runCode(h, 0x8000, 'a1 00 00 35 00 c6 05 00 00 36 00 01 f4'); // mov eax,[0x350000]; mov byte [0x360000],1; hlt
    expect(peek32(h.mem, PAGE_TABLE + 0x350 * 4) & 0x60).toBe(0x20);
    expect(peek32(h.mem, PAGE_TABLE + 0x360 * 4) & 0x60).toBe(0x60);
    expect(peek32(h.mem, 0x10000) & 0x20).toBe(0x20);
  });

  it('CR0.WP makes read-only pages fault for supervisor writes (error code 3)', () => {
    const ro = (wp: boolean) => {
      const h = ringHarness({ writeProtect: wp });
      poke32(h.mem, PAGE_TABLE + 0x350 * 4, 0x350000 | 1); // present, read-only, supervisor
      runCode(h, 0x8000, 'c6 05 00 00 35 00 01 f4'); // mov byte [0x350000], 1; hlt
      return h;
    };
    const strict = ro(true);
    expect(strict.events[0]).toMatchObject({ vector: 14, code: 3, eip: 0x8000, from: 0, to: 0 });
    const lax = ro(false);
    expect(lax.events).toEqual([]);
    expect(lax.mem.ram[0x350000]).toBe(1);
  });

  it('a read-modify-write whose store faults leaves the flags as they were, so ADC restarts correctly', () => {
    const h = ringHarness({ writeProtect: true });
    poke32(h.mem, PAGE_TABLE + 0x350 * 4, 0x350000 | 1); // read-only
    poke32(h.mem, 0x350000, 5);
    let pushedFlags = -1;
    h.cpu.hooks = {
      onInterrupt: (vector) => { if (vector === 14) pushedFlags = peek32(h.mem, h.cpu.getReg32(4) + 12); },
    };
    // #PF handler: push eax; mov eax, cr2; shr eax, 12; or dword [PAGE_TABLE + eax*4], 2; pop eax; add esp, 4; iret
    poke(h.mem, STUBS + 14 * 16, hex('50 0f 20 d0 c1 e8 0c 83 0c 85 00 10 01 00 02 58 83 c4 04 cf'));
    h.cpu.setReg32(0, 1);
    runCode(h, 0x8000, 'f9 11 05 00 00 35 00 f4'); // stc; adc [0x350000], eax; hlt
    expect(pushedFlags & 1).toBe(1);
    expect(h.cpu.halted).toBe(true);
    expect(peek32(h.mem, 0x350000)).toBe(7); // 5 + 1 + CF
    expect(h.cpu.getEflags() & 1).toBe(0);
  });

  it('a page-crossing store that faults on the second page writes nothing', () => {
    const h = ringHarness();
    poke32(h.mem, PAGE_TABLE + 0x351 * 4, 0);
    runCode(h, 0x8000, 'c7 05 fe 0f 35 00 44 33 22 11 f4'); // mov dword [0x350ffe], 0x11223344
    expect(h.events[0]).toMatchObject({ vector: 14, code: 2 });
    expect(h.cpu.cr2).toBe(0x351000);
    expect(h.mem.ram[0x350ffe]).toBe(0);
    expect(h.mem.ram[0x350fff]).toBe(0);
  });

  it('REP MOVSB restarts after a #PF handler maps the missing page', () => {
    const h = ringHarness();
    for (let i = 0; i < 64; i++) h.mem.ram[0x100000 + i] = i + 1;
    poke32(h.mem, PAGE_TABLE + 0x3ff * 4, 0x3ff000 | 2); // not present (P=0), fixed up by the handler
    // #PF handler: push eax; mov eax, cr2; shr eax, 12; or dword [PAGE_TABLE + eax*4], 1; pop eax; add esp, 4; iret
    poke(h.mem, STUBS + 14 * 16, hex('50 0f 20 d0 c1 e8 0c 83 0c 85 00 10 01 00 01 58 83 c4 04 cf'));
    let ecxAtFault = -1;
    h.cpu.hooks = { onInterrupt: (vector, code, eip) => { h.events.push({ vector, code, eip, from: 0, to: 0, software: false }); ecxAtFault = h.cpu.getReg32(1); } };
    // mov esi, 0x100000; mov edi, 0x3feff0 (16 bytes before the missing page); mov ecx, 64; cld; rep movsb; hlt
    runCode(h, 0x8000, 'be 00 00 10 00 bf f0 ef 3f 00 b9 40 00 00 00 fc f3 a4 f4');
    expect(h.events.map((e) => e.vector)).toEqual([14]);
    expect(h.events[0]).toMatchObject({ code: 2, eip: 0x8000 + 16 });
    expect(ecxAtFault).toBe(48); // 16 bytes were copied before the fault
    expect(h.cpu.cr2).toBe(0x3ff000);
    expect(h.cpu.halted).toBe(true);
    expect(h.cpu.getReg32(1)).toBe(0);
    expect(h.cpu.getReg32(7)).toBe(0x3ff030);
    for (let i = 0; i < 64; i++) expect(h.mem.ram[0x3feff0 + i]).toBe(i + 1);
  });

  it('INVLPG and CR3 loads drop cached translations', () => {
    const h = ringHarness();
    // mov eax, [0x350000]; (remap 0x350000 -> 0x360000 in the PTE); mov ebx, [0x350000]; invlpg [0x350000]; mov ecx, [0x350000]; hlt
    h.mem.ram[0x350000] = 0xaa;
    h.mem.ram[0x360000] = 0xbb;
    runCode(h, 0x8000, 'a1 00 00 35 00 c7 05 40 1d 01 00 03 00 36 00 8b 1d 00 00 35 00 0f 01 3d 00 00 35 00 8b 0d 00 00 35 00 f4');
    expect(h.cpu.getReg32(0) & 0xff).toBe(0xaa);
    expect(h.cpu.getReg32(3) & 0xff).toBe(0xaa); // still the cached translation
    expect(h.cpu.getReg32(1) & 0xff).toBe(0xbb);
  });

  it('debugReadLinear and translateForDebug walk the tables without side effects', () => {
    const h = ringHarness();
    poke32(h.mem, PAGE_TABLE + 0x370 * 4, 0x123000 | 5); // user, read-only, A clear
    h.mem.ram[0x123004] = 0x77;
    expect(h.cpu.translateForDebug(0x370004)).toEqual({ phys: 0x123004, user: true, writable: false });
    expect(h.cpu.debugReadLinear(0x370004, 1)).toEqual(new Uint8Array([0x77]));
    expect(peek32(h.mem, PAGE_TABLE + 0x370 * 4) & 0x20).toBe(0);
    poke32(h.mem, PAGE_TABLE + 0x371 * 4, 0);
    expect(h.cpu.translateForDebug(0x371000)).toBeNull();
    expect(h.cpu.debugReadLinear(0x370ffe, 4)).toBeNull();
  });
});

describe('interrupt delivery', () => {
  it('takes a hardware interrupt when IF=1 and wakes from HLT', () => {
    const h = ringHarness();
    h.cpu.setEflags(h.cpu.getEflags() | 0x200);
    runCode(h, 0x8000, 'f4 90'); // hlt
    expect(h.cpu.halted).toBe(true);
    h.pic.pending.push(0x20);
    h.cpu.run(10);
    expect(h.events[0]).toMatchObject({ vector: 0x20, code: -1, eip: 0x8001, software: false });
  });

  it('does not interrupt the instruction after STI', () => {
    const h = ringHarness();
    h.pic.pending.push(0x20);
    runCode(h, 0x8000, 'fb 90 90 f4'); // sti; nop; nop; hlt
    expect(h.events[0]).toMatchObject({ vector: 0x20, eip: 0x8002 });
  });

  it('escalates a fault during exception delivery to #DF, and a fault delivering #DF to a triple fault', () => {
    const h = ringHarness();
    // IDT entry 14 not present: the #PF delivery raises #NP, which becomes #DF.
    writeDescriptor(h.mem, 0x2000, 14, [0, 0]);
    runUser(h, 'a1 00 00 30 00');
    expect(h.events[0]).toMatchObject({ vector: 8, code: 0, from: 3, to: 0 });

    const t = ringHarness();
    writeDescriptor(t.mem, 0x2000, 14, [0, 0]);
    writeDescriptor(t.mem, 0x2000, 8, [0, 0]);
    let triple = 0;
    t.cpu.hooks = { onTripleFault: () => triple++ };
    poke(t.mem, USER_CODE, hex('a1 00 00 30 00'));
    enterRing3(t, USER_CODE, USER_STACK_TOP);
    t.cpu.run(10);
    expect(triple).toBe(1);
    expect(t.cpu.tripleFaulted).toBe(true);
    expect(t.cpu.cr0 & 1).toBe(0); // reset to real mode
  });

  it('single-steps with TF and reports DR6.BS', () => {
    const h = ringHarness();
    h.cpu.setEflags(h.cpu.getEflags() | 0x100);
    runCode(h, 0x8000, '90 90 f4');
    expect(h.events[0]).toMatchObject({ vector: 1, eip: 0x8001 });
    expect(h.cpu.dr[6] & 0x4000).toBe(0x4000);
  });

  it('reports a DR1 data breakpoint as a trap after the accessing instruction', () => {
    const h = ringHarness();
    // mov eax, 0x3000; mov dr1, eax; mov eax, 0x00f00008 (G1, RW=read/write, LEN=4); mov dr7, eax; nop; mov ecx, [0x3000]; nop; hlt
    runCode(h, 0x8000, 'b8 00 30 00 00 0f 23 c8 b8 08 00 f0 00 0f 23 f8 90 8b 0d 00 30 00 00 90 f4');
    expect(h.events[0]).toMatchObject({ vector: 1, eip: 0x8017 });
    expect(h.cpu.dr[6] & 0xf).toBe(2);
  });

  it('a write breakpoint on one byte fires for a dword store covering it, not for a load', () => {
    const h = ringHarness();
    // mov eax, 0x3002; mov dr1, eax; mov eax, 0x00100008 (G1, write, 1 byte); mov dr7, eax
    // mov ecx, [0x3000]; mov [0x3000], ecx; nop; hlt
    runCode(h, 0x8000, 'b8 02 30 00 00 0f 23 c8 b8 08 00 10 00 0f 23 f8 8b 0d 00 30 00 00 89 0d 00 30 00 00 90 f4');
    expect(h.events.map((e) => [e.vector, e.eip])).toEqual([[1, 0x801c]]);
    expect(h.cpu.dr[6] & 0xf).toBe(2);
  });

  it('DR7.GD turns a debug-register access into a #DB fault and clears GD', () => {
    const h = ringHarness();
    runCode(h, 0x8000, 'b8 00 20 00 00 0f 23 f8 0f 21 c0 f4'); // mov eax, 0x2000; mov dr7, eax; mov eax, dr0
    expect(h.events[0]).toMatchObject({ vector: 1, eip: 0x8008 });
    expect(h.cpu.dr[6] & 0x2000).toBe(0x2000);
    expect(h.cpu.dr[7] & 0x2000).toBe(0);
  });

  it('MOV SS holds back the single-step trap until after the next instruction', () => {
    const h = ringHarness();
    poke(h.mem, STUBS + 16, [0xcf]); // #DB handler: iret
    h.cpu.setEflags(h.cpu.getEflags() | 0x100);
    // mov dx, 0x10; mov ss, dx; mov esp, esp; nop; hlt
    runCode(h, 0x8000, '66 ba 10 00 8e d2 89 e4 90 f4', 20);
    expect(h.events.filter((e) => e.vector === 1).map((e) => e.eip)).toEqual([0x8004, 0x8008, 0x8009, 0x800a]);
  });

  it('stops at a DR0 instruction breakpoint', () => {
    const h = ringHarness();
    // mov eax, 0x8006; mov dr0, eax; mov eax, 1 (enable L0); mov dr7, eax; nop; nop(0x8012)
    runCode(h, 0x8000, 'b8 12 80 00 00 0f 23 c0 b8 01 00 00 00 0f 23 f8 90 90 90 f4');
    expect(h.events[0]).toMatchObject({ vector: 1, eip: 0x8012 });
    expect(h.cpu.dr[6] & 1).toBe(1);
  });
});

describe('system instructions', () => {
  it('SGDT, SIDT, STR, SMSW, LAR, LSL, VERR, VERW', () => {
    const h = ringHarness();
    runCode(h, 0x8000, '0f 01 05 00 30 00 00 0f 01 0d 10 30 00 00 66 0f 00 c8 66 0f 01 e3 be 1b 00 00 00 0f 02 ce 0f 03 d6 0f 94 05 20 30 00 00 0f 00 e6 0f 94 05 21 30 00 00 0f 00 ee 0f 94 05 22 30 00 00 bf 00 10 00 00 0f 03 ff 0f 94 05 23 30 00 00 f4');
    expect(h.cpu.halted).toBe(true);
    expect(h.mem.ram[0x3000] | (h.mem.ram[0x3001] << 8)).toBe(6 * 8 - 1);
    expect(peek32(h.mem, 0x3002)).toBe(GDT);
    expect(peek32(h.mem, 0x3012)).toBe(0x2000);
    expect(h.cpu.getReg32(0) & 0xffff).toBe(0x28);
    expect(h.cpu.getReg32(3) & 0xffff).toBe(h.cpu.cr0 & 0xffff);
    expect(h.cpu.getReg32(1)).toBe(0x00cffa00); // LAR of the user code segment
    expect(h.cpu.getReg32(2)).toBe(0xffffffff); // LSL
    expect([...h.mem.ram.slice(0x3020, 0x3024)]).toEqual([1, 1, 0, 0]); // LSL ok, VERR ok, VERW no (code), LSL of 0x1000 no
  });

  it('ARPL raises the RPL of the destination selector', () => {
    const h = ringHarness();
    runCode(h, 0x8000, '66 b8 13 00 66 bb 20 00 63 c3 0f 94 c1 f4');
    expect(h.cpu.getReg32(3) & 0xffff).toBe(0x23);
    expect(h.cpu.getReg32(1) & 0xff).toBe(1);
  });

  it('requestStop() ends run() after the current instruction', () => {
    const h = ringHarness();
    h.io.out8 = () => h.cpu.requestStop();
    const n = runCode(h, 0x8000, '90 e6 f4 90 90 eb fe', 1000); // nop; out 0xf4, al; nop; nop; jmp $
    expect(n).toBe(2);
    expect(h.cpu.eip).toBe(0x8003);
  });
});

describe('segmentation', () => {
  it('checks limits on every access, including expand-down segments', () => {
    const h = ringHarness();
    writeDescriptor(h.mem, GDT, 7, segmentDescriptor(0x400000 - 0x100000, 0xfff, 0x92, 0x4)); // limit 0xfff, byte granular
    writeDescriptor(h.mem, GDT, 8, segmentDescriptor(0, 0xfff, 0x96, 0x4)); // expand-down: valid 0x1000..0xffffffff
    h.cpu.gdtr = { base: GDT, limit: 9 * 8 - 1 };
    // mov ax, 0x38; mov es, ax; mov eax, [es:0xffe]; hlt
    runCode(h, 0x8000, '66 b8 38 00 8e c0 26 a1 fe 0f 00 00 f4');
    expect(h.events[0]).toMatchObject({ vector: 13, code: 0, eip: 0x8006 });
    const d = ringHarness();
    writeDescriptor(d.mem, GDT, 8, segmentDescriptor(0, 0xfff, 0x96, 0x4));
    d.cpu.gdtr = { base: GDT, limit: 9 * 8 - 1 };
    // mov ax, 0x40; mov es, ax; mov eax, [es:0x2000]; mov eax, [es:0x800]; hlt
    runCode(d, 0x8000, '66 b8 40 00 8e c0 26 a1 00 20 00 00 26 a1 00 08 00 00 f4');
    expect(d.events[0]).toMatchObject({ vector: 13, code: 0, eip: 0x800c });
  });

  it('loads data segments from an LDT installed with LLDT', () => {
    const h = ringHarness();
    writeDescriptor(h.mem, GDT, 6, segmentDescriptor(0x4000, 0xf, 0x82, 0)); // LDT descriptor
    writeDescriptor(h.mem, 0x4000, 1, segmentDescriptor(0x5000, 0xfff, 0x92, 0x4));
    h.cpu.gdtr = { base: GDT, limit: 7 * 8 - 1 };
    poke32(h.mem, 0x5010, 0x600dcafe);
    // mov ax, 0x30; lldt ax; mov ax, 0x0c (LDT index 1); mov ds, ax; mov eax, [0x10]; sldt bx; hlt
    runCode(h, 0x8000, '66 b8 30 00 0f 00 d0 66 b8 0c 00 8e d8 a1 10 00 00 00 66 0f 00 c3 f4');
    expect(h.events).toEqual([]);
    expect(h.cpu.getReg32(0)).toBe(0x600dcafe);
    expect(h.cpu.getReg32(3) & 0xffff).toBe(0x30);
    expect(h.cpu.ldtr).toMatchObject({ selector: 0x30, base: 0x4000, limit: 0xf });
    expect(h.cpu.getSegment(3)).toMatchObject({ selector: 0x0c, base: 0x5000, limit: 0xfff });
    expect(h.mem.ram[0x4000 + 8 + 5] & 1).toBe(1); // accessed bit set in the LDT
  });

  it('raises #GP(0) when a null data segment is used, #GP(0) for a null SS load', () => {
    const h = ringHarness();
    // xor eax, eax; mov ds, ax; mov eax, [0x1000]
    runCode(h, 0x8000, '31 c0 8e d8 a1 00 10 00 00');
    expect(h.events[0]).toMatchObject({ vector: 13, code: 0, eip: 0x8004 });
    const s = ringHarness();
    runCode(s, 0x8000, '31 c0 8e d0'); // mov ss, ax
    expect(s.events[0]).toMatchObject({ vector: 13, code: 0, eip: 0x8002 });
  });

  it('reports segment caches and the TSS through the inspection API', () => {
    const h = ringHarness();
    const cs = h.cpu.getSegment(1);
    expect(cs).toMatchObject({ selector: SEL_KCODE, base: 0, limit: 0xffffffff, dpl: 0, code: true, big: true });
    expect(h.cpu.tr.selector).toBe(0x28);
    expect(h.cpu.tr.base).toBe(TSS);
    expect(h.cpu.mem.ram[GDT + 5 * 8 + 5] & 0x0f).toBe(0xb); // LTR marked the TSS busy
  });
});
