// Runs ESC opcodes D8-DF and WAIT. The instruction forms come from the one
// table-driven decoder: at load time every ESC opcode and ModRM byte is
// decoded once, and its form (mnemonic + operand kinds) picks one semantic
// handler from SEMANTICS below; at run time the interpreter hands over the
// decoded instruction and its opcode and ModRM byte index that table. CR0
// decides first: EM or TS raise #NM.

import type { Cpu } from '../cpu.ts';
import type { Insn } from '../../isa/decoder.ts';
import { effectiveAddress } from '../interp/operands.ts';
import { VEC_MF, VEC_NM, VEC_UD } from '../exceptions.ts';
import { decodeInsn } from '../../isa/decoder.ts';
import { type Fpu, EXC_ALL, SW_B, SW_ES, SW_DE } from './state.ts';
import { OP_ADD, OP_DIV, OP_MUL, OP_SUB, INDEFINITE_HI, highWord, lowWord } from './ieee.ts';
import { isNaNWords, outHi, outLo, raise, underflow } from './faults.ts';
import { binary, sqrt } from './arith.ts';
import { compareRegs, compareWith, fxam } from './compare.ts';
import { fprem, frndint, fscale, fxtract, signOp } from './unary.ts';
import { dyadic, f2xm1, trig } from './transcendental.ts';
import {
  fbld, fbstp, fild, fist, fldConstant, fldDouble, fldExtended, fldReg, fldSingle, fstDouble, fstReg,
  fstSingle, fstpExtended,
} from './loadstore.ts';
import { fincstp, fldcw, fldenv, ffree, fnclex, fnsave, fnstenv, frstor, fxch } from './control.ts';
import { hiLoad, loLoad, loadedDenormal, readDouble, readInteger, readSingle } from './formats.ts';


const CR0_MP = 2, CR0_EM = 4, CR0_TS = 8, CR0_NE = 32;
const CS = 1;

/** A semantic handler: `i` is the ModRM r/m (ST(i) of register forms); seg:off the memory operand. */
type Handler = (cpu: Cpu, f: Fpu, i: number, seg: number, off: number) => void;

/** How an entry runs: checks pending exceptions first (waiting), and records FIP/FOP (and FDP) or not (control). */
interface Entry {
  run: Handler;
  waits: boolean;
  control: boolean;
  name: string;
}

// ------------------------------------------------------------ the semantics

const ARITH: Record<string, [number, boolean]> = {
  fadd: [OP_ADD, false], fmul: [OP_MUL, false], fsub: [OP_SUB, false], fsubr: [OP_SUB, true],
  fdiv: [OP_DIV, false], fdivr: [OP_DIV, true],
};

/** ST(d) = ST(d) op ST(s) (reversed: ST(s) op ST(d)), popping after when asked. */
function regArith(op: number, reverse: boolean, destIsI: boolean, pop: boolean): Handler {
  return (_cpu, f, i) => {
    const d = destIsI ? i : 0, s = destIsI ? 0 : i;
    if (f.isEmpty(d) || f.isEmpty(s)) {
      if (!underflow(f)) return;
      f.setBits(d, 0, INDEFINITE_HI);
      if (pop) f.pop();
      return;
    }
    const ok = reverse
      ? binary(f, op, f.lo(s), f.hi(s), f.lo(d), f.hi(d))
      : binary(f, op, f.lo(d), f.hi(d), f.lo(s), f.hi(s));
    if (!ok) return;
    f.setBits(d, outLo, outHi);
    if (pop) f.pop();
  };
}

let memLo = 0, memHi = 0;
let memDenormal = false;

/** Reads a real (Md Mq) or integer (Mw Md with `integer`) operand into memLo/memHi. */
function readOperand(cpu: Cpu, kind: string, integer: boolean, seg: number, off: number): void {
  memDenormal = false;
  if (integer) {
    const v = readInteger(cpu, kind === 'Mw' ? 2 : 4, seg, off);
    memLo = lowWord(v);
    memHi = highWord(v);
    return;
  }
  if (kind === 'Md') readSingle(cpu, seg, off);
  else readDouble(cpu, seg, off);
  memLo = loLoad;
  memHi = hiLoad;
  memDenormal = loadedDenormal;
}

