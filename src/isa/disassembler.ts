// Table-driven i386/486 disassembler printing GNU objdump "-M intel" style text.
import { FORMS, V_KINDS, type Form, type OperandKind } from './table.ts';
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

/** Forms indexed by opcode key: the one-byte opcode, or 0x100 | second byte after 0x0F. */
const BY_OPCODE: Form[][] = (() => {
  const index: Form[][] = Array.from({ length: 0x200 }, () => []);
  for (const f of FORMS) {
    if (f.assembleOnly) continue;
    const key = f.opcode.length === 2 ? 0x100 | f.opcode[1] : f.opcode[0];
    for (let r = 0; r < (f.plusReg ? 8 : 1); r++) index[key + r].push(f);
  }
  return index;
})();

const SIZE_NAME: Record<number, string> = { 8: 'BYTE PTR ', 16: 'WORD PTR ', 32: 'DWORD PTR ', 48: 'FWORD PTR ', 64: 'QWORD PTR ', 80: 'TBYTE PTR ' };
const SEG_OF_PREFIX: Record<number, string> = Object.fromEntries(SEG_PREFIX.map((b, i) => [b, SREG[i]]));

class Truncated extends Error {}

const hex = (v: number) => '0x' + (v >>> 0).toString(16);

interface ModRM {
  mod: number; reg: number; rm: number; mem: string;
  /** A 32-bit displacement-only address in 16-bit code: objdump still prints "addr32". */
  addr32Quirk?: boolean;
}

