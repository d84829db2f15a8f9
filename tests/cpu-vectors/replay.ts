// Runs fixture records on the emulated CPU (one instruction, or a pair,
// each) and describes every difference from what the host CPU did:
// registers, status flags outside the undefined mask, the data window, the
// next EIP, and exceptions raised or missing.

import { Cpu } from '../../src/cpu/cpu.ts';
import type { VectorRecord } from './read-fixture.ts';

const STATUS = 0x8d5;
const FLAG_NAMES: Array<[number, string]> = [[0x001, 'CF'], [0x004, 'PF'], [0x010, 'AF'], [0x040, 'ZF'], [0x080, 'SF'], [0x800, 'OF']];
const REG_NAMES = ['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi'];
const ESP = 4;
const STACK_TOP = 0x8000;
const CODE_BASE = 0x10000;
const SLOT = 48; // room for a pair of instructions at offsets up to 16
const RAM_SIZE = 16 << 20;
// Below the code: a GDT (null, flat code 0x08, flat data 0x10) and an IDT
// whose 32 exception gates lead to a `jmp $`, loaded by real LGDT/LIDT, so
// a fault is delivered (and named through cpu.hooks) instead of escalating
// to a triple fault, and the same CPU can run the next case (constructing
// a Cpu per fault costs more in garbage collection than all the cases).
const GDT = 0x1000;
const GDTR = 0x1100;
const IDTR = 0x1110;
const IDT = 0x2000;
const HANDLER = 0x3000;
const SETUP_CODE = 0x3100;
const SETUP = [0x0f, 0x01, 0x15, ...le32(GDTR), 0x0f, 0x01, 0x1d, ...le32(IDTR)]; // lgdt [GDTR]; lidt [IDTR]

function le32(v: number): number[] {
  return [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, v >>> 24];
}

function writeSystemTables(ram: Uint8Array): void {
  ram.set([0, 0, 0, 0, 0, 0, 0, 0], GDT);
  ram.set([0xff, 0xff, 0, 0, 0, 0x9a, 0xcf, 0], GDT + 8);
  ram.set([0xff, 0xff, 0, 0, 0, 0x92, 0xcf, 0], GDT + 16);
  ram.set([0x17, 0, ...le32(GDT)], GDTR);
  ram.set([32 * 8 - 1, 0, ...le32(IDT)], IDTR);
  for (let v = 0; v < 32; v++) {
    ram.set([HANDLER & 0xff, (HANDLER >>> 8) & 0xff, 0x08, 0, 0, 0x8e, (HANDLER >>> 16) & 0xff, HANDLER >>> 24], IDT + 8 * v);
  }
  ram.set([0xeb, 0xfe], HANDLER); // jmp $
  ram.set(SETUP, SETUP_CODE);
}

const MAX_REP_STEPS = 1000;

/** Whether the instruction's prefixes include REP/REPE/REPNE. */
function hasRepPrefix(bytes: Uint8Array): boolean {
  for (const b of bytes) {
    if (b === 0xf2 || b === 0xf3) return true;
    const isPrefix = b === 0x66 || b === 0x67 || b === 0xf0 || b === 0x26 || b === 0x2e || b === 0x36 || b === 0x3e || b === 0x64 || b === 0x65;
    if (!isPrefix) return false;
  }
  return false;
}

const EXCEPTION_NAMES = ['#DE', '#DB', 'NMI', '#BP', '#OF', '#BR', '#UD', '#NM', '#DF', 'CSO', '#TS', '#NP', '#SS', '#GP', '#PF'];

function exceptionName(vector: number): string {
  return `${EXCEPTION_NAMES[vector] ?? 'vector'} (vector ${vector})`;
}

function flagList(value: number): string {
  const names = FLAG_NAMES.filter(([bit]) => value & bit).map(([, n]) => n);
  return names.length ? names.join('|') : '-';
}

const hex8 = (v: number) => (v >>> 0).toString(16).padStart(8, '0');
const hexBytes = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

export interface DataWindow {
  address: number;
  bytes: number;
}

export class VectorReplayer {
  private readonly mem: { ram: Uint8Array; size: number };
  private readonly io = {
    in8: () => 0xff, in16: () => 0xffff, in32: () => 0xffffffff,
    out8: () => {}, out16: () => {}, out32: () => {},
  };
  private readonly pic = { intr: false, acknowledge: () => 0 };
  private cpu!: Cpu;
  private exception = -1;
  private tripleFault = false;
  private readonly slots: number;

  /** `window` is where memory operands point (from the fixture header); code
   *  is placed below it. */
  constructor(private readonly window: DataWindow | null) {
    const top = window ? window.address : RAM_SIZE;
    if (top < CODE_BASE + 1024 * SLOT) throw new Error(`data window at 0x${top.toString(16)} leaves no room for code`);
    const size = Math.max(RAM_SIZE, window ? window.address + window.bytes : 0);
    this.mem = { ram: new Uint8Array(size), size };
    this.slots = Math.floor((top - CODE_BASE) / SLOT);
    writeSystemTables(this.mem.ram);
    this.freshCpu();
  }

  private freshCpu(): void {
    this.cpu = new Cpu(this.mem, this.io, this.pic);
    this.cpu.hooks = {
      onInterrupt: (vector) => { if (this.exception < 0) this.exception = vector; },
      onTripleFault: () => { this.tripleFault = true; },
    };
    this.enterTestMode();
  }