/** ST(0) is empty (stack underflow), or a denormal memory operand beside a non-NaN ST(0) raises an unmasked DE: stop. */
function memOperandStops(f: Fpu): boolean {
  if (f.isEmpty(0)) return true;
  return memDenormal && !isNaNWords(f.lo(0), f.hi(0)) && raise(f, SW_DE);
}

function memArith(op: number, reverse: boolean, kind: string, integer: boolean): Handler {
  return (cpu, f, _i, seg, off) => {
    readOperand(cpu, kind, integer, seg, off);
    if (f.isEmpty(0)) {
      if (underflow(f)) f.setBits(0, 0, INDEFINITE_HI);
      return;
    }
    // A division by zero reports ZE, not the dividend's denormal.
    const byZero = op === OP_DIV && reverse && f.get(0) === 0;
    if (!byZero && memOperandStops(f)) return;
    const ok = reverse ? binary(f, op, memLo, memHi, f.lo(0), f.hi(0)) : binary(f, op, f.lo(0), f.hi(0), memLo, memHi);
    if (ok) f.setBits(0, outLo, outHi);
  };
}

function memCompare(kind: string, integer: boolean, pops: number): Handler {
  return (cpu, f, _i, seg, off) => {
    readOperand(cpu, kind, integer, seg, off);
    if (!f.isEmpty(0) && memOperandStops(f)) return;
    if (compareWith(f, memLo, memHi, false)) for (let k = 0; k < pops; k++) f.pop();
  };
}

function regCompare(unordered: boolean, pops: number, fixed = -1): Handler {
  return (_cpu, f, i) => {
    if (compareRegs(f, fixed >= 0 ? fixed : i, unordered)) for (let k = 0; k < pops; k++) f.pop();
  };
}

const nothing: Handler = () => {};

