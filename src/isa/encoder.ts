// Encodes one instruction statement into machine code, choosing among the table
// forms (table.ts) that accept its operands. Returns every valid encoding so the
// layout loop can pick the shortest one that keeps addresses stable.
import { LineError } from './errors.ts';
import { evaluate, type EvalEnv, type Expr } from './expr.ts';
import { MNEMONICS, type FormChoice } from './mnemonics.ts';
import { SEG_PREFIX, lookupRegister } from './registers.ts';
import { PREFIX, V_KINDS, type Form, type OperandKind } from './table.ts';
import type { Operand, Statement } from './statements.ts';

type Insn = Extract<Statement, { s: 'insn' }>;
type MemOp = Extract<Operand, { kind: 'mem' }>;

export interface EncodeEnv extends EvalEnv {
  /** Address of the instruction's first byte. */
  addr: number;
  /** Called with the name of a symbol that was not defined. */
  onUndefined(name: string, col: number): void;
}

/**
 * What earlier encodings of instructions of the same shape (mnemonic, prefixes,
 * operand kinds, registers and sizes, but not values) learnt: for each form tried,
 * in order, the reason it failed when that reason does not depend on any value.
 * Such a form fails again the same way, so it is not tried again.
 */
export type EncodePlan = (string | undefined)[];

/** Operand kinds whose check evaluates the operand (and reports undefined symbols in it). */
const EVALUATED_KINDS: ReadonlySet<OperandKind> = new Set<OperandKind>(['Ib', 'Iw', 'Iv', 'sIb', 'one', 'Ob', 'Ov', 'Ap', 'Jb', 'Jv']);
/** Immediate kinds: only a wrong operand kind is found before their value is read. */
const IMMEDIATE_KINDS: ReadonlySet<OperandKind> = new Set<OperandKind>(['Ib', 'Iw', 'Iv', 'sIb']);

// Where the last failed matchForm stopped: the operand index, the count of operands
// for a failure after them, or -1 once the address was encoded (which evaluates it).
// Module state, so that failures allocate nothing.
let failedAt = 0;
// The size of the relative target field (the last bytes) of the last successful matchForm, 0 if none.
let relWidth = 0;

/**
 * A failure that the same form gives for any values, and found before any operand
 * was evaluated (skipping the form must not skip an "undefined symbol" report).
 */
function failsWhateverTheValues(reason: string, f: Form): boolean {
  if (failedAt < 0) return false;
  if (reason === '~range' || reason === '~notone' || reason.startsWith('immediate value') || reason.startsWith('short jump')) return false;
  for (let i = 0; i < failedAt; i++) if (EVALUATED_KINDS.has(f.operands[i]!)) return false;
  return !(failedAt < f.operands.length && IMMEDIATE_KINDS.has(f.operands[failedAt]!) && reason !== '~kind');
}

const ONLY_16: readonly (16 | 32)[] = [16];
const ONLY_32: readonly (16 | 32)[] = [32];
const BOTH_SIZES: readonly (16 | 32)[] = [32, 16];

/**
 * Result: candidate encodings (never empty on success). Throws LineError when nothing fits.
 * `plan` (shared by instructions of one shape) skips forms known to fail. `relFields`
 * receives, for each candidate, how many of its last bytes are the relative target.
 */
export function encodeInstruction(insn: Insn, env: EncodeEnv, plan?: EncodePlan, relFields?: Map<number[], number>): number[][] {
  const r = tryEncodeInstruction(insn, env, plan, relFields);
  if (r instanceof LineError) throw r;
  return r;
}

/**
 * The same, with "nothing fits" returned rather than thrown (a fuzzed file can
 * have one such line in two, and each throw costs microseconds). Errors found
 * while evaluating operands are still thrown.
 */
