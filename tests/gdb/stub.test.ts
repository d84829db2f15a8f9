import { describe, it, expect } from 'vitest';
import { bootStub, labelAddress, le32, BASE } from './stub-harness.ts';
import { TARGET_XML, REGISTERS } from '../../src/debug/gdb/target-xml.ts';
import { KERNEL_TID } from '../../src/debug/gdb/stub.ts';
import { ProcessTable } from '../../src/debug/process-table.ts';

const START = BASE + 12;

describe('gdb stub: the session gdb opens with', () => {
  it('answers qSupported, ?, qAttached, qOffsets, qC and the thread list', () => {
    const { ask } = bootStub();
    expect(ask('qSupported:multiprocess+;swbreak+;hwbreak+;qRelocInsn+;xmlRegisters=i386')).toContain('qXfer:features:read+');
    expect(ask('qSupported')).toMatch(/PacketSize=[0-9a-f]+;.*swbreak\+;hwbreak\+/);
    expect(ask('?')).toBe(`T05thread:${KERNEL_TID.toString(16)};`);
    expect(ask('qAttached')).toBe('1');
    expect(ask('qOffsets')).toBe('Text=0;Data=0;Bss=0');
    expect(ask('qC')).toBe(`QC${KERNEL_TID.toString(16)}`);
    expect(ask('qfThreadInfo')).toBe(`m${KERNEL_TID.toString(16)}`);
    expect(ask('qsThreadInfo')).toBe('l');
    expect(ask('Hg0')).toBe('OK');
    expect(ask('Hc-1')).toBe('OK');
    expect(ask(`T${KERNEL_TID.toString(16)}`)).toBe('OK');
    expect(ask('T99')).toMatch(/^E/);
    expect(ask('vMustReplyEmpty')).toBe('');
    expect(ask('vCont?')).toBe('vCont;c;C;s;S;t');
    expect(ask('qTStatus')).toBe(''); // not supported: the empty reply
  });

  it('serves the i386 target description in pieces', () => {
    const { ask } = bootStub();
    let xml = '';
    for (let off = 0; ; off += 100) {
      const r = ask(`qXfer:features:read:target.xml:${off.toString(16)},64`);
      xml += r.slice(1);
      if (r[0] === 'l') break;
      expect(r[0]).toBe('m');
    }
    expect(xml).toBe(TARGET_XML);
    expect(xml).toContain('<architecture>i386</architecture>');
    expect(xml).toContain('name="org.gnu.gdb.i386.core"');
    for (const r of ['eax', 'eip', 'eflags', 'cs', 'ss', 'gs', 'st7', 'fop', 'cr3']) expect(xml).toContain(`name="${r}"`);
    expect(ask('qXfer:features:read:other.xml:0,10')).toMatch(/^E/);
    expect(ask('qXfer:features:read:target.xml:zz')).toMatch(/^E/);
  });

  it('answers malformed packets with an error, unknown ones with the empty reply', () => {
    const { ask } = bootStub();
    for (const bad of ['m', 'mzz,4', 'm100', 'M100,2:ab', 'M100,1:zz', 'p', 'pzz', 'P8=12', 'Z0,zz,1', 'Z9,100,1', 'Z2,100003,4',
      'Hx', 'vCont;q', 'qRcmd,zz', 'C', 'Cxx', 'czz', 'G00']) {
      expect(ask(bad), bad).toMatch(/^E[0-9a-f]{2}$/);
    }
    expect(ask('!')).toBe('');
    expect(ask('qWhatever')).toBe('');
  });
});