/** Decode one instruction at bytes[offset], which lives at `address`. Never throws: bad bytes give "(bad)". */
export function disassembleOne(bytes: Uint8Array, offset: number, address: number, opts: DisasmOptions = {}): Decoded {
  try {
    return decode(bytes, offset, address, opts);
  } catch (e) {
    if (e instanceof Truncated) return bad();
    throw e;
  }
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

function decode(bytes: Uint8Array, start: number, address: number, opts: DisasmOptions): Decoded {
  const defBits = opts.bits ?? 32;
  let pos = start;
  const byte = () => {
    if (pos >= bytes.length || pos - start >= 15) throw new Truncated();
    return bytes[pos++];
  };
  const peek = () => (pos < bytes.length ? bytes[pos] : -1);

  // Prefixes.
  let opsizePfx = false, adsizePfx = false, lock = false, rep = 0, seg = 0;
  const prefixBytes: number[] = [];
  for (;;) {
    const b = peek();
    if (b === 0x66 || b === 0x67 || b === 0xf0 || b === 0xf2 || b === 0xf3 || b in SEG_OF_PREFIX) prefixBytes.push(b);
    if (b === 0x66) opsizePfx = true;
    else if (b === 0x67) adsizePfx = true;
    else if (b === 0xf0) lock = true;
    else if (b === 0xf2 || b === 0xf3) rep = b;
    else if (b in SEG_OF_PREFIX) seg = b;
    else break;
    byte();
  }
  const osize: 16 | 32 = (defBits === 32) !== opsizePfx ? 32 : 16;
  const asize: 16 | 32 = (defBits === 32) !== adsizePfx ? 32 : 16;

  let op = byte();
  if (op === 0x0f) op = 0x100 | byte();
  const candidates = BY_OPCODE[op];
  if (candidates.length === 0) return bad();
  let modrm: ModRM | null = null;
  const needModrm = candidates[0].modrm;
  let modrmByte = 0;
  if (needModrm) modrmByte = byte();
  const mod = modrmByte >> 6, regField = (modrmByte >> 3) & 7;
  const form = candidates.find((f) =>
    (f.ext === null || f.ext === regField) && (f.osize === null || f.osize === osize) && !(f.noOpsizePrefix && opsizePfx) &&
    (f.asize === null || f.asize === asize) &&
    (f.mod === null || (f.mod === 'mem' ? mod !== 3 : mod === 3)) && (f.rm === null || f.rm === (modrmByte & 7)));
  if (!form) return bad();
  const segName = seg ? SEG_OF_PREFIX[seg] : '';
  // Moves to and from CRn/DRn/TRn always name a register: the mod bits are ignored.
  if (needModrm) modrm = form.operands.includes('Rd') ? { mod: 3, reg: regField, rm: modrmByte & 7, mem: '' } : decodeModrm(modrmByte, asize, byte, segName, defBits);

  let usesMemory = false, usesOsize = form.sizeMatters, target: number | undefined;
  const regNum = (op & 7);
  const ops: string[] = [];
  for (const kind of form.operands) {
    if (V_KINDS.has(kind)) usesOsize = true;
    const text = operandText(kind);
    if (text === null) return bad();
    ops.push(text);
  }

  function operandText(kind: OperandKind): string | null {
    const m = modrm!;
    switch (kind) {
      case 'Eb': return rmText(8, 8);
      case 'Ew': return rmText(16, 16);
      case 'Ev': return rmText(osize, osize);
      case 'Esw': if (modrm!.mod === 3) usesOsize = true; return rmText(16, osize);
      case 'Rd': return REG32[m.rm];
      case 'M': return memOnly(0);
      case 'Mb': return memOnly(8);
      case 'Mp': return memOnly(osize === 32 ? 48 : 32);
      case 'Ma': return memOnly(osize === 32 ? 64 : 32);
      case 'Ms': return memOnly(0);
      case 'Gb': return gprName(m.reg, 8);
      case 'Gw': return gprName(m.reg, 16);
      case 'Gv': return gprName(m.reg, osize);
      case 'Sw': return m.reg < 6 ? SREG[m.reg] : null;
      case 'Cd': return `cr${m.reg}`;
      case 'Dd': return `dr${m.reg}`;
      case 'Td': return `tr${m.reg}`;
      case 'Ib': return hex(byte());
      case 'Iw': return hex(imm(2));
      case 'Iv': return hex(imm(osize / 8));
      case 'sIb': { const v = (byte() << 24) >> 24; return hex(osize === 16 ? v & 0xffff : v); }
      case 'Jb': case 'Jv': {
        const disp = kind === 'Jb' ? (byte() << 24) >> 24 : osize === 16 ? (imm(2) << 16) >> 16 : imm(4) | 0;
        const next = address + (pos - start);
        target = (next + disp) >>> 0;
        // A 16-bit IP wraps within its 64 KiB; objdump keeps the upper address bits in
        // 16-bit code and clears them when a 0x66 prefix made the size 16.
        if (osize === 16 && kind === 'Jv') target = ((target & 0xffff) | (opsizePfx ? 0 : next & 0xffff0000)) >>> 0;
        const sym = opts.symbolize?.(target);
        return hex(target) + (sym ? ` <${sym}>` : '');
      }
      case 'Ob': case 'Ov': {
        usesMemory = true;
        const a = imm(asize / 8);
        return `${segName || 'ds'}:${hex(a)}`;
      }
      case 'Ap': {
        const off = imm(osize / 8), sel = imm(2);
        target = off;
        return `${hex(sel)}:${hex(off)}`;
      }
      case 'Zb': return gprName(regNum, 8);
      case 'Zv': return gprName(regNum, osize);
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
      case 'STi': return `st(${m.rm})`;
      case 'AX': return 'ax';
      case 'Bb': usesMemory = true;
        return `BYTE PTR ${segName || 'ds'}:[${asize === 32 ? 'ebx' : 'bx'}]`;
    }
  }
  function rmText(memSize: number, regSize: number): string {
    const m = modrm!;
    if (m.mod === 3) return gprName(m.rm, regSize as 8 | 16 | 32);
    usesMemory = true;
    return SIZE_NAME[memSize] + m.mem;
  }
  function memOnly(size: number): string | null {
    const m = modrm!;
    if (m.mod === 3) return null;
    usesMemory = true;
    return (size ? SIZE_NAME[size] : '') + m.mem;
  }
  function imm(n: number): number {
    let v = 0;
    for (let i = 0; i < n; i++) v |= byte() << (8 * i);
    return v >>> 0;
  }

  // Prefix words: the used ones (lock, rep) and those that had no effect, as objdump names them.
  // objdump counts a moffs operand as not using 0x67 (it prints "addr16 mov al,ds:0x1234").
  const usesAdsize = form.asize !== null ||
    (usesMemory && !form.operands.some((k) => k === 'Ob' || k === 'Ov') && !(modrm?.addr32Quirk && modrm.mod !== 3));
  const words: string[] = [];
  const isString = form.operands.some((k) => k[0] === 'X' || k[0] === 'Y');
  for (const p of prefixBytes) {
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
  const name = opsizePfx && osize === 16 && form.name16 ? form.name16
    : opsizePfx && osize === 32 && form.name32 ? form.name32
      : osize === 16 && form.alwaysSuffix && form.name16 ? form.name16 : form.mnemonic;
  words.push(name);
  const mnemonic = words.join(' ');
  const operands = ops.join(',');
  const result: Decoded = { length: pos - start, text: operands ? `${mnemonic} ${operands}` : mnemonic, mnemonic, operands };
  if (target !== undefined) result.target = target;
  return result;
}

function decodeModrm(b: number, asize: 16 | 32, byte: () => number, seg: string, defBits: 16 | 32): ModRM {
  const mod = b >> 6, reg = (b >> 3) & 7, rm = b & 7;
  if (mod === 3) return { mod, reg, rm, mem: '' };
  const s8 = () => (byte() << 24) >> 24;
  const d16 = () => { const lo = byte(); return (lo | (byte() << 8)); };
  const d32 = () => { const a = byte(), b1 = byte(), c = byte(), d = byte(); return (a | (b1 << 8) | (c << 16) | (d << 24)); };
  const pre = seg ? `${seg}:` : '';
  const signed = (v: number) => (v < 0 ? `-${hex(-v)}` : `+${hex(v)}`);
  if (asize === 16) {
    if (mod === 0 && rm === 6) return { mod, reg, rm, mem: `${seg || 'ds'}:${hex(d16())}` };
    const parts = MODRM16_BASES[rm].join('+');
    const disp = mod === 1 ? s8() : mod === 2 ? (d16() << 16) >> 16 : null;
    return { mod, reg, rm, mem: `${pre}[${parts}${disp === null ? '' : signed(disp)}]` };
  }
  let base: string | null, index: string | null = null, scale = 1;
  let forceDisp32 = false;
  if (rm === 4) {
    const sib = byte();
    const ss = sib >> 6, idx = (sib >> 3) & 7, bs = sib & 7;
    scale = 1 << ss;
    if (bs === 5 && mod === 0) { base = null; forceDisp32 = true; } else base = REG32[bs];
    // objdump names the "no index" encoding eiz when it carries a scale or there is no base
    // (in 32-bit code; in 16-bit code it prints the plain displacement).
    if (idx !== 4) index = REG32[idx];
    else if (ss !== 0 || (base === null && defBits === 32)) index = 'eiz';
  } else if (rm === 5 && mod === 0) {
    base = null; forceDisp32 = true;
  } else base = REG32[rm];
  const disp = forceDisp32 || mod === 2 ? d32() : mod === 1 ? s8() : null;
  if (base === null && index === null) return { mod, reg, rm, mem: `${seg || 'ds'}:${hex(disp!)}`, addr32Quirk: defBits === 16 };
  let inner = base ?? '';
  if (index) inner += `${inner ? '+' : ''}${index}*${scale}`;
  if (disp !== null) inner += base === null ? `+${hex(disp)}` : signed(disp);
  return { mod, reg, rm, mem: `${pre}[${inner}]` };
}