export function tryEncodeInstruction(insn: Insn, env: EncodeEnv, plan?: EncodePlan, relFields?: Map<number[], number>): number[][] | LineError {
  const prefixBytes: number[] = [];
  let forcedO: 16 | 32 | null = null, forcedA: 16 | 32 | null = null, segPrefix: number | null = null;
  for (const p of insn.prefixes) {
    if (p === 'lock') prefixBytes.push(PREFIX.lock);
    else if (p === 'rep' || p === 'repe' || p === 'repz') prefixBytes.push(PREFIX.rep);
    else if (p === 'repne' || p === 'repnz') prefixBytes.push(PREFIX.repne);
    else if (p === 'o16' || p === 'data16') forcedO = 16;
    else if (p === 'o32' || p === 'data32') forcedO = 32;
    else if (p === 'a16' || p === 'addr16') forcedA = 16;
    else if (p === 'a32' || p === 'addr32') forcedA = 32;
    else segPrefix = lookupRegister(p)!.num;
  }
  if (insn.mnemonic === '') return [prefixBytes];
  const choices = MNEMONICS.get(insn.mnemonic)!;
  let operands = insn.operands;
  // NASM's two-operand shorthand "imul reg, imm" means "imul reg, reg, imm".
  if (insn.mnemonic === 'imul' && operands.length === 2 && operands[0].kind === 'reg' && operands[1].kind === 'imm') {
    operands = [operands[0], operands[0], operands[1]];
  }
  const out: number[][] = [];
  const failures: string[] = [];
  // Whether every form failed in a way no symbol's value can change.
  let certain = true;
  let attempt = 0;
  for (const choice of choices) {
    const f = choice.form;
    const sizes = f.osize === 16 ? ONLY_16 : f.osize === 32 ? ONLY_32
      : f.sizeMatters || f.operands.some((k) => V_KINDS.has(k) || k === 'Esw') ? BOTH_SIZES : ONLY_32;
    for (const o of sizes) {
      const tried = attempt++;
      const known = plan?.[tried];
      if (known !== undefined) { failures.push(known); continue; }
      if (choice.osize && choice.osize !== o) continue;
      if (forcedO && forcedO !== o) continue;
      const ops = operands.length === 0 ? implicitOperands(f, o) : operands;
      if (!ops) continue;
      const pinned = !!(choice.osize || forcedO || f.osize);
      const r = matchForm(f, o, pinned, ops, env, forcedA, segPrefix, insn.mnemonic);
      if (typeof r === 'string') {
        failures.push(r);
        if (failsWhateverTheValues(r, f)) { if (plan) plan[tried] = r; } else certain = false;
        continue;
      }
      for (const enc of r) {
        const bytes = prefixBytes.length ? [...prefixBytes, ...enc] : enc;
        out.push(bytes);
        relFields?.set(bytes, relWidth);
      }
    }
  }
  if (out.length === 0) {
    if (operands.filter((o) => o.kind === 'mem').length > 1 && !choices.some((c) => c.form.operands.some((k) => k[0] === 'X'))) {
      return new LineError('an instruction cannot have two memory operands', insn.loc.col, true);
    }
    const specific = failures.find((m) => !m.startsWith('~'));
    return new LineError(specific ?? `invalid combination of operands for '${insn.mnemonic}'`, insn.loc.col, certain);
  }
  return out;
}

/** For "movsb", "stosd", "xlat"... with no operands written: the operands the form implies. */
function implicitOperands(f: Form, o: 16 | 32): Operand[] | null {
  if (!f.operands.some((k) => k[0] === 'X' || k[0] === 'Y' || k === 'Bb')) return [];
  const mem = (reg: string, size: 8 | 16 | 32): Operand =>
    ({ kind: 'mem', col: 0, size, seg: null, regs: [{ name: reg, coef: 1 }], disp: null, far: false });
  const reg = (name: string): Operand => ({ kind: 'reg', reg: lookupRegister(name)!, name, col: 0 });
  return f.operands.map((k) => {
    switch (k) {
      case 'Xb': return mem('esi', 8);
      case 'Xv': return mem('esi', o);
      case 'Yb': return mem('edi', 8);
      case 'Yv': return mem('edi', o);
      case 'Bb': return mem('ebx', 8);
      case 'AL': return reg('al');
      case 'eAX': return reg(o === 32 ? 'eax' : 'ax');
      default: return reg('dx');
    }
  });
}