describe('gdb stub: registers', () => {
  it('p reads the x87 registers: ST(i) as 80-bit reals relative to TOP, and the control words', () => {
    const { ask, machine } = bootStub();
    const fpu = machine.cpu.fpu;
    fpu.init(); // FNINIT
    fpu.decTop();
    fpu.set(0, 1.5); // as FLD would: ST(0) = 1.5 in physical register 7
    fpu.decTop();
    fpu.set(0, -2); // ST(0) = -2, ST(1) = 1.5
    expect(ask('p10')).toBe('0000000000000080' + '00c0'); // -2: integer bit set, sign and exponent 0xc000
    expect(ask('p11')).toBe('00000000000000c0' + 'ff3f'); // 1.5
    expect(ask('p18')).toBe(le32(0x037f)); // fctrl after FNINIT
    expect(ask('p19')).toBe(le32(6 << 11)); // fstat: TOP = 6
    expect(ask('p1a')).toBe(le32(0x0fff)); // ftag: R6 and R7 valid, the rest empty
  });

  it('g returns every core register in gdb\'s order, little-endian', () => {
    const { ask, machine } = bootStub();
    const g = ask('g');
    const coreBytes = REGISTERS.slice(0, 32).reduce((n, r) => n + r.size, 0);
    expect(g.length).toBe(coreBytes * 2);
    expect(g.slice(8 * 8, 9 * 8)).toBe(le32(START)); // eip
    expect(g.slice(10 * 8, 11 * 8)).toBe(le32(0x08)); // cs: the multiboot flat code selector
    expect(g.slice(11 * 8, 12 * 8)).toBe(le32(0x10)); // ss
    expect(ask('p8')).toBe(le32(START));
    expect(ask('p9')).toBe(le32(machine.cpu.getEflags()));
    expect(ask('pa')).toBe(le32(0x08));
    expect(ask('p10')).toBe('00'.repeat(10)); // st0: +0 after RESET
    expect(ask('p18')).toBe(le32(0x0040)); // fctrl: RESET's control word
    expect(ask('p20')).toBe(le32(machine.cpu.cr0)); // cr0
    expect(ask('p22')).toBe(le32(0)); // cr3
    expect(ask('p24')).toMatch(/^E/); // past the last register
  });

  it('P and G write general registers, EIP and EFLAGS; a segment register only to its own value', () => {
    const { ask, machine } = bootStub();
    expect(ask(`P0=${le32(0xdeadbeef)}`)).toBe('OK');
    expect(machine.cpu.getReg32(0)).toBe(0xdeadbeef);
    expect(ask(`P9=${le32(0x2c7)}`)).toBe('OK'); // CF PF ZF SF IF
    expect(machine.cpu.getEflags() & 0xfff).toBe(0x2c7);
    expect(ask(`Pa=${le32(0x08)}`)).toBe('OK');
    expect(ask(`Pa=${le32(0x1b)}`)).toMatch(/^E/);
    expect(machine.cpu.getSegment(1).selector).toBe(0x08);
    expect(ask(`P22=${le32(0x1000)}`)).toMatch(/^E/); // cr3 is read-only
    // G with everything as it is but EBX changed.
    const g = ask('g');
    const g2 = g.slice(0, 24) + le32(0x12345678) + g.slice(32);
    expect(ask(`G${g2}`)).toBe('OK');
    expect(machine.cpu.getReg32(3)).toBe(0x12345678);
    // A G that would change CS changes nothing at all.
    const g3 = g.slice(0, 10 * 8) + le32(0x1b) + g.slice(11 * 8);
    const before = machine.cpu.getReg32(3);
    expect(ask(`G${g3.slice(0, 24)}${le32(1)}${g3.slice(32)}`)).toMatch(/^E/);
    expect(machine.cpu.getReg32(3)).toBe(before);
  });
});

