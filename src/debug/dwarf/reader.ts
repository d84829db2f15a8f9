// A small DWARF 2-4 reader (32-bit format, 4-byte addresses): the DIE trees of
// .debug_info with their attributes decoded by form, and the line-number
// programs of .debug_line run into rows. Written for checking what cc emits
// (tests), and to answer "which function, which variable where" without gdb.
import type { ElfFile } from '../../isa/elf-read.ts';

export class DwarfError extends Error {
  override name = 'DwarfError';
}

export type DwarfValue = number | string | boolean | number[] | { ref: number };

export interface DwarfDie {
  /** Offset in .debug_info. */
  offset: number;
  tag: number;
  attrs: Map<number, DwarfValue>;
  children: DwarfDie[];
}

export interface DwarfUnit {
  offset: number;
  version: number;
  addressSize: number;
  root: DwarfDie;
}

export interface LineRow {
  address: number;
  file: string;
  line: number;
  endSequence: boolean;
}

export const TAG = {
  array_type: 0x01, formal_parameter: 0x05, member: 0x0d, pointer_type: 0x0f, compile_unit: 0x11,
  structure_type: 0x13, subroutine_type: 0x15, typedef: 0x16, union_type: 0x17, unspecified_parameters: 0x18,
  subrange_type: 0x21, base_type: 0x24, enumeration_type: 0x04, enumerator: 0x28, subprogram: 0x2e, variable: 0x34,
} as const;
export const AT = {
  location: 0x02, name: 0x03, byte_size: 0x0b, stmt_list: 0x10, low_pc: 0x11, high_pc: 0x12, language: 0x13,
  producer: 0x25, prototyped: 0x27, upper_bound: 0x2f, data_member_location: 0x38, decl_file: 0x3a,
  decl_line: 0x3b, declaration: 0x3c, encoding: 0x3e, external: 0x3f, frame_base: 0x40, type: 0x49,
  const_value: 0x1c,
} as const;

class Cursor {
  constructor(readonly b: Uint8Array, public pos = 0) {}
  need(n: number): void {
    if (this.pos + n > this.b.length) throw new DwarfError(`truncated data at offset 0x${this.pos.toString(16)}`);
  }
  u8(): number { this.need(1); return this.b[this.pos++]!; }
  u16(): number { const v = this.u8(); return v | (this.u8() << 8); }
  u32(): number { const v = this.u16(); return (v | (this.u16() << 16)) >>> 0; }
  i8(): number { return (this.u8() << 24) >> 24; }
  uleb(): number {
    let result = 0;
    let scale = 1;
    for (;;) {
      const b = this.u8();
      result += (b & 0x7f) * scale;
      scale *= 128;
      if (!(b & 0x80)) return result;
      if (scale > 2 ** 49) throw new DwarfError('LEB128 number too long');
    }
  }
  sleb(): number {
    let result = 0;
    let scale = 1;
    for (;;) {
      const b = this.u8();
      result += (b & 0x7f) * scale;
      scale *= 128;
      if (!(b & 0x80)) return b & 0x40 ? result - scale : result;
      if (scale > 2 ** 49) throw new DwarfError('LEB128 number too long');
    }
  }
  cstr(): string {
    const start = this.pos;
    while (this.u8() !== 0);
    return Buffer.from(this.b.subarray(start, this.pos - 1)).toString('utf8');
  }
  bytes(n: number): number[] { this.need(n); const r = Array.from(this.b.subarray(this.pos, this.pos + n)); this.pos += n; return r; }
}

interface Abbrev { tag: number; children: boolean; specs: [number, number][] }

function readAbbrevs(b: Uint8Array, offset: number): Map<number, Abbrev> {
  const c = new Cursor(b, offset);
  const out = new Map<number, Abbrev>();
  for (;;) {
    const code = c.uleb();
    if (code === 0) return out;
    const tag = c.uleb();
    const children = c.u8() !== 0;
    const specs: [number, number][] = [];
    for (;;) {
      const at = c.uleb();
      const form = c.uleb();
      if (at === 0 && form === 0) break;
      specs.push([at, form]);
    }
    out.set(code, { tag, children, specs });
  }
}

function section(elf: ElfFile, name: string): Uint8Array | null {
  return elf.sections.find((s) => s.name === name)?.data ?? null;
}

