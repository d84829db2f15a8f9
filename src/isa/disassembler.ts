// i386/486 disassembler printing GNU objdump "-M intel" style text: formats the
// Insn records of the one decoder (decoder.ts).
import { V_KINDS, type OperandKind } from './table.ts';
import { decodeInsn, type Insn } from './decoder.ts';
import { MODRM16_BASES, REG32, SEG_PREFIX, SREG, gprName } from './registers.ts';

export interface Decoded {
  length: number;
  /** Full text: prefixes, mnemonic and operands, e.g. "rep stos DWORD PTR es:[edi],eax". */
  text: string;
  /** Prefix words and mnemonic, e.g. "lock add". */
  mnemonic: string;
  operands: string;
  /** Branch target for relative and direct far branches (offset part). */
  target?: number;
}

export interface DisasmOptions {
  bits?: 32 | 16;
  symbolize?: (addr: number) => string | null;
}

const SIZE_NAME: Record<number, string> = { 8: 'BYTE PTR ', 16: 'WORD PTR ', 32: 'DWORD PTR ', 48: 'FWORD PTR ', 64: 'QWORD PTR ', 80: 'TBYTE PTR ' };
const SEG_OF_PREFIX: Record<number, string> = Object.fromEntries(SEG_PREFIX.map((b, i) => [b, SREG[i]]));


const hex = (v: number) => '0x' + (v >>> 0).toString(16);
const signed = (v: number) => (v < 0 ? `-${hex(-v)}` : `+${hex(v)}`);

/** Decode one instruction at bytes[offset], which lives at `address`. Never throws: bad bytes give "(bad)". */
export function disassembleOne(bytes: Uint8Array, offset: number, address: number, opts: DisasmOptions = {}): Decoded {
  const insn = decodeInsn((i) => (offset + i < bytes.length ? bytes[offset + i] : -1), opts.bits ?? 32);
  if (typeof insn === 'string') return bad();
  return formatInsn(insn, address, opts) ?? bad();
}

/** Decode every instruction in bytes, which start at `address`. */
export function disassembleRange(bytes: Uint8Array, address: number, opts: DisasmOptions = {}): (Decoded & { address: number })[] {
  const out: (Decoded & { address: number })[] = [];
  let off = 0;
  while (off < bytes.length) {
    const d = disassembleOne(bytes, off, address + off, opts);
    out.push({ ...d, address: (address + off) >>> 0 });
    off += d.length;
  }
  return out;
}

function bad(): Decoded {
  return { length: 1, text: '(bad)', mnemonic: '(bad)', operands: '' };
}

/** The memory operand's address text, e.g. "ss:[ebp-0x8]", "[eax+ecx*4]", "ds:0x1234". */
function addressText(insn: Insn, defBits: 16 | 32): string {
  const segName = insn.segOverride >= 0 ? SREG[insn.segOverride] : '';
  const pre = segName ? `${segName}:` : '';
  if (insn.asize === 16) {
    if (insn.base < 0) return `${segName || 'ds'}:${hex(insn.disp)}`;
    const parts = MODRM16_BASES[insn.rm].join('+');
    return `${pre}[${parts}${insn.dispSize ? signed(insn.disp) : ''}]`;
  }
  const base = insn.base >= 0 ? REG32[insn.base] : null;
  let index: string | null = null;
  // objdump names the "no index" encoding eiz when it carries a scale or there is no base
  // (in 32-bit code; in 16-bit code it prints the plain displacement).
  if (insn.index >= 0) index = REG32[insn.index];
  else if (insn.sib >= 0 && (insn.scale !== 0 || (base === null && defBits === 32))) index = 'eiz';
  if (base === null && index === null) return `${segName || 'ds'}:${hex(insn.disp)}`;
  let inner = base ?? '';
  if (index) inner += `${inner ? '+' : ''}${index}*${1 << insn.scale}`;
  if (insn.dispSize) inner += base === null ? `+${hex(insn.disp)}` : signed(insn.disp);
  return `${pre}[${inner}]`;
}

