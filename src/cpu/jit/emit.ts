// JavaScript source for one decoded instruction inside a compiled block.
//
// The block keeps guest registers in locals r0..r7 and the lazy flags in
// fk ft fd fs fr fb (kind, top, dst, src, result, flagsBase). Every
// instruction reads and checks everything (memory loads and stores may call
// the Cpu's checked path, which can throw a fault) before it assigns a local,
// so a fault leaves the locals as they were before the instruction and the
// block's catch can write them back and restart at that instruction.
// Instructions without a native form here return null: the block then calls
// the interpreter for them.

import type { Insn } from '../../isa/decoder.ts';
import { LAZY_ADD, LAZY_DEC, LAZY_INC, LAZY_RESULT, LAZY_SUB } from '../flags.ts';

/** What the block knows about the lazy flags after an instruction, for specialising Jcc. */
export type KnownFlags = 'sub32' | 'logic32' | 'incdec32' | null;

export interface EmitContext {
  /** EIP after the instruction. */
  next: number;
  /** CS limit the block is compiled under (branch targets above it fault: not compiled). */
  csLimit: number;
  knownFlags: KnownFlags;
  /** Segments whose base/limits the block loads into locals. */
  segs: Set<number>;
  /** Registers the block loads and stores. */
  regs: Set<number>;
}

export interface Emitted {
  code: string;
  /** Set when the instruction's flags state is statically known afterwards (or null: unknown). */
  knownFlags: KnownFlags;
  /** Taken-branch target (Jcc/JMP/CALL), or -1. */
  target: number;
  /** Conditional branch: the condition expression (the block emits both exits). */
  condition: string | null;
  /** The instruction ends the block with a computed EIP in `v` (RET). */
  dynamicExit: boolean;
  /** Has a store that may hit a page holding code (the block then checks its page's generation). */
  stores: boolean;
}

const ALU_OPS = ['add', 'or', 'adc', 'sbb', 'and', 'sub', 'xor', 'cmp'];

function r8(n: number): string {
  return n < 4 ? `(r${n} & 255)` : `((r${n - 4} >> 8) & 255)`;
}

function set8(n: number, v: string): string {
  return n < 4 ? `r${n} = (r${n} & -256) | (${v} & 255);` : `r${n - 4} = (r${n - 4} & -65281) | ((${v} & 255) << 8);`;
}

function reg8Uses(n: number): number {
  return n < 4 ? n : n - 4;
}

/** The memory operand's offset as an expression (32-bit addressing only). */
function address(insn: Insn, ctx: EmitContext): string {
  const parts: string[] = [];
  if (insn.base >= 0) { parts.push(`r${insn.base}`); ctx.regs.add(insn.base); }
  if (insn.index >= 0) { parts.push(insn.scale ? `(r${insn.index} << ${insn.scale})` : `r${insn.index}`); ctx.regs.add(insn.index); }
  if (insn.disp !== 0 || parts.length === 0) parts.push(`${insn.disp | 0}`);
  return `(${parts.join(' + ')}) >>> 0`;
}

/** Load of `size` bytes at offset `a` of segment `seg` into `dst`: TLB fast path inline, else the Cpu's checked path. */
function load(size: number, seg: number, dst: string, ctx: EmitContext): string {
  ctx.segs.add(seg);
  if (size === 4) {
    return `${dst} = (a <= rl${seg} - 3 && (e = tlbR[(lin = (sb${seg} + a) | 0) >>> 12]) !== 0 && (lin & 3) === 0) ` +
      `? ram32[(e - 1 + (lin & 4095)) >>> 2] : cpu.read32(${seg}, a);`;
  }
  if (size === 1) {
    return `${dst} = (a <= rl${seg} && (e = tlbR[(lin = (sb${seg} + a) | 0) >>> 12]) !== 0) ` +
      `? ram[e - 1 + (lin & 4095)] : cpu.read8(${seg}, a);`;
  }
  return `${dst} = cpu.read16(${seg}, a);`;
}

/** Store of `size` bytes of `v` at offset `a` of `seg`. Only the checked path can hit a page holding code (the
 *  TLB makes no write entries for one), so only it sets `sw`, after which the region checks its page. */