function readForm(c: Cursor, form: number, unitStart: number, addrSize: number, version: number, str: Uint8Array | null): DwarfValue {
  switch (form) {
    case 0x01: return addrSize === 4 ? c.u32() : c.u16(); // addr
    case 0x0b: return c.u8(); // data1
    case 0x05: return c.u16(); // data2
    case 0x06: return c.u32(); // data4
    case 0x07: { const lo = c.u32(); const hi = c.u32(); return hi * 2 ** 32 + lo; } // data8
    case 0x0d: return c.sleb(); // sdata
    case 0x0f: return c.uleb(); // udata
    case 0x08: return c.cstr(); // string
    case 0x0e: { // strp
      const off = c.u32();
      if (!str || off >= str.length) throw new DwarfError(`string offset 0x${off.toString(16)} outside .debug_str`);
      return new Cursor(str, off).cstr();
    }
    case 0x0c: return c.u8() !== 0; // flag
    case 0x19: return true; // flag_present
    case 0x11: return { ref: unitStart + c.u8() }; // ref1
    case 0x12: return { ref: unitStart + c.u16() }; // ref2
    case 0x13: return { ref: unitStart + c.u32() }; // ref4
    case 0x15: return { ref: unitStart + c.uleb() }; // ref_udata
    case 0x10: return { ref: version <= 2 ? (addrSize === 4 ? c.u32() : c.u16()) : c.u32() }; // ref_addr
    case 0x17: return c.u32(); // sec_offset
    case 0x18: return c.bytes(c.uleb()); // exprloc
    case 0x0a: return c.bytes(c.u8()); // block1
    case 0x03: return c.bytes(c.u16()); // block2
    case 0x04: return c.bytes(c.u32()); // block4
    case 0x09: return c.bytes(c.uleb()); // block
    default: throw new DwarfError(`unsupported attribute form 0x${form.toString(16)}`);
  }
}

/** Every compile unit of .debug_info. */
export function readDebugInfo(elf: ElfFile): DwarfUnit[] {
  const info = section(elf, '.debug_info');
  const abbrev = section(elf, '.debug_abbrev');
  const str = section(elf, '.debug_str');
  if (!info || !abbrev) return [];
  const units: DwarfUnit[] = [];
  const c = new Cursor(info);
  while (c.pos < info.length) {
    const start = c.pos;
    const length = c.u32();
    if (length >= 0xfffffff0) throw new DwarfError('64-bit DWARF is not supported');
    const end = c.pos + length;
    if (end > info.length) throw new DwarfError(`unit at 0x${start.toString(16)} runs past the section`);
    const version = c.u16();
    if (version < 2 || version > 4) throw new DwarfError(`DWARF version ${version} is not supported`);
    const abbrevs = readAbbrevs(abbrev, c.u32());
    const addressSize = c.u8();
    const stack: DwarfDie[] = [];
    let root: DwarfDie | null = null;
    while (c.pos < end) {
      const offset = c.pos;
      const code = c.uleb();
      if (code === 0) {
        stack.pop();
        continue;
      }
      const a = abbrevs.get(code);
      if (!a) throw new DwarfError(`unknown abbreviation ${code} at 0x${offset.toString(16)}`);
      const d: DwarfDie = { offset, tag: a.tag, attrs: new Map(), children: [] };
      for (const [at, form] of a.specs) d.attrs.set(at, readForm(c, form, start, addressSize, version, str));
      if (stack.length) stack[stack.length - 1]!.children.push(d);
      else if (!root) root = d;
      else throw new DwarfError(`a second top-level DIE at 0x${offset.toString(16)}`);
      if (a.children) stack.push(d);
    }
    if (!root) throw new DwarfError(`empty unit at 0x${start.toString(16)}`);
    units.push({ offset: start, version, addressSize, root });
    c.pos = end;
  }
  return units;
}