const SIGNED8 = (v: number) => v >= -128 && v <= 127;

interface Pieces {
  regField: number;
  plusReg: number;
  rm: { reg: number } | { mem: MemOp } | null;
  imms: { v: number; bytes: number }[];
  rel: { target: number; known: boolean; bytes: 1 | 2 | 4 } | null;
  seg: number | null;
  asize: 16 | 32 | null;
}

/** Try one form at operand size o. Returns encodings, or a failure reason ('~' = generic). */
function matchForm(f: Form, o: 16 | 32, pinnedIn: boolean, ops: Operand[], env: EncodeEnv,
  forcedA: 16 | 32 | null, segPrefix: number | null, mnemonic: string): number[][] | string {
  failedAt = 0;
  if (ops.length !== f.operands.length) return '~count';
  const p: Pieces = { regField: f.ext ?? 0, plusReg: 0, rm: null, imms: [], rel: null, seg: segPrefix, asize: forcedA };
  const st: MatchState = { o, pinned: pinnedIn, p, kinds: f.operands, env, mnemonic };
  for (let i = 0; i < st.kinds.length; i++) {
    const fail = matchOne(st, st.kinds[i], ops[i]);
    if (fail !== null) { failedAt = i; return fail; }
  }
  failedAt = st.kinds.length;
  if (o === 16 && !st.pinned) return '~unpinned';
  failedAt = -1;

  // Assemble the bytes: prefixes, opcode, ModRM/SIB/displacement, immediates, relative target.
  let memEncodings: { bytes: number[]; asize: 16 | 32 }[] = [{ bytes: [], asize: 32 }];
  if (f.modrm) {
    if (!p.rm) p.rm = { reg: f.rm ?? 0 };
    if ('reg' in p.rm) memEncodings = [{ bytes: [0xc0 | (p.regField << 3) | p.rm.reg], asize: 32 }];
    else {
      const r = encodeMemory(p.rm.mem, p.regField, p.asize, env);
      if (typeof r === 'string') return r;
      memEncodings = r;
      if (p.rm.mem.seg !== null) {
        // objdump shows "ds:" for absolute addresses anyway, so a ds override there is dropped.
        const absolute = p.rm.mem.regs.length === 0;
        if (!(absolute && p.rm.mem.seg === 3)) p.seg = p.rm.mem.seg;
      }
    }
  }
  if (f.asize !== null) {
    if (p.asize !== null && p.asize !== f.asize) return '~asize';
    p.asize = f.asize;
  }
  const results: number[][] = [];
  for (const m of memEncodings) {
    const asize = p.rm && 'mem' in p.rm ? m.asize : p.asize ?? 32;
    const bytes: number[] = [];
    if (p.seg !== null) bytes.push(SEG_PREFIX[p.seg]);
    if (o === 16) bytes.push(PREFIX.opsize);
    if (asize === 16) bytes.push(PREFIX.addrsize);
    const opcode = [...f.opcode];
    opcode[opcode.length - 1] += p.plusReg;
    bytes.push(...opcode, ...m.bytes);
    for (const imm of p.imms) pushLE(bytes, imm.v, imm.bytes);
    if (p.rel) {
      const end = env.addr + bytes.length + p.rel.bytes;
      const disp = (p.rel.target - end) | 0;
      if (p.rel.bytes === 1 && p.rel.known && !SIGNED8(disp)) return `short jump target out of range (${disp} bytes)`;
      pushLE(bytes, disp, p.rel.bytes);
    }
    results.push(bytes);
  }
  relWidth = p.rel ? p.rel.bytes : 0;
  return results;
}