function store(size: number, seg: number, v: string, ctx: EmitContext): string {
  ctx.segs.add(seg);
  if (size === 4) {
    return `if (a <= wl${seg} - 3 && (e = tlbW[(lin = (sb${seg} + a) | 0) >>> 12]) !== 0 && (lin & 3) === 0) ` +
      `ram32[(e - 1 + (lin & 4095)) >>> 2] = ${v}; else { cpu.write32(${seg}, a, ${v}); sw = 1; }`;
  }
  if (size === 1) {
    return `if (a <= wl${seg} && (e = tlbW[(lin = (sb${seg} + a) | 0) >>> 12]) !== 0) ` +
      `ram[e - 1 + (lin & 4095)] = ${v}; else { cpu.write8(${seg}, a, ${v}); sw = 1; }`;
  }
  return `cpu.write16(${seg}, a, ${v}); sw = 1;`;
}

/** Reads the E operand (register or memory) of `size` into x; for memory, leaves its offset in `a`. */
function readE(insn: Insn, size: number, ctx: EmitContext, dst = 'x'): string {
  if (insn.mod === 3) {
    if (size === 4) { ctx.regs.add(insn.rm); return `${dst} = r${insn.rm};`; }
    if (size === 1) { ctx.regs.add(reg8Uses(insn.rm)); return `${dst} = ${r8(insn.rm)};`; }
    ctx.regs.add(insn.rm);
    return `${dst} = r${insn.rm} & 65535;`;
  }
  return `a = ${address(insn, ctx)}; ${load(size, insn.seg, dst, ctx)}`;
}

/** Writes v to the E operand read by readE (register, or memory at `a`). */
function writeE(insn: Insn, size: number, v: string, ctx: EmitContext): string {
  if (insn.mod === 3) {
    if (size === 4) return `r${insn.rm} = ${v};`;
    return set8(insn.rm, v);
  }
  return store(size, insn.seg, v, ctx);
}

function readG(insn: Insn, size: number, ctx: EmitContext): string {
  if (size === 4) { ctx.regs.add(insn.reg); return `r${insn.reg}`; }
  ctx.regs.add(reg8Uses(insn.reg));
  return r8(insn.reg);
}

function writeG(insn: Insn, size: number, v: string): string {
  return size === 4 ? `r${insn.reg} = ${v};` : set8(insn.reg, v);
}

/** Result and lazy-flag assignments of an ALU op on x, y (size 1 or 4); the result in t. */
function aluCompute(op: string, size: number): { compute: string; flags: string; known: KnownFlags } {
  const top = size * 8 - 1;
  const mask = (v: string) => (size === 4 ? `(${v}) | 0` : `(${v}) & 255`);
  const addSub = (kind: number, expr: string) => ({
    compute: `t = ${mask(expr)};`,
    flags: `fk = ${kind}; ft = ${top}; fd = x; fs = y; fr = t;`,
    known: null as KnownFlags,
  });
  switch (op) {
    case 'add': return addSub(LAZY_ADD, 'x + y');
    case 'adc': return addSub(LAZY_ADD, 'x + y + lazyCF(fk, ft, fd, fs, fr, fb)');
    case 'sbb': return addSub(LAZY_SUB, 'x - y - lazyCF(fk, ft, fd, fs, fr, fb)');
    case 'sub': case 'cmp': return { ...addSub(LAZY_SUB, 'x - y'), known: size === 4 ? 'sub32' : null };
    default: {
      const sym = op === 'or' ? '|' : op === 'xor' ? '^' : '&';
      return {
        compute: `t = ${size === 4 ? `x ${sym} y` : `(x ${sym} y) & 255`};`,
        flags: `fb &= -2066; fk = ${LAZY_RESULT}; ft = ${top}; fr = t;`,
        known: size === 4 ? 'logic32' : null,
      };
    }
  }
}

function plain(code: string, knownFlags: KnownFlags, stores = false): Emitted {
  return { code, knownFlags, target: -1, condition: null, dynamicExit: false, stores };
}

/** Condition `cc` as an expression over the flag locals, specialised when the last flag writer is known. */
export function conditionExpr(cc: number, known: KnownFlags): string {
  const generic = `lazyCondition(${cc}, fk, ft, fd, fs, fr, fb)`;
  if (known === 'sub32') {
    const cmp: Record<number, string> = {
      2: '(fd >>> 0) < (fs >>> 0)', 3: '(fd >>> 0) >= (fs >>> 0)', 4: 'fr === 0', 5: 'fr !== 0',
      6: '(fd >>> 0) <= (fs >>> 0)', 7: '(fd >>> 0) > (fs >>> 0)', 8: 'fr < 0', 9: 'fr >= 0',
      12: '(fd | 0) < (fs | 0)', 13: '(fd | 0) >= (fs | 0)', 14: '(fd | 0) <= (fs | 0)', 15: '(fd | 0) > (fs | 0)',
    };
    return cmp[cc] ?? generic;
  }
  if (known === 'logic32') {
    // CF = OF = 0 after a logic op: signed comparisons with zero.
    const res: Record<number, string> = {
      0: 'false', 1: 'true', 2: 'false', 3: 'true', 4: 'fr === 0', 5: 'fr !== 0', 6: 'fr === 0', 7: 'fr !== 0',
      8: 'fr < 0', 9: 'fr >= 0', 12: 'fr < 0', 13: 'fr >= 0', 14: 'fr <= 0', 15: 'fr > 0',
    };
    return res[cc] ?? generic;
  }
  if (known === 'incdec32') {
    const res: Record<number, string> = { 4: 'fr === 0', 5: 'fr !== 0', 8: 'fr < 0', 9: 'fr >= 0' };
    return res[cc] ?? generic;
  }
  return generic;
}