describe('gdb stub: memory', () => {
  it('m reads and M/X write linear memory', () => {
    const { ask, machine } = bootStub();
    expect(ask(`m${START.toString(16)},5`)).toBe('bc00001800'); // mov esp, 0x180000
    expect(ask('m120000,4')).toBe('00000000');
    expect(ask('M120000,4:01020304')).toBe('OK');
    expect(Array.from(machine.ram.ram.subarray(0x120000, 0x120004))).toEqual([1, 2, 3, 4]);
    // X carries binary data (the framing has already undone gdb's escapes).
    expect(ask('X120004,3:a}b')).toBe('OK');
    expect(Buffer.from(machine.ram.ram.subarray(0x120004, 0x120007)).toString()).toBe('a}b');
    expect(ask('X120004,3:ab')).toMatch(/^E/);
  });

  it('reads through the page tables, stops at an unmapped page, and monitor cr3 switches address spaces', () => {
    const { ask, machine } = bootStub();
    const ram = machine.ram.ram;
    const put32 = (a: number, v: number) => new DataView(ram.buffer, ram.byteOffset).setUint32(a, v >>> 0, true);
    // Page directory A at 0x200000: 0x40000000 -> 0x300000. Directory B at 0x210000: 0x40000000 -> 0x301000.
    put32(0x200000 + 256 * 4, 0x201000 | 7);
    put32(0x201000, 0x300000 | 7);
    put32(0x210000 + 256 * 4, 0x211000 | 7);
    put32(0x211000, 0x301000 | 7);
    ram.set([0x11, 0x22, 0x33, 0x44], 0x300ffe);
    ram.set([0xaa, 0xbb], 0x301000);
    machine.cpu.cr3 = 0x200000;
    machine.cpu.cr0 = (machine.cpu.cr0 | 0x80000000) >>> 0;
    expect(ask('m40000ffe,2')).toBe('1122');
    // The next page (0x40001000) is not mapped: the read is cut short there.
    expect(ask('m40000ffe,4')).toBe('1122');
    expect(ask('m40001000,4')).toBe('E0e');
    expect(ask('M40000fff,2:0102')).toBe('E0e'); // all or nothing
    expect(ram[0x300fff]).toBe(0x22);
    const hex = (s: string) => Buffer.from(s).toString('hex');
    const text = (h: string) => Buffer.from(h, 'hex').toString();
    expect(text(ask(`qRcmd,${hex('cr3 0x210000')}`))).toContain('0x00210000');
    expect(ask('m40000000,2')).toBe('aabb');
    expect(text(ask(`qRcmd,${hex('cr3')}`))).toContain('CR3 is 0x00200000');
    expect(text(ask(`qRcmd,${hex('cr3 cpu')}`))).toContain('again');
    expect(ask('m40000000,1')).toBe('00');
    expect(text(ask(`qRcmd,${hex('cr3 0x210001')}`))).toContain('usage');
    // monitor phys reads physical memory whatever the page tables say.
    expect(text(ask(`qRcmd,${hex('phys 0x300ffe 4')}`))).toMatch(/^00300ffe: 11 22 aa bb {38}\."\.\.\n$/);
    expect(text(ask(`qRcmd,${hex('phys')}`))).toContain('usage');
    expect(text(ask(`qRcmd,${hex('bogus')}`))).toContain('unknown monitor command');
    expect(text(ask(`qRcmd,${hex('help')}`))).toContain('monitor phys');
  });
});

describe('gdb stub: running', () => {
  it('s steps one instruction and reports SIGTRAP', () => {
    const { ask, send, go, machine } = bootStub();
    expect(send('s')).toEqual({ kind: 'resume', step: true });
    expect(go()).toBe(`T05thread:${KERNEL_TID.toString(16)};`);
    expect(machine.cpu.getReg32(4)).toBe(0x180000);
    expect(send('vCont;s:1')).toEqual({ kind: 'resume', step: true });
    go();
    expect(ask('p0')).toBe(le32(1));
  });

  it('Z0 stops at a software breakpoint, z0 removes it, c runs to the exit with W', () => {
    const { ask, send, go, machine } = bootStub();
    const addup = labelAddress('addup');
    expect(ask(`Z0,${addup.toString(16)},1`)).toBe('OK');
    expect(send('c')).toEqual({ kind: 'resume', step: false });
    expect(go()).toBe(`T05swbreak:;thread:${KERNEL_TID.toString(16)};`);
    expect(machine.cpu.eip).toBe(addup);
    // Continuing from the breakpoint leaves it; nothing else stops before the exit.
    expect(ask(`z0,${addup.toString(16)},1`)).toBe('OK');
    send('c');
    expect(go()).toBe('W04'); // 1 + 2, then inc: the exit port gets 4
    expect(ask('?')).toBe('W04');
  });

  it('Z0 goes into the CPU\'s breakpoint set; another client\'s breakpoint does not stop gdb', () => {
    const { ask, send, go, machine, stub } = bootStub();
    const stored = labelAddress('stored');
    const loaded = labelAddress('loaded');
    machine.cpu.breakpoints.add(stored); // e.g. the TUI's, under tui --gdb
    ask(`Z0,${loaded.toString(16)},1`);
    send('c');
    expect(go()).toBe(`T05swbreak:;thread:${KERNEL_TID.toString(16)};`);
    expect(machine.cpu.eip).toBe(loaded);
    expect(machine.cpu.breakpoints.count).toBe(2);
    // gdb removes its breakpoint; the stub takes it out of the CPU's set when it resumes, and on dispose.
    ask(`z0,${loaded.toString(16)},1`);
    send('c');
    expect(go()).toBe('W04');
    expect(machine.cpu.breakpoints.has(loaded)).toBe(false);
    expect(machine.cpu.breakpoints.has(stored)).toBe(true);
    stub.dispose();
    expect(machine.cpu.breakpoints.count).toBe(1);
  });

  it('Z1 is a hardware breakpoint in DR0 that the guest never sees', () => {
    const { ask, send, go, machine } = bootStub();
    const addup = labelAddress('addup');
    expect(ask(`Z1,${addup.toString(16)},1`)).toBe('OK');
    expect(machine.cpu.dr[0] >>> 0).toBe(addup);
    expect(machine.cpu.dr[7] & 3).toBe(1); // L0
    send('c');
    expect(go()).toMatch(/^T05hwbreak:;/);
    expect(machine.cpu.eip).toBe(addup);
    expect(machine.cpu.getReg32(0)).toBe(1); // the add has not run
    // Resuming from it runs the instruction (RF), then to the exit.
    send('c');
    expect(go()).toBe('W04');
  });

  it('Z2 write and Z4 access watchpoints use DR0-DR3 and report the address', () => {
    const { ask, send, go, machine } = bootStub();
    expect(ask('Z2,120000,4')).toBe('OK');
    expect(ask('Z4,120004,4')).toBe('OK');
    expect((machine.cpu.dr[7] >>> 16) & 0xff).toBe(0xfd); // DR0: RW=01 LEN=11, DR1: RW=11 LEN=11
    send('c');
    expect(go()).toMatch(/^T05watch:120000;/);
    expect(machine.cpu.eip).toBe(labelAddress('stored')); // a data breakpoint stops after the instruction
    send('c');
    expect(go()).toMatch(/^T05awatch:120004;/);
    expect(machine.cpu.eip).toBe(labelAddress('loaded'));
    expect(ask('z2,120000,4')).toBe('OK');
    expect(ask('z2,120000,4')).toMatch(/^E/); // already gone
    expect(ask('z4,120004,4')).toBe('OK');
    expect(machine.cpu.dr[7] & 0xff).toBe(0);
    send('c');
    expect(go()).toBe('W04');
  });

  it('refuses a fifth hardware slot and misaligned watchpoints', () => {
    const { ask } = bootStub();
    for (let i = 0; i < 4; i++) expect(ask(`Z2,${(0x120000 + 4 * i).toString(16)},4`)).toBe('OK');
    expect(ask('Z1,100000,1')).toBe('E1c');
    expect(ask('Z3,120001,2')).toBe('E16');
    expect(ask('Z2,120000,3')).toBe('E16');
  });

  it('c ADDR resumes elsewhere; Ctrl-C (interrupt) stops with SIGINT; vCont;t stops', () => {
    const { ask, send, stub, machine } = bootStub();
    const loop = labelAddress('stored'); // any address: we only check that EIP moved there
    send(`c${loop.toString(16)}`);
    expect(machine.cpu.eip).toBe(loop);
    expect(stub.interrupt()).toMatch(/^T02/);
    expect(ask('vCont;t')).toMatch(/^T02/);
  });

  it('k and vKill end the session, D detaches', () => {
    const { send } = bootStub();
    expect(send('k')).toEqual({ kind: 'kill', text: null });
    expect(send('vKill;1')).toEqual({ kind: 'kill', text: 'OK' });
    expect(send('D')).toEqual({ kind: 'detach', text: 'OK' });
  });

  it('dispose gives the debug registers back', () => {
    const { ask, stub, machine } = bootStub();
    ask('Z2,120000,4');
    stub.dispose();
    expect(machine.cpu.dr[7] & 0xff).toBe(0);
    expect(machine.cpu.debugTrapTaker).toBeNull();
  });

  it('with a focus, user-space breakpoints stop only that program; the thread is the pid on the CPU', () => {
    const run = (pid: number, name: string) => ({ kind: 'run' as const, pid, name, entry: 0, cr3: null, esp0: null, raw: '' });
    const processes = new ProcessTable();
    processes.apply(run(2, 'sh'));
    // "User space" from 0x100000 here, so the bare program counts as user code.
    const { ask, send, go, machine, stub } = bootStub({ processes, focus: 'sample', userBase: BASE });
    const addup = labelAddress('addup');
    ask(`Z0,${addup.toString(16)},1`);
    ask('Z2,120000,4');
    send('c');
    expect(go()).toBe('W04'); // sh is on the CPU: neither the breakpoint nor the watchpoint stop it
    expect(machine.cpu.dr[6] & 3).toBe(0); // and the guest saw no #DB either
    const second = bootStub({ processes, focus: 'sample', userBase: BASE });
    processes.apply(run(3, 'sample'));
    second.ask(`Z0,${addup.toString(16)},1`);
    second.send('c');
    expect(second.go()).toBe('T05swbreak:;thread:3;');
    expect(second.ask('qfThreadInfo')).toBe('m2,3');
    expect(Buffer.from(second.ask('qThreadExtraInfo,3'), 'hex').toString()).toBe('sample run on the CPU');
    const hex = (t: string) => Buffer.from(t).toString('hex');
    expect(Buffer.from(second.ask(`qRcmd,${hex('focus all')}`), 'hex').toString()).toContain('every program');
    expect(stub.focus).toBe('sample');
  });

  it('a hardware breakpoint in another program lets its instruction run', () => {
    const processes = new ProcessTable();
    processes.apply({ kind: 'run', pid: 2, name: 'sh', entry: 0, cr3: null, esp0: null, raw: '' });
    const { ask, send, go } = bootStub({ processes, focus: 'sample', userBase: BASE });
    ask(`Z1,${labelAddress('addup').toString(16)},1`);
    send('c');
    expect(go()).toBe('W04');
  });
});

describe('gdb stub: memory beyond RAM', () => {
  it('is an error, not 0xff bytes (with paging off a user address is past the end of RAM)', () => {
    const { ask } = bootStub();
    expect(ask('m40000000,4')).toBe('E0e');
    expect(ask(`m${(4 * 1024 * 1024 - 2).toString(16)},4`)).toBe('0000'); // cut short at the end of RAM
  });
});

describe('gdb stub: another process\'s registers', () => {
  it('Hg to a process that is not on the CPU shows the user registers of its trap frame, read-only', () => {
    const processes = new ProcessTable();
    processes.apply({ kind: 'run', pid: 5, name: 'other', entry: 0, cr3: 0x1000, esp0: 0x130000, raw: '' });
    processes.apply({ kind: 'run', pid: 2, name: 'sh', entry: 0, cr3: 0x2000, esp0: 0x140000, raw: '' });
    const { ask, machine } = bootStub({ processes });
    // struct trapframe: gs fs es ds, edi esi ebp esp(ignored) ebx edx ecx eax, vector error, eip cs eflags esp ss.
    const frame = [0x23, 0x23, 0x23, 0x23, 7, 6, 5, 0, 3, 2, 1, 0xaa, 0x80, 0, 0x40000123, 0x1b, 0x202, 0x403fff00, 0x23];
    const view = new DataView(machine.ram.ram.buffer);
    frame.forEach((v, i) => view.setUint32(0x130000 - 76 + 4 * i, v, true));
    expect(ask('qfThreadInfo')).toBe('m2,5');
    expect(ask('Hg5')).toBe('OK');
    expect(ask('p0')).toBe(le32(0xaa)); // eax
    expect(ask('p4')).toBe(le32(0x403fff00)); // the user esp
    expect(ask('p8')).toBe(le32(0x40000123)); // eip
    expect(ask('pa')).toBe(le32(0x1b)); // cs: ring 3
    expect(ask('p22')).toBe(le32(0x1000)); // its cr3
    expect(ask('g').slice(0, 16 * 8)).toBe([0xaa, 1, 2, 3, 0x403fff00, 5, 6, 7, 0x40000123, 0x202, 0x1b, 0x23, 0x23, 0x23, 0x23, 0x23].map(le32).join(''));
    expect(ask(`P0=${le32(1)}`)).toMatch(/^E/);
    expect(ask(`G${ask('g')}`)).toMatch(/^E/);
    // Back to the process on the CPU.
    expect(ask('Hg0')).toBe('OK');
    expect(ask('p8')).toBe(le32(machine.cpu.eip));
    expect(ask('Hg2')).toBe('OK');
    expect(ask('p8')).toBe(le32(machine.cpu.eip));
    // A frame that did not come from ring 3 is not trusted: the CPU's registers are shown.
    view.setUint32(0x130000 - 76 + 15 * 4, 0x08, true);
    expect(ask('Hg5')).toBe('OK');
    expect(ask('p8')).toBe(le32(machine.cpu.eip));
  });
});