/** x87 mnemonics with memory forms of several sizes: their memory operand needs a size keyword. */
const X87_SIZED: ReadonlySet<string> = new Set([...MNEMONICS].filter(([, cs]) =>
  new Set(cs.flatMap((c) => c.form.operands.filter((k) => k === 'Mw' || k === 'Md' || k === 'Mq' || k === 'Mt'))).size > 1)
  .map(([n]) => n));

interface MatchState {
  o: 16 | 32;
  /** Some operand fixed the operand size (so o = 16 is what the programmer asked for). */
  pinned: boolean;
  p: Pieces;
  kinds: readonly OperandKind[];
  env: EncodeEnv;
  mnemonic: string;
}

function valueOf(env: EncodeEnv, e: Expr): { v: number; known: boolean } {
  const r = evaluate(e, env);
  if (!r.known && r.undefinedName) env.onUndefined(r.undefinedName, r.undefinedCol ?? 0);
  return r;
}

function hasKind(kinds: readonly OperandKind[], ...ks: OperandKind[]): boolean {
  return kinds.some((k) => ks.includes(k));
}

function sizedMem(op: MemOp, size: number, sizelessOk: boolean): string | null {
  if (op.size === null) return sizelessOk ? null : 'operation size not specified';
  return op.size === size ? null : '~size';
}