/** The instruction's native form, or null when the block must call the interpreter for it. */
export function emitInsn(insn: Insn, ctx: EmitContext): Emitted | null {
  // Native forms cover 32-bit operand and address size without REP/LOCK.
  if (insn.osize !== 32 || insn.asize !== 32 || insn.rep !== 0 || insn.lock) return null;
  const form = insn.form;
  const ops = form.operands.join(',');
  const sem = form.sem;
  const known = ctx.knownFlags;

  if (ALU_OPS.includes(sem) || sem === 'test') {
    const op = sem === 'test' ? 'and' : sem;
    const writes = sem !== 'cmp' && sem !== 'test';
    let size: number, src: string, dstIsG = false;
    switch (ops) {
      case 'Ev,Gv': size = 4; src = readG(insn, 4, ctx); break;
      case 'Eb,Gb': size = 1; src = readG(insn, 1, ctx); break;
      case 'Gv,Ev': size = 4; src = 'y'; dstIsG = true; break;
      case 'Gb,Eb': size = 1; src = 'y'; dstIsG = true; break;
      case 'Ev,sIb': case 'Ev,Iv': size = 4; src = `${insn.imm | 0}`; break;
      case 'Eb,Ib': size = 1; src = `${insn.imm & 255}`; break;
      case 'eAX,Iv': size = 4; src = `${insn.imm | 0}`; ctx.regs.add(0); break;
      case 'AL,Ib': size = 1; src = `${insn.imm & 255}`; ctx.regs.add(0); break;
      default: return null;
    }
    const { compute, flags, known: after } = aluCompute(op, size);
    let code: string;
    if (ops === 'eAX,Iv') code = `x = r0; y = ${src}; ${compute} ${writes ? 'r0 = t; ' : ''}${flags}`;
    else if (ops === 'AL,Ib') code = `x = r0 & 255; y = ${src}; ${compute} ${writes ? set8(0, 't') + ' ' : ''}${flags}`;
    else if (dstIsG) {
      code = `${readE(insn, size, ctx, 'y')} x = ${readG(insn, size, ctx)}; ${compute} ${writes ? writeG(insn, size, 't') + ' ' : ''}${flags}`;
    } else {
      code = `${readE(insn, size, ctx)} y = ${src}; ${compute} ${writes ? writeE(insn, size, 't', ctx) + ' ' : ''}${flags}`;
    }
    return plain(code, after, writes && insn.modrm >= 0 && insn.mod !== 3 && !dstIsG);
  }

  if (sem === 'inc' || sem === 'dec') {
    if (ops !== 'Zv' && ops !== 'Ev') return null;
    const kind = sem === 'inc' ? LAZY_INC : LAZY_DEC;
    // INC/DEC keep CF: fold the current CF into fb (after a logic op or INC/DEC it is there already).
    const keepCf = known === 'logic32' || known === 'incdec32' ? ''
      : known === 'sub32' ? 'fb = (fb & -2) | ((fd >>> 0) < (fs >>> 0) ? 1 : 0);'
        : 'fb = (fb & -2) | lazyCF(fk, ft, fd, fs, fr, fb);';
    const calc = `t = (x ${sem === 'inc' ? '+' : '-'} 1) | 0;`;
    const flags = `fk = ${kind}; ft = 31; fd = x; fs = 1; fr = t;`;
    if (ops === 'Zv') {
      ctx.regs.add(insn.opReg);
      return plain(`x = r${insn.opReg}; ${calc} ${keepCf} r${insn.opReg} = t; ${flags}`, 'incdec32');
    }
    return plain(`${readE(insn, 4, ctx)} ${calc} ${writeE(insn, 4, 't', ctx)} ${keepCf} ${flags}`, 'incdec32', insn.mod !== 3);
  }

  if (sem === 'mov') {
    switch (ops) {
      case 'Ev,Gv': {
        const v = readG(insn, 4, ctx);
        if (insn.mod === 3) { ctx.regs.add(insn.rm); return plain(`r${insn.rm} = ${v};`, known); }
        return plain(`a = ${address(insn, ctx)}; ${store(4, insn.seg, v, ctx)}`, known, true);
      }
      case 'Eb,Gb': {
        const v = readG(insn, 1, ctx);
        if (insn.mod === 3) { ctx.regs.add(reg8Uses(insn.rm)); return plain(`v = ${v}; ${set8(insn.rm, 'v')}`, known); }
        return plain(`a = ${address(insn, ctx)}; v = ${v}; ${store(1, insn.seg, 'v', ctx)}`, known, true);
      }
      case 'Gv,Ev': ctx.regs.add(insn.reg); return plain(`${readE(insn, 4, ctx)} r${insn.reg} = x;`, known);
      case 'Gb,Eb': ctx.regs.add(reg8Uses(insn.reg)); return plain(`${readE(insn, 1, ctx)} ${set8(insn.reg, 'x')}`, known);
      case 'Zv,Iv': ctx.regs.add(insn.opReg); return plain(`r${insn.opReg} = ${insn.imm | 0};`, known);
      case 'Zb,Ib': ctx.regs.add(reg8Uses(insn.opReg)); return plain(set8(insn.opReg, `${insn.imm & 255}`), known);
      case 'Ev,Iv':
        if (insn.mod === 3) { ctx.regs.add(insn.rm); return plain(`r${insn.rm} = ${insn.imm | 0};`, known); }
        return plain(`a = ${address(insn, ctx)}; ${store(4, insn.seg, `${insn.imm | 0}`, ctx)}`, known, true);
      case 'Eb,Ib':
        if (insn.mod === 3) { ctx.regs.add(reg8Uses(insn.rm)); return plain(set8(insn.rm, `${insn.imm & 255}`), known); }
        return plain(`a = ${address(insn, ctx)}; ${store(1, insn.seg, `${insn.imm & 255}`, ctx)}`, known, true);
      case 'eAX,Ov': ctx.regs.add(0); return plain(`a = ${insn.disp >>> 0}; ${load(4, insn.seg, 'x', ctx)} r0 = x;`, known);
      case 'Ov,eAX': ctx.regs.add(0); return plain(`a = ${insn.disp >>> 0}; ${store(4, insn.seg, 'r0', ctx)}`, known, true);
      default: return null;
    }
  }

  if (sem === 'lea' && insn.hasMemory) {
    ctx.regs.add(insn.reg);
    return plain(`r${insn.reg} = (${address(insn, ctx)}) | 0;`, known);
  }

  if (sem === 'movzx' || sem === 'movsx') {
    const size = ops === 'Gv,Eb' ? 1 : 2;
    ctx.regs.add(insn.reg);
    const ext = sem === 'movzx' ? 'x' : size === 1 ? '(x << 24) >> 24' : '(x << 16) >> 16';
    if (size === 2 && insn.mod === 3) { ctx.regs.add(insn.rm); return plain(`x = r${insn.rm} & 65535; r${insn.reg} = ${ext};`, known); }
    return plain(`${readE(insn, size, ctx)} r${insn.reg} = ${ext};`, known);
  }

  if (sem === 'push') {
    ctx.regs.add(4);
    let v: string, pre = '';
    switch (ops) {
      case 'Zv': ctx.regs.add(insn.opReg); v = `r${insn.opReg}`; break;
      case 'Iv': case 'sIb': v = `${insn.imm | 0}`; break;
      case 'Ev': pre = readE(insn, 4, ctx); v = 'x'; break;
      default: return null;
    }
    // The value is read before ESP moves (push esp pushes the old value).
    return plain(`${pre} v = ${v}; a = (r4 - 4) >>> 0; ${store(4, 2, 'v', ctx)} r4 = a | 0;`, known, true);
  }

  if (sem === 'pop' && ops === 'Zv') {
    ctx.regs.add(4);
    ctx.regs.add(insn.opReg);
    return plain(`a = r4 >>> 0; ${load(4, 2, 'v', ctx)} r4 = (a + 4) | 0; r${insn.opReg} = v;`, known);
  }

  if (sem === 'leave') {
    ctx.regs.add(4);
    ctx.regs.add(5);
    return plain(`a = r5 >>> 0; ${load(4, 2, 'v', ctx)} r4 = (a + 4) | 0; r5 = v;`, known);
  }

  if (sem === 'imul' && (ops === 'Gv,Ev' || ops === 'Gv,Ev,Iv' || ops === 'Gv,Ev,sIb')) {
    // The truncated product; CF = OF = the signed product did not fit (as muldiv.ts's imulTruncated).
    const y = ops === 'Gv,Ev' ? readG(insn, 4, ctx) : `${insn.imm | 0}`;
    ctx.regs.add(insn.reg);
    return plain(`${readE(insn, 4, ctx)} y = ${y}; t = Math.imul(x, y); r${insn.reg} = t; ` +
      `fb = (fb & -2066) | (x * y !== t ? 2049 : 0); fk = ${LAZY_RESULT}; ft = 31; fr = t;`, null);
  }
  if ((sem === 'shl' || sem === 'shr' || sem === 'sar') && (ops === 'Ev,Ib' || ops === 'Ev,one')) {
    // A constant count (as shifts.ts: OF by the one-bit formula, AF cleared); a zero count is left to the interpreter.
    const c = ops === 'Ev,one' ? 1 : insn.imm & 31;
    if (c === 0) return null;
    const calc = sem === 'shl'
      ? `t = x << ${c}; v = ((x << ${c - 1}) >>> 31) & 1; y = ((t >>> 31) & 1) ^ v;`
      : sem === 'shr'
        ? `t = (x >>> ${c}) | 0; v = (x >>> ${c - 1}) & 1; y = ((t >>> 31) ^ (t >>> 30)) & 1;`
        : `t = x >> ${c}; v = (x >> ${c - 1}) & 1; y = 0;`;
    return plain(`${readE(insn, 4, ctx)} ${calc} ${writeE(insn, 4, 't', ctx)} ` +
      `fb = (fb & -2066) | v | (y << 11); fk = ${LAZY_RESULT}; ft = 31; fr = t;`, null, insn.mod !== 3);
  }
  if (sem === 'cdq') { ctx.regs.add(0); ctx.regs.add(2); return plain('r2 = r0 >> 31;', known); }
  if (sem === 'cwde') { ctx.regs.add(0); return plain('r0 = (r0 << 16) >> 16;', known); }
  if (sem === 'nop') return plain('', known);
  if (sem === 'not' && ops === 'Ev') return plain(`${readE(insn, 4, ctx)} t = ~x; ${writeE(insn, 4, 't', ctx)}`, known, insn.mod !== 3);
  if (sem === 'neg' && ops === 'Ev') {
    return plain(`${readE(insn, 4, ctx)} y = x; t = (0 - y) | 0; ${writeE(insn, 4, 't', ctx)} fk = ${LAZY_SUB}; ft = 31; fd = 0; fs = y; fr = t;`, null, insn.mod !== 3);
  }
  if (sem === 'setcc' && insn.mod === 3) {
    ctx.regs.add(reg8Uses(insn.rm));
    return plain(`v = (${conditionExpr(insn.opcode & 15, known)}) ? 1 : 0; ${set8(insn.rm, 'v')}`, known);
  }

  // Control transfers: the target must lie inside the CS limit the block is compiled under.
  if (sem === 'jcc' || sem === 'jmp' || (sem === 'call' && ops === 'Jv')) {
    if (ops !== 'Jb' && ops !== 'Jv') return null;
    const target = (ctx.next + insn.rel) >>> 0;
    if (target > ctx.csLimit) return null;
    if (sem === 'jcc') return { code: '', knownFlags: known, target, condition: conditionExpr(insn.opcode & 15, known), dynamicExit: false, stores: false };
    if (sem === 'jmp') return { code: '', knownFlags: known, target, condition: null, dynamicExit: false, stores: false };
    ctx.regs.add(4);
    return {
      code: `a = (r4 - 4) >>> 0; ${store(4, 2, `${ctx.next | 0}`, ctx)} r4 = a | 0;`,
      knownFlags: known, target, condition: null, dynamicExit: false, stores: true,
    };
  }
  if (sem === 'ret' && form.operands.length === 0) {
    ctx.regs.add(4);
    // RET checks the target against the CS limit before ESP moves (#GP(0) at the RET).
    return {
      code: `a = r4 >>> 0; ${load(4, 2, 'v', ctx)} v = v >>> 0; if (v > ${ctx.csLimit}) cpu.gp(0); r4 = (a + 4) | 0;`,
      knownFlags: known, target: -1, condition: null, dynamicExit: true, stores: false,
    };
  }
  return null;
}