/** objdump's text for a decoded instruction at `address`; null when an operand cannot be printed. */
export function formatInsn(insn: Insn, address: number, opts: DisasmOptions = {}): Decoded | null {
  const defBits = opts.bits ?? 32;
  const form = insn.form;
  const { osize, asize } = insn;
  const segName = insn.segOverride >= 0 ? SREG[insn.segOverride] : '';
  const mem = insn.modrm >= 0 && insn.mod !== 3 ? addressText(insn, defBits) : '';
  // A 32-bit displacement-only address in 16-bit code: objdump still prints "addr32".
  const addr32Quirk = insn.modrm >= 0 && insn.mod !== 3 && asize === 32 && defBits === 16 && insn.base < 0 &&
    !(insn.index >= 0 || (insn.sib >= 0 && insn.scale !== 0));
  let usesMemory = false, usesOsize = form.sizeMatters, target: number | undefined;
  const ops: string[] = [];
  for (const kind of form.operands) {
    if (V_KINDS.has(kind)) usesOsize = true;
    const text = operandText(kind);
    if (text === null) return null;
    ops.push(text);
  }

  function operandText(kind: OperandKind): string | null {
    switch (kind) {
      case 'Eb': return rmText(8, 8);
      case 'Ew': return rmText(16, 16);
      case 'Ev': return rmText(osize, osize);
      case 'Esw': if (insn.mod === 3) usesOsize = true; return rmText(16, osize);
      case 'Rd': return REG32[insn.rm];
      case 'M': return memOnly(0);
      case 'Mb': return memOnly(8);
      case 'Mp': return memOnly(osize === 32 ? 48 : 32);
      case 'Ma': return memOnly(osize === 32 ? 64 : 32);
      case 'Ms': return memOnly(0);
      case 'Gb': return gprName(insn.reg, 8);
      case 'Gw': return gprName(insn.reg, 16);
      case 'Gv': return gprName(insn.reg, osize);
      case 'Sw': return insn.reg < 6 ? SREG[insn.reg] : null;
      case 'Cd': return `cr${insn.reg}`;
      case 'Dd': return `dr${insn.reg}`;
      case 'Td': return `tr${insn.reg}`;
      case 'Ib': return hex(form.operands[0] === 'Iw' ? insn.imm2 : insn.imm);
      case 'Iw': case 'Iv': return hex(insn.imm);
      case 'sIb': return hex(osize === 16 ? insn.imm & 0xffff : insn.imm);
      case 'Jb': case 'Jv': {
        const next = address + insn.length;
        target = (next + insn.rel) >>> 0;
        // A 16-bit IP wraps within its 64 KiB; objdump keeps the upper address bits in
        // 16-bit code and clears them when a 0x66 prefix made the size 16.
        if (osize === 16 && kind === 'Jv') target = ((target & 0xffff) | (insn.opsizePrefix ? 0 : next & 0xffff0000)) >>> 0;
        const sym = opts.symbolize?.(target);
        return hex(target) + (sym ? ` <${sym}>` : '');
      }
      case 'Ob': case 'Ov':
        usesMemory = true;
        return `${segName || 'ds'}:${hex(insn.disp)}`;
      case 'Ap':
        target = insn.imm;
        return `${hex(insn.imm2)}:${hex(insn.imm)}`;
      case 'Zb': return gprName(insn.opReg, 8);
      case 'Zv': return gprName(insn.opReg, osize);
      case 'AL': return 'al';
      case 'eAX': return osize === 32 ? 'eax' : 'ax';
      case 'CL': return 'cl';
      case 'DX': return 'dx';
      case 'one': return '1';
      case 'ES': case 'CS': case 'SS': case 'DS': case 'FS': case 'GS': return kind.toLowerCase();
      case 'Xb': case 'Xv': usesMemory = true;
        return `${SIZE_NAME[kind === 'Xb' ? 8 : osize]}${segName || 'ds'}:[${asize === 32 ? 'esi' : 'si'}]`;
      case 'Yb': case 'Yv': usesMemory = true;
        return `${SIZE_NAME[kind === 'Yb' ? 8 : osize]}es:[${asize === 32 ? 'edi' : 'di'}]`;
      case 'Mw': return memOnly(16);
      case 'Md': return memOnly(32);
      case 'Mq': return memOnly(64);
      case 'Mt': return memOnly(80);
      case 'Mx': return memOnly(0);
      case 'ST': return 'st';
      case 'STi': return `st(${insn.rm})`;
      case 'AX': return 'ax';
      case 'Bb': usesMemory = true;
        return `BYTE PTR ${segName || 'ds'}:[${asize === 32 ? 'ebx' : 'bx'}]`;
    }
  }
  function rmText(memSize: number, regSize: number): string {
    if (insn.mod === 3) return gprName(insn.rm, regSize as 8 | 16 | 32);
    usesMemory = true;
    return SIZE_NAME[memSize] + mem;
  }
  function memOnly(size: number): string | null {
    if (insn.mod === 3) return null;
    usesMemory = true;
    return (size ? SIZE_NAME[size] : '') + mem;
  }

  // Prefix words: the used ones (lock, rep) and those that had no effect, as objdump names them.
  // objdump counts a moffs operand as not using 0x67 (it prints "addr16 mov al,ds:0x1234").
  const usesAdsize = form.asize !== null ||
    (usesMemory && !form.operands.some((k) => k === 'Ob' || k === 'Ov') && !addr32Quirk);
  const words: string[] = [];
  const isString = form.operands.some((k) => k[0] === 'X' || k[0] === 'Y');
  for (const p of insn.prefixes) {
    if (p in SEG_OF_PREFIX) { if (!usesMemory) words.push(SEG_OF_PREFIX[p]); }
    else if (p === 0x66) { if (!usesOsize) words.push(defBits === 32 ? 'data16' : 'data32'); }
    else if (p === 0x67) { if (!usesAdsize) words.push(defBits === 32 ? 'addr16' : 'addr32'); }
    else if (p === 0xf0) words.push('lock');
    else {
      const cmpLike = form.mnemonic === 'cmps' || form.mnemonic === 'scas';
      words.push(p === 0xf2 ? 'repnz' : isString && !cmpLike ? 'rep' : 'repz');
    }
  }
  // objdump adds a size suffix when a 0x66 prefix chose the operand size (pushw, pushd).
  const name = insn.opsizePrefix && osize === 16 && form.name16 ? form.name16
    : insn.opsizePrefix && osize === 32 && form.name32 ? form.name32
      : osize === 16 && form.alwaysSuffix && form.name16 ? form.name16 : form.mnemonic;
  words.push(name);
  const mnemonic = words.join(' ');
  const operands = ops.join(',');
  const result: Decoded = { length: insn.length, text: operands ? `${mnemonic} ${operands}` : mnemonic, mnemonic, operands };
  if (target !== undefined) result.target = target;
  return result;
}