/** Handlers by "mnemonic operands" (the decoder's form). */
function semantics(): Map<string, Handler> {
  const m = new Map<string, Handler>();
  for (const [name, [op, rev]] of Object.entries(ARITH)) {
    m.set(`${name} Md`, memArith(op, rev, 'Md', false));
    m.set(`${name} Mq`, memArith(op, rev, 'Mq', false));
    m.set(`fi${name.slice(1)} Md`, memArith(op, rev, 'Md', true));
    m.set(`fi${name.slice(1)} Mw`, memArith(op, rev, 'Mw', true));
    m.set(`${name} ST,STi`, regArith(op, rev, false, false));
    m.set(`${name} STi,ST`, regArith(op, rev, true, false));
    m.set(`${name}p STi,ST`, regArith(op, rev, true, true));
  }
  for (const [name, pops] of [['fcom', 0], ['fcomp', 1]] as const) {
    m.set(`${name} Md`, memCompare('Md', false, pops));
    m.set(`${name} Mq`, memCompare('Mq', false, pops));
    m.set(`fi${name.slice(1)} Md`, memCompare('Md', true, pops));
    m.set(`fi${name.slice(1)} Mw`, memCompare('Mw', true, pops));
    m.set(`${name} STi`, regCompare(false, pops));
  }
  m.set('fucom STi', regCompare(true, 0));
  m.set('fucomp STi', regCompare(true, 1));
  m.set('fcompp ', regCompare(false, 2, 1));
  m.set('fucompp ', regCompare(true, 2, 1));
  m.set('ftst ', (_c, f) => { compareWith(f, 0, 0, false); });
  m.set('fxam ', (_c, f) => fxam(f));

  m.set('fld Md', (c, f, _i, s, o) => fldSingle(c, f, s, o));
  m.set('fld Mq', (c, f, _i, s, o) => fldDouble(c, f, s, o));
  m.set('fld Mt', (c, f, _i, s, o) => fldExtended(c, f, s, o));
  m.set('fld STi', (_c, f, i) => fldReg(f, i));
  m.set('fst Md', (c, f, _i, s, o) => fstSingle(c, f, s, o, false));
  m.set('fstp Md', (c, f, _i, s, o) => fstSingle(c, f, s, o, true));
  m.set('fst Mq', (c, f, _i, s, o) => fstDouble(c, f, s, o, false));
  m.set('fstp Mq', (c, f, _i, s, o) => fstDouble(c, f, s, o, true));
  m.set('fstp Mt', (c, f, _i, s, o) => fstpExtended(c, f, s, o));
  m.set('fst STi', (_c, f, i) => fstReg(f, i, false));
  m.set('fstp STi', (_c, f, i) => fstReg(f, i, true));
  m.set('fild Mw', (c, f, _i, s, o) => fild(c, f, 2, s, o));
  m.set('fild Md', (c, f, _i, s, o) => fild(c, f, 4, s, o));
  m.set('fild Mq', (c, f, _i, s, o) => fild(c, f, 8, s, o));
  m.set('fist Mw', (c, f, _i, s, o) => fist(c, f, 2, s, o, false));
  m.set('fist Md', (c, f, _i, s, o) => fist(c, f, 4, s, o, false));
  m.set('fistp Mw', (c, f, _i, s, o) => fist(c, f, 2, s, o, true));
  m.set('fistp Md', (c, f, _i, s, o) => fist(c, f, 4, s, o, true));
  m.set('fistp Mq', (c, f, _i, s, o) => fist(c, f, 8, s, o, true));
  m.set('fbld Mt', (c, f, _i, s, o) => fbld(c, f, s, o));
  m.set('fbstp Mt', (c, f, _i, s, o) => fbstp(c, f, s, o));
  ['fld1', 'fldl2t', 'fldl2e', 'fldpi', 'fldlg2', 'fldln2', 'fldz'].forEach((name, k) => m.set(`${name} `, (_c, f) => fldConstant(f, k)));

  m.set('fchs ', (_c, f) => signOp(f, false));
  m.set('fabs ', (_c, f) => signOp(f, true));
  m.set('fsqrt ', (_c, f) => {
    if (f.isEmpty(0)) { if (underflow(f)) f.setBits(0, 0, INDEFINITE_HI); return; }
    if (sqrt(f, f.lo(0), f.hi(0))) f.setBits(0, outLo, outHi);
  });
  m.set('frndint ', (_c, f) => frndint(f));
  m.set('fscale ', (_c, f) => fscale(f));
  m.set('fxtract ', (_c, f) => fxtract(f));
  m.set('fprem ', (_c, f) => fprem(f, false));
  m.set('fprem1 ', (_c, f) => fprem(f, true));
  m.set('fsin ', (_c, f) => trig(f, 0));
  m.set('fcos ', (_c, f) => trig(f, 1));
  m.set('fptan ', (_c, f) => trig(f, 2));
  m.set('fsincos ', (_c, f) => trig(f, 3));
  m.set('fpatan ', (_c, f) => dyadic(f, 0));
  m.set('fyl2x ', (_c, f) => dyadic(f, 1));
  m.set('fyl2xp1 ', (_c, f) => dyadic(f, 2));
  m.set('f2xm1 ', (_c, f) => f2xm1(f));

  m.set('fninit ', (_c, f) => f.init());
  m.set('fnclex ', (_c, f) => fnclex(f));
  m.set('fldcw Mw', (c, f, _i, s, o) => fldcw(c, f, s, o));
  m.set('fnstcw Mw', (c, f, _i, s, o) => c.write16(s, o, f.cw));
  m.set('fnstsw Mw', (c, f, _i, s, o) => c.write16(s, o, f.statusWord()));
  m.set('fnstsw AX', (c, f) => { c.regs16[0] = f.statusWord(); });
  m.set('fnstenv Mx', (c, f, _i, s, o) => fnstenv(c, f, s, o));
  m.set('fldenv Mx', (c, f, _i, s, o) => fldenv(c, f, s, o));
  m.set('fnsave Mx', (c, f, _i, s, o) => fnsave(c, f, s, o));
  m.set('frstor Mx', (c, f, _i, s, o) => frstor(c, f, s, o));
  m.set('ffree STi', (_c, f, i) => ffree(f, i));
  m.set('fincstp ', (_c, f) => fincstp(f, 1));
  m.set('fdecstp ', (_c, f) => fincstp(f, -1));
  m.set('fxch STi', (_c, f, i) => fxch(f, i));
  m.set('fnop ', nothing);
  return m;
}