function matchOne(st: MatchState, k: OperandKind, op: Operand): string | null {
  const { o, p, kinds, env, mnemonic } = st;
  switch (k) {
    case 'Eb': case 'Ew': case 'Ev': case 'Esw': {
      if (op.kind === 'reg') {
        if (op.reg.cls !== 'gpr') return '~reg';
        const want = k === 'Eb' ? 8 : k === 'Ew' ? 16 : o;
        if (k === 'Esw' && op.reg.size === 16 && kinds[0] === 'Sw' && o === 32) { /* mov sreg, r16 needs no prefix */ }
        else if (op.reg.size !== want) return '~size';
        if (k === 'Ev' || k === 'Esw') st.pinned = true;
        p.rm = { reg: op.reg.num };
        return null;
      }
      if (op.kind !== 'mem' || op.far) return '~kind';
      const size = k === 'Eb' ? 8 : k === 'Ev' ? o : 16;
      const sizelessOk = k === 'Eb' ? hasKind(kinds, 'Gb', 'AL', 'Zb')
        : k === 'Ev' ? hasKind(kinds, 'Gv', 'eAX', 'Zv') || ((mnemonic === 'call' || mnemonic === 'jmp') && o === 32)
          : k === 'Ew' ? !hasKind(kinds, 'Gv') : true;
      const r = sizedMem(op, size, sizelessOk);
      if (r) return r;
      if (k === 'Ev' && op.size !== null) st.pinned = true;
      p.rm = { mem: op };
      return null;
    }
    case 'M': case 'Mb': case 'Ms': case 'Mp': case 'Ma': {
      if (op.kind !== 'mem') return '~kind';
      if (k === 'Mb' && op.size !== null && op.size !== 8) return '~size';
      if (k === 'Mp') {
        // "jmp [eax]" is a near jump: the far forms need "far" or an explicit fword.
        if (!op.far && op.size === null && (mnemonic === 'jmp' || mnemonic === 'call')) return '~notfar';
        if (op.size !== null && op.size !== (o === 32 ? 48 : 32)) return '~size';
        if (op.size !== null) st.pinned = true;
      }
      if (k === 'Ma' && op.size !== null) { if (op.size !== (o === 32 ? 64 : 32)) return '~size'; st.pinned = true; }
      if (op.far && k !== 'Mp') return '~far';
      p.rm = { mem: op };
      return null;
    }
    case 'Mw': case 'Md': case 'Mq': case 'Mt': case 'Mx': {
      if (op.kind !== 'mem' || op.far) return '~kind';
      if (k !== 'Mx') {
        const size = { Mw: 16, Md: 32, Mq: 64, Mt: 80 }[k];
        const r = sizedMem(op, size, !X87_SIZED.has(mnemonic));
        if (r) return r;
      }
      p.rm = { mem: op };
      return null;
    }
    case 'ST': return op.kind === 'reg' && op.reg.cls === 'st' && op.reg.num === 0 ? null : '~kind';
    case 'STi':
      if (op.kind !== 'reg' || op.reg.cls !== 'st') return '~kind';
      p.rm = { reg: op.reg.num };
      return null;
    case 'AX': return op.kind === 'reg' && op.name === 'ax' ? null : '~kind';
    case 'Gb': case 'Gw': case 'Gv': case 'Rd': case 'Zb': case 'Zv': {
      if (op.kind !== 'reg' || op.reg.cls !== 'gpr') return '~kind';
      const want = k === 'Gb' || k === 'Zb' ? 8 : k === 'Gw' ? 16 : k === 'Rd' ? 32 : o;
      if (op.reg.size !== want) return '~size';
      if (k === 'Gv' || k === 'Zv') st.pinned = true;
      if (k === 'Rd') p.rm = { reg: op.reg.num };
      else if (k[0] === 'Z') p.plusReg = op.reg.num;
      else p.regField = op.reg.num;
      return null;
    }
    case 'Sw': case 'Cd': case 'Dd': case 'Td': {
      const cls = { Sw: 'sreg', Cd: 'cr', Dd: 'dr', Td: 'tr' }[k];
      if (op.kind !== 'reg' || op.reg.cls !== cls) return '~kind';
      p.regField = op.reg.num;
      return null;
    }
    case 'AL': case 'CL': case 'DX':
      return op.kind === 'reg' && op.name === k.toLowerCase() ? null : '~kind';
    case 'eAX':
      if (op.kind !== 'reg' || op.reg.cls !== 'gpr' || op.reg.num !== 0 || op.reg.size !== o) return '~kind';
      st.pinned = true;
      return null;
    case 'ES': case 'CS': case 'SS': case 'DS': case 'FS': case 'GS':
      return op.kind === 'reg' && op.name === k.toLowerCase() ? null : '~kind';
    case 'one': {
      if (op.kind !== 'imm' || (op.size !== null && op.size !== 8)) return '~kind';
      const v = evaluate(op.expr, env);
      return v.known && v.v === 1 ? null : '~notone';
    }
    case 'Ib': case 'Iw': case 'Iv': case 'sIb': {
      if (op.kind !== 'imm' || op.hint) return '~kind';
      const v = valueOf(env, op.expr);
      if (k === 'Ib') {
        if (op.size !== null && op.size !== 8) return '~size';
        if (v.known && !(v.v >= -128 && v.v <= 255)) return `immediate value ${v.v} does not fit in a byte`;
        p.imms.push({ v: v.v, bytes: 1 });
      } else if (k === 'Iw') {
        if (op.size !== null && op.size !== 16) return '~size';
        if (v.known && !(v.v >= -32768 && v.v <= 65535)) return `immediate value ${v.v} does not fit in a word`;
        p.imms.push({ v: v.v, bytes: 2 });
      } else if (k === 'Iv') {
        if (op.size !== null && op.size !== o) return '~size';
        if (op.size !== null) st.pinned = true;
        if (o === 16 && v.known && !(v.v >= -32768 && v.v <= 65535)) return `immediate value ${v.v} does not fit in a word`;
        p.imms.push({ v: v.v, bytes: o / 8 });
      } else {
        if (op.size !== null && op.size !== 8 && op.size !== o) return '~size';
        if (op.size === o) st.pinned = true;
        const sv = o === 32 ? v.v | 0 : (v.v << 16) >> 16;
        if (v.known && (!SIGNED8(sv) || (o === 16 && !(v.v >= -32768 && v.v <= 65535)))) return '~range';
        p.imms.push({ v: v.v, bytes: 1 });
      }
      return null;
    }
    case 'Jb': case 'Jv': {
      if (op.kind !== 'imm') return '~kind';
      if (k === 'Jb' && op.hint === 'near') return '~hint';
      if (k === 'Jv' && op.hint === 'short') return '~hint';
      if (op.hint === 'far') return '~hint';
      const v = valueOf(env, op.expr);
      p.rel = { target: v.v, known: v.known, bytes: k === 'Jb' ? 1 : (o / 8) as 2 | 4 };
      return null;
    }
    case 'Ap': {
      if (op.kind !== 'farptr') return '~kind';
      const sel = valueOf(env, op.sel), off = valueOf(env, op.off);
      p.imms.push({ v: off.v, bytes: o / 8 }, { v: sel.v, bytes: 2 });
      return null;
    }
    case 'Ob': case 'Ov': {
      if (op.kind !== 'mem' || op.regs.length || !op.disp || op.far) return '~kind';
      if (op.size !== null && op.size !== (k === 'Ob' ? 8 : o)) return '~size';
      const a = p.asize ?? 32;
      const v = valueOf(env, op.disp);
      p.imms.push({ v: v.v, bytes: a / 8 });
      if (op.seg !== null && op.seg !== 3) p.seg = op.seg;
      return null;
    }
    case 'Xb': case 'Xv': case 'Yb': case 'Yv': case 'Bb': {
      if (op.kind !== 'mem' || op.disp || op.regs.length !== 1 || op.regs[0].coef !== 1 || op.far) return '~kind';
      const want = k === 'Bb' ? 'bx' : k[0] === 'X' ? 'si' : 'di';
      const r = op.regs[0].name;
      if (r !== want && r !== `e${want}`) return '~kind';
      const a = r.length === 3 ? 32 : 16;
      if (p.asize !== null && p.asize !== a) return '~asize';
      p.asize = a;
      const size = k.endsWith('b') ? 8 : o;
      if (op.size !== null && op.size !== size) return '~size';
      if (op.size !== null && k.endsWith('v')) st.pinned = true;
      if (k[0] === 'Y') { if (op.seg !== null && op.seg !== 0) return 'the destination string must be es:[edi]'; }
      else if (op.seg !== null && op.seg !== 3) p.seg = op.seg;
      return null;
    }
  }
}


