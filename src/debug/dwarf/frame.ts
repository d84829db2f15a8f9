// A .debug_frame reader (DWARF 2-4 call frame information, 32-bit format,
// 4-byte addresses): CIEs and FDEs, and the rule table of an FDE run up to an
// address: where the CFA is and how each register of the caller is found.
// Written for checking the CFI that cc emits; it does not unwind (it reads no
// registers or memory), but an unwinder can be built on `rulesAt`.
import type { ElfFile } from '../../isa/elf-read.ts';
import { DwarfError } from './reader.ts';

export interface Cie {
  offset: number;
  version: number;
  codeAlign: number;
  dataAlign: number;
  returnRegister: number;
  instructions: Uint8Array;
}

export interface Fde {
  offset: number;
  cie: Cie;
  start: number;
  end: number;
  instructions: Uint8Array;
}

export type Cfa = { kind: 'reg'; reg: number; offset: number } | { kind: 'expr'; expr: number[] };

export type RegisterRule =
  | { kind: 'undefined' }
  | { kind: 'same' }
  /** Saved at CFA + offset. */
  | { kind: 'offset'; offset: number }
  /** The value is CFA + offset. */
  | { kind: 'val_offset'; offset: number }
  | { kind: 'register'; reg: number }
  /** Saved at the address the expression computes (the CFA pushed first). */
  | { kind: 'expression'; expr: number[] }
  /** The value is what the expression computes. */
  | { kind: 'val_expression'; expr: number[] };

export interface FrameRow {
  cfa: Cfa;
  /** Rules for the registers that have one; the others are as in the CIE (unspecified: the same value). */
  regs: Map<number, RegisterRule>;
}