/** Neither waits for nor records pointers: the FN* forms, and the loads of a whole control state. */
const CONTROL = new Set(['fninit', 'fnclex', 'fnstcw', 'fnstsw', 'fnstenv', 'fnsave', 'fldcw', 'fldenv', 'frstor']);

/** Entries by (opcode - 0xD8) * 256 + ModRM; null where the decoder finds no form (#UD). */
const ENTRIES: (Entry | null)[] = (() => {
  const handlers = semantics();
  const table: (Entry | null)[] = [];
  const bytes = [0, 0, 0, 0, 0, 0, 0, 0];
  for (let op = 0xd8; op <= 0xdf; op++) {
    for (let modrm = 0; modrm < 256; modrm++) {
      bytes[0] = op;
      bytes[1] = modrm;
      const insn = decodeInsn((k) => bytes[k] ?? 0, 32);
      if (typeof insn === 'string') { table.push(null); continue; }
      const key = `${insn.form.mnemonic} ${insn.form.operands.join(',')}`;
      const run = handlers.get(key);
      if (!run) throw new Error(`x87: no semantic handler for the table form "${key}"`);
      const control = CONTROL.has(insn.form.mnemonic);
      table.push({ run, waits: !control, control, name: insn.form.mnemonic });
    }
  }
  return table;
})();

/** The form name the core would run for ESC `op` with this ModRM byte (for tests and tools), or null. */
export function x87FormName(op: number, modrm: number): string | null {
  return ENTRIES[((op - 0xd8) << 8) | modrm]?.name ?? null;
}

/** An unmasked exception is pending: #MF when CR0.NE=1; with NE=0 the error is ignored (IGNNE# asserted, see README). */
function checkPending(cpu: Cpu, f: Fpu): void {
  if ((f.sw & SW_ES) && (cpu.cr0 & CR0_NE)) cpu.fault(VEC_MF, 0);
}

/** A decoded ESC instruction (opcode D8-DF with its ModRM and memory operand). */
export function escape(cpu: Cpu, insn: Insn): void {
  if (cpu.cr0 & (CR0_EM | CR0_TS)) cpu.fault(VEC_NM, 0);
  const op = insn.opcode, modrm = insn.modrm;
  const entry = ENTRIES[((op - 0xd8) << 8) | modrm];
  if (!entry) cpu.fault(VEC_UD, 0);
  const f = cpu.fpu;
  let seg = 0, off = 0;
  if (modrm < 0xc0) {
    off = effectiveAddress(cpu, insn);
    seg = insn.seg;
  }
  if (entry.waits) checkPending(cpu, f);
  f.raised = 0;
  entry.run(cpu, f, modrm & 7, seg, off);
  if (!entry.control) {
    f.fip = cpu.startEip;
    f.fcs = cpu.segSel[CS] & 0xffff;
    f.fop = ((op & 7) << 8) | modrm;
    if (modrm < 0xc0) {
      f.fdp = off;
      f.fds = cpu.segSel[seg] & 0xffff;
    }
  }
  const raised = f.raised;
  if (raised) {
    f.sw |= raised;
    if (raised & ~f.cw & EXC_ALL) f.sw |= SW_ES | SW_B;
  }
}

/** WAIT/FWAIT: #NM when MP and TS are both set; then a pending unmasked exception raises #MF. */
export function fwait(cpu: Cpu): void {
  if ((cpu.cr0 & (CR0_MP | CR0_TS)) === (CR0_MP | CR0_TS)) cpu.fault(VEC_NM, 0);
  checkPending(cpu, cpu.fpu);
}