function pushLE(out: number[], v: number, n: number): void {
  for (let i = 0; i < n; i++) out.push((v >>> (8 * i)) & 0xff);
}

const R32 = ['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi'];
const MODRM16: Record<string, number> = { 'bx+si': 0, 'bx+di': 1, 'bp+si': 2, 'bp+di': 3, si: 4, di: 5, bp: 6, bx: 7 };

/** ModRM (+SIB +displacement) alternatives for a memory operand, shortest first. */
function encodeMemory(mem: MemOp, regField: number, forcedA: 16 | 32 | null, env: EncodeEnv): { bytes: number[]; asize: 16 | 32 }[] | string {
  const disp = mem.disp ? valueOf(env, mem.disp) : null;
  const regs = new Map<string, number>();
  for (const r of mem.regs) regs.set(r.name, (regs.get(r.name) ?? 0) + r.coef);
  const names = [...regs.keys()];
  const is16 = names.length > 0 ? names.every((n) => /^(bx|bp|si|di)$/.test(n)) : forcedA === 16;
  if (forcedA !== null && forcedA !== (is16 ? 16 : 32)) return `the a${forcedA} prefix does not match the registers of the address`;
  const reg = regField << 3;
  if (is16) {
    if (names.some((n) => regs.get(n) !== 1)) return 'invalid 16-bit address: registers cannot be scaled';
    const key = names.sort((a, b) => ('bx bp'.includes(a) ? -1 : 1) - ('bx bp'.includes(b) ? -1 : 1)).join('+');
    if (names.length === 0) return [{ bytes: [reg | 6, ...le(disp?.v ?? 0, 2)], asize: 16 }];
    const rm = MODRM16[key];
    if (rm === undefined) return `invalid 16-bit address [${key}]`;
    return dispChoices(disp, rm === 6, 2).map((d) => ({ bytes: [d.mod << 6 | reg | rm, ...d.bytes], asize: 16 as const }));
  }
  for (const n of names) if (!R32.includes(n) && n !== 'eiz') return `register '${n}' cannot be used in an address`;
  let base: string | null = null, index: string | null = null, scale = 1;
  // eiz (objdump's "no index" register) is always the index, whatever its scale.
  const ones = names.filter((n) => regs.get(n) === 1 && n !== 'eiz');
  const scaled = names.filter((n) => regs.get(n) !== 1 || n === 'eiz');
  if (scaled.length > 1 || names.length > 2) return 'too many registers in address';
  if (scaled.length === 1) {
    const c = regs.get(scaled[0])!;
    if ([1, 2, 4, 8].includes(c)) { index = scaled[0]; scale = c; base = ones[0] ?? null; }
    else if ([3, 5, 9].includes(c) && ones.length === 0) { base = scaled[0]; index = scaled[0]; scale = c - 1; }
    else return `invalid scale ${c}`;
  } else if (ones.length === 2) {
    [base, index] = ones;
    if (index === 'esp') [base, index] = [index, base];
  } else if (ones.length === 1) base = ones[0];
  // [reg*2] is shorter as [reg+reg] (no 32-bit displacement needed), as NASM does.
  if (base === null && index !== null && index !== 'eiz' && scale === 2) { base = index; scale = 1; }
  if (base === 'eiz') return "'eiz' can only be an index";
  if (index === 'esp') return "'esp' cannot be an index register";
  const out: { bytes: number[]; asize: 32 }[] = [];
  const idxNum = index === null || index === 'eiz' ? 4 : R32.indexOf(index);
  const ss = { 1: 0, 2: 1, 4: 2, 8: 3 }[scale]!;
  if (base === null) {
    if (index === null) return [{ bytes: [reg | 5, ...le(disp?.v ?? 0, 4)], asize: 32 }];
    return [{ bytes: [reg | 4, ss << 6 | idxNum << 3 | 5, ...le(disp?.v ?? 0, 4)], asize: 32 }];
  }
  const b = R32.indexOf(base);
  const needSib = index !== null || b === 4;
  for (const d of dispChoices(disp, b === 5, 4)) {
    if (needSib) out.push({ bytes: [d.mod << 6 | reg | 4, ss << 6 | idxNum << 3 | b, ...d.bytes], asize: 32 });
    else out.push({ bytes: [d.mod << 6 | reg | b, ...d.bytes], asize: 32 });
  }
  return out;
}

/** Displacement options: none (mod 0), 8-bit (mod 1), full (mod 2), shortest valid first. */
function dispChoices(disp: { v: number; known: boolean } | null, baseNeedsDisp: boolean, full: 2 | 4): { mod: number; bytes: number[] }[] {
  const v = disp?.v ?? 0;
  const out: { mod: number; bytes: number[] }[] = [];
  if (!baseNeedsDisp && (disp === null || (disp.known && v === 0))) out.push({ mod: 0, bytes: [] });
  const v16 = full === 2 ? (v << 16) >> 16 : v | 0;
  if (!disp || !disp.known || SIGNED8(v16)) out.push({ mod: 1, bytes: [v & 0xff] });
  out.push({ mod: 2, bytes: le(v, full) });
  return out;
}

function le(v: number, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((v >>> (8 * i)) & 0xff);
  return out;
}