class Cursor {
  private readonly view: DataView;
  constructor(readonly b: Uint8Array, public pos = 0) {
    this.view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  }
  need(n: number): void {
    if (this.pos + n > this.b.length) throw new DwarfError(`.debug_frame ends inside an entry (offset 0x${this.pos.toString(16)})`);
  }
  u8(): number { this.need(1); return this.b[this.pos++]!; }
  u16(): number { this.need(2); const v = this.view.getUint16(this.pos, true); this.pos += 2; return v; }
  u32(): number { this.need(4); const v = this.view.getUint32(this.pos, true); this.pos += 4; return v; }
  uleb(): number {
    let v = 0, shift = 0, byte = 0;
    do { byte = this.u8(); v += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
    return v;
  }
  sleb(): number {
    let v = 0, shift = 0, byte = 0;
    do { byte = this.u8(); v += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
    return byte & 0x40 ? v - 2 ** shift : v;
  }
  cstr(): string {
    const start = this.pos;
    while (this.u8() !== 0);
    return Buffer.from(this.b.subarray(start, this.pos - 1)).toString('utf8');
  }
  bytes(n: number): number[] { this.need(n); const v = [...this.b.subarray(this.pos, this.pos + n)]; this.pos += n; return v; }
}

/** Every FDE of the file's .debug_frame (none when it has no such section). */
export function readDebugFrame(elf: ElfFile): Fde[] {
  const b = elf.sections.find((s) => s.name === '.debug_frame')?.data;
  if (!b) return [];
  const cies = new Map<number, Cie>();
  const fdes: Fde[] = [];
  const c = new Cursor(b);
  while (c.pos < b.length) {
    const offset = c.pos;
    const length = c.u32();
    if (length >= 0xfffffff0) throw new DwarfError('64-bit DWARF is not supported');
    const end = c.pos + length;
    if (end > b.length) throw new DwarfError(`entry at 0x${offset.toString(16)} runs past .debug_frame`);
    const id = c.u32();
    if (id === 0xffffffff) {
      const version = c.u8();
      if (version !== 1 && version !== 3 && version !== 4) throw new DwarfError(`CIE version ${version} is not supported`);
      const augmentation = c.cstr();
      if (augmentation !== '') throw new DwarfError(`CIE augmentation "${augmentation}" is not supported`);
      if (version === 4) {
        const addressSize = c.u8();
        c.u8(); // segment selector size
        if (addressSize !== 4) throw new DwarfError(`address size ${addressSize} is not supported`);
      }
      const codeAlign = c.uleb();
      const dataAlign = c.sleb();
      const returnRegister = version === 1 ? c.u8() : c.uleb();
      cies.set(offset, { offset, version, codeAlign, dataAlign, returnRegister, instructions: b.subarray(c.pos, end) });
    } else {
      const cie = cies.get(id);
      if (!cie) throw new DwarfError(`FDE at 0x${offset.toString(16)} names no CIE before it (0x${id.toString(16)})`);
      const start = c.u32();
      const range = c.u32();
      fdes.push({ offset, cie, start, end: start + range, instructions: b.subarray(c.pos, end) });
    }
    c.pos = end;
  }
  return fdes;
}

/** The FDE whose range holds `addr`, if any. */
export function fdeFor(fdes: Fde[], addr: number): Fde | undefined {
  return fdes.find((f) => addr >= f.start && addr < f.end);
}

/** The row of the FDE's rule table that applies at `addr`. */
export function rulesAt(fde: Fde, addr: number): FrameRow {
  const initial = run(fde.cie, fde.cie.instructions, { cfa: { kind: 'reg', reg: 0, offset: 0 }, regs: new Map() }, null, Infinity, 0);
  return run(fde.cie, fde.instructions, copy(initial), initial, addr, fde.start);
}

function copy(r: FrameRow): FrameRow {
  return { cfa: r.cfa, regs: new Map(r.regs) };
}

function run(cie: Cie, code: Uint8Array, row: FrameRow, initial: FrameRow | null, target: number, start: number): FrameRow {
  const c = new Cursor(code);
  const stack: FrameRow[] = [];
  let loc = start;
  const set = (reg: number, rule: RegisterRule) => row.regs.set(reg, rule);
  const restore = (reg: number) => {
    const r = initial?.regs.get(reg);
    if (r) row.regs.set(reg, r);
    else row.regs.delete(reg);
  };
  const advance = (delta: number): boolean => {
    loc += delta * cie.codeAlign;
    return loc > target;
  };
  while (c.pos < code.length) {
    const op = c.u8();
    const high = op & 0xc0;
    const low = op & 0x3f;
    if (high === 0x40) { if (advance(low)) break; continue; }
    if (high === 0x80) { set(low, { kind: 'offset', offset: c.uleb() * cie.dataAlign }); continue; }
    if (high === 0xc0) { restore(low); continue; }
    switch (op) {
      case 0x00: break; // nop
      case 0x01: loc = c.u32(); if (loc > target) return row; break; // set_loc
      case 0x02: if (advance(c.u8())) return row; break;
      case 0x03: if (advance(c.u16())) return row; break;
      case 0x04: if (advance(c.u32())) return row; break;
      case 0x05: { const r = c.uleb(); set(r, { kind: 'offset', offset: c.uleb() * cie.dataAlign }); break; } // offset_extended
      case 0x06: restore(c.uleb()); break; // restore_extended
      case 0x07: set(c.uleb(), { kind: 'undefined' }); break;
      case 0x08: set(c.uleb(), { kind: 'same' }); break;
      case 0x09: { const r = c.uleb(); set(r, { kind: 'register', reg: c.uleb() }); break; }
      case 0x0a: stack.push(copy(row)); break; // remember_state
      case 0x0b: { // restore_state (the CFA too, as GNU tools do)
        const s = stack.pop();
        if (!s) throw new DwarfError('DW_CFA_restore_state without remember_state');
        row.cfa = s.cfa;
        row.regs = s.regs;
        break;
      }
      case 0x0c: { const reg = c.uleb(); row.cfa = { kind: 'reg', reg, offset: c.uleb() }; break; }
      case 0x0d: { const reg = c.uleb(); row.cfa = row.cfa.kind === 'reg' ? { ...row.cfa, reg } : { kind: 'reg', reg, offset: 0 }; break; }
      case 0x0e: { const offset = c.uleb(); row.cfa = row.cfa.kind === 'reg' ? { ...row.cfa, offset } : { kind: 'reg', reg: 0, offset }; break; }
      case 0x0f: row.cfa = { kind: 'expr', expr: c.bytes(c.uleb()) }; break;
      case 0x10: { const r = c.uleb(); set(r, { kind: 'expression', expr: c.bytes(c.uleb()) }); break; }
      case 0x11: { const r = c.uleb(); set(r, { kind: 'offset', offset: c.sleb() * cie.dataAlign }); break; }
      case 0x12: { const reg = c.uleb(); row.cfa = { kind: 'reg', reg, offset: c.sleb() * cie.dataAlign }; break; }
      case 0x13: { const offset = c.sleb() * cie.dataAlign; row.cfa = row.cfa.kind === 'reg' ? { ...row.cfa, offset } : { kind: 'reg', reg: 0, offset }; break; }
      case 0x14: { const r = c.uleb(); set(r, { kind: 'val_offset', offset: c.uleb() * cie.dataAlign }); break; }
      case 0x15: { const r = c.uleb(); set(r, { kind: 'val_offset', offset: c.sleb() * cie.dataAlign }); break; }
      case 0x16: { const r = c.uleb(); set(r, { kind: 'val_expression', expr: c.bytes(c.uleb()) }); break; }
      default: throw new DwarfError(`unknown call frame instruction 0x${op.toString(16)}`);
    }
  }
  return row;
}