  /** Flat protected mode with the test GDT and IDT: the state every case
   *  starts from, re-established after a triple fault or a thrown error so
   *  that one bad case cannot spoil the next. */
  private enterTestMode(): void {
    this.cpu.enterFlatProtectedMode();
    this.cpu.setReg32(ESP, STACK_TOP);
    this.cpu.eip = SETUP_CODE;
    if (this.cpu.run(2) !== 2 || this.cpu.eip !== SETUP_CODE + SETUP.length) {
      throw new Error(`the replay CPU did not execute LGDT/LIDT (eip=0x${this.cpu.eip.toString(16)})`);
    }
  }

  private recover(): void {
    try {
      this.enterTestMode();
    } catch {
      this.freshCpu();
    }
  }

  /** Replays one record; `index` picks its code address. Each index gets its
   *  own address (so no cached decode of an earlier case can be reused), at a
   *  varying offset so that some instructions straddle a page boundary.
   *  Returns null when the emulator agrees with the host, else what differs. */
  replay(r: VectorRecord, index: number): string | null {
    const slot = index % this.slots;
    const addr = CODE_BASE + slot * SLOT + (slot % 17);
    this.mem.ram.set(r.bytes, addr);
    const windowAt = this.window?.address ?? 0;
    if (r.memIn) {
      if (!this.window) throw new Error(`fixture line ${r.line} has a memory operand but no data window`);
      this.mem.ram.set(r.memIn, windowAt);
    }
    const cpu = this.cpu;
    for (let i = 0; i < 8; i++) cpu.setReg32(i, i === ESP ? STACK_TOP : r.regsIn[i]!);
    cpu.eip = addr;
    cpu.setEflags(0x2 | r.flagsIn);
    this.exception = -1;
    this.tripleFault = false;
    let problem: string | null = null;
    try {
      let ran = cpu.run(r.count);
      // A CPU may retire a REP string instruction one iteration per step
      // (EIP stays put until the count runs out); let it finish.
      if (r.count === 1 && hasRepPrefix(r.bytes)) {
        for (let steps = 0; cpu.eip === addr && this.exception < 0 && !this.tripleFault && steps < MAX_REP_STEPS; steps++) cpu.run(1);
        ran = 1;
      }
      if (this.tripleFault) problem = 'triple fault';
      else if (this.exception !== r.exception) {
        problem = r.exception < 0
          ? `raised ${exceptionName(this.exception)}`
          : `should raise ${exceptionName(r.exception)} but ${this.exception < 0 ? 'did not' : `raised ${exceptionName(this.exception)}`}`;
      } else if (r.exception < 0 && ran !== r.count) problem = `run(${r.count}) returned ${ran}`;
    } catch (err) {
      problem = `threw ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`;
    }
    if (problem !== null) {
      if (this.tripleFault || problem.startsWith('threw')) this.recover();
      return `${this.describe(r)}: ${problem}`;
    }
    const diffs: string[] = [];
    const faulted = r.exception >= 0;
    const nextEip = addr + r.next;
    if (faulted) {
      // A fault pushes the address of the faulting instruction itself.
      const sp = cpu.getReg32(ESP);
      const pushed = sp + 4 <= this.mem.size ? (this.mem.ram[sp]! | (this.mem.ram[sp + 1]! << 8) | (this.mem.ram[sp + 2]! << 16) | (this.mem.ram[sp + 3]! << 24)) >>> 0 : -1;
      if (pushed !== addr) diffs.push(`pushed eip ${hex8(addr)} expected, got ${pushed < 0 ? 'none' : hex8(pushed)}`);
    } else if (cpu.eip >>> 0 !== nextEip) {
      diffs.push(`eip ${hex8(nextEip)} expected, got ${hex8(cpu.eip)}`);
    }
    for (let i = 0; i < 8; i++) {
      if (r.undefRegs & (1 << i) || (faulted && i === ESP)) continue;
      const want = i === ESP ? STACK_TOP : r.regsOut[i]!;
      const got = cpu.getReg32(i) >>> 0;
      if (got !== want) diffs.push(`${REG_NAMES[i]} ${hex8(want)} expected, got ${hex8(got)}`);
    }
    const compared = STATUS & ~r.undefFlags;
    const gotFlags = cpu.getEflags() & compared;
    const wantFlags = r.flagsOut & compared;
    if (gotFlags !== wantFlags) {
      const wrong = gotFlags ^ wantFlags;
      diffs.push(`flags ${flagList(wantFlags)} expected, got ${flagList(gotFlags)} (wrong: ${flagList(wrong)}${r.undefFlags ? `; ignored: ${flagList(r.undefFlags)}` : ''})`);
    }
    if (r.memIn && r.memOut) {
      const got = this.mem.ram.subarray(windowAt, windowAt + r.memOut.length);
      for (let i = 0; i < r.memOut.length; i++) {
        if (got[i] !== r.memOut[i]) {
          diffs.push(`memory ${hexBytes(r.memOut)} expected, got ${hexBytes(got)} (first difference at window byte ${i})`);
          break;
        }
      }
    }
    if (diffs.length === 0) return null;
    return `${this.describe(r)}: ${diffs.join('; ')}`;
  }

  private describe(r: VectorRecord): string {
    const bytes = Array.from(r.bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');
    const ins = [0, 1, 2, 3, 5, 6, 7].map((i) => `${REG_NAMES[i]}=${hex8(r.regsIn[i]!)}`).join(' ');
    const mem = r.memIn ? ` memory=${hexBytes(r.memIn)}` : '';
    return `"${r.text}" [${bytes}] (fixture line ${r.line}) with ${ins} flags=${flagList(r.flagsIn)}${mem}`;
  }
}