/** Runs every line-number program of .debug_line. */
export function readLineTable(elf: ElfFile): LineRow[] {
  const b = section(elf, '.debug_line');
  if (!b) return [];
  const rows: LineRow[] = [];
  const c = new Cursor(b);
  while (c.pos < b.length) {
    const length = c.u32();
    const end = c.pos + length;
    const version = c.u16();
    if (version < 2 || version > 4) throw new DwarfError(`line table version ${version} is not supported`);
    const headerLength = c.u32();
    const programStart = c.pos + headerLength;
    const minInsn = c.u8();
    if (version >= 4) c.u8(); // maximum_operations_per_instruction
    const defaultIsStmt = c.u8();
    void defaultIsStmt;
    const lineBase = c.i8();
    const lineRange = c.u8();
    const opcodeBase = c.u8();
    const opLengths = c.bytes(opcodeBase - 1);
    const dirs = [''];
    for (let d = c.cstr(); d !== ''; d = c.cstr()) dirs.push(d);
    const files = [''];
    for (let f = c.cstr(); f !== ''; f = c.cstr()) {
      const dir = c.uleb();
      c.uleb();
      c.uleb();
      files.push(dir > 0 ? `${dirs[dir]}/${f}` : f);
    }
    c.pos = programStart;
    let address = 0, file = 1, line = 1;
    const emit = (endSequence: boolean) => rows.push({ address, file: files[file] ?? `?${file}`, line, endSequence });
    while (c.pos < end) {
      const op = c.u8();
      if (op >= opcodeBase) {
        const adj = op - opcodeBase;
        address += Math.floor(adj / lineRange) * minInsn;
        line += lineBase + (adj % lineRange);
        emit(false);
      } else if (op === 0) {
        const len = c.uleb();
        const sub = c.u8();
        if (sub === 1) { emit(true); address = 0; file = 1; line = 1; }
        else if (sub === 2) address = c.u32();
        else c.bytes(len - 1);
      } else if (op === 1) emit(false);
      else if (op === 2) address += c.uleb() * minInsn;
      else if (op === 3) line += c.sleb();
      else if (op === 4) file = c.uleb();
      else if (op === 5) c.uleb(); // column
      else if (op === 8) address += Math.floor((255 - opcodeBase) / lineRange) * minInsn; // const_add_pc
      else if (op === 9) address += c.u16(); // fixed_advance_pc
      else for (let i = 0; i < opLengths[op - 1]!; i++) c.uleb(); // other standard opcodes: skip operands
    }
    c.pos = end;
  }
  return rows;
}

// ------------------------------------------------------------ conveniences

export function dieName(d: DwarfDie): string | undefined {
  const n = d.attrs.get(AT.name);
  return typeof n === 'string' ? n : undefined;
}

/** Every DIE of the units, depth first, with an index by offset (for DW_AT_type references). */
export function indexDies(units: DwarfUnit[]): Map<number, DwarfDie> {
  const m = new Map<number, DwarfDie>();
  const walk = (d: DwarfDie) => {
    m.set(d.offset, d);
    d.children.forEach(walk);
  };
  units.forEach((u) => walk(u.root));
  return m;
}

/** A C-like name for the type a DIE refers to: "int", "struct point *", "int [3]". */
export function typeName(index: Map<number, DwarfDie>, ref: DwarfValue | undefined): string {
  if (ref === undefined) return 'void';
  if (typeof ref !== 'object' || Array.isArray(ref)) return '?';
  const d = index.get(ref.ref);
  if (!d) return '?';
  const inner = d.attrs.get(AT.type);
  switch (d.tag) {
    case TAG.base_type: return dieName(d) ?? '?';
    case TAG.pointer_type: return `${typeName(index, inner)} *`;
    case TAG.structure_type: return `struct ${dieName(d) ?? '<anonymous>'}`;
    case TAG.union_type: return `union ${dieName(d) ?? '<anonymous>'}`;
    case TAG.enumeration_type: return `enum ${dieName(d) ?? '<anonymous>'}`;
    case TAG.typedef: return dieName(d) ?? '?';
    case TAG.subroutine_type: return `${typeName(index, inner)} ()`;
    case TAG.array_type: {
      const dims = d.children.filter((s) => s.tag === TAG.subrange_type).map((s) => {
        const ub = s.attrs.get(AT.upper_bound);
        return typeof ub === 'number' ? `[${ub + 1}]` : '[]';
      });
      return `${typeName(index, inner)} ${dims.join('')}`;
    }
    default: return '?';
  }
}

/** A location expression that is one DW_OP_fbreg N: N; otherwise null. */
export function fbregOffset(loc: DwarfValue | undefined): number | null {
  if (!Array.isArray(loc) || loc[0] !== 0x91) return null;
  const c = new Cursor(Uint8Array.from(loc), 1);
  const v = c.sleb();
  return c.pos === loc.length ? v : null;
}

/** A location expression that is one DW_OP_addr A: A; otherwise null. */
export function addrLocation(loc: DwarfValue | undefined): number | null {
  if (!Array.isArray(loc) || loc.length !== 5 || loc[0] !== 0x03) return null;
  return (loc[1]! | (loc[2]! << 8) | (loc[3]! << 16) | (loc[4]! << 24)) >>> 0;
}
