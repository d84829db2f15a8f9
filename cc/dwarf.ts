// DWARF 4 debugging information for cc's programs: .debug_info (a compile
// unit per C file with its functions, their parameters and locals at fixed
// offsets from EBP, its globals and the C types they use), .debug_abbrev,
// .debug_str and .debug_line (from the assembler's line table).
//
// Two steps: describeUnit() records, right after code generation, what a C
// unit contains (names, types, EBP offsets, assembly labels); buildDwarf()
// turns those records into section bytes once the whole program is assembled
// and every label has its address. Frames are EBP-based (every function starts
// with push ebp; mov ebp, esp), so the frame base is EBP; .debug_frame
// (dwarf-frame.ts) tells gdb how to unwind at every instruction.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Func, Program, Var } from './ast.ts';
import type { Type } from './types.ts';
import type { LinkedImage } from '../src/isa/linked-image.ts';
import { buildDebugFrame } from './dwarf-frame.ts';

export interface DebugVar {
  name: string;
  type: Type;
  line: number;
  /** Locals and parameters: offset from EBP. */
  offset?: number;
  /** Globals: the assembly label. */
  asmName?: string;
  external?: boolean;
  /** Declared with this typedef name as its whole type. */
  typedefName?: string;
}

export interface DebugFunc {
  name: string;
  asmName: string;
  type: Extract<Type, { kind: 'func' }>;
  external: boolean;
  line: number;
  params: DebugVar[];
  locals: DebugVar[];
}

export interface DebugUnit {
  /** The C file's name as given to the compiler. */
  file: string;
  funcs: DebugFunc[];
  globals: DebugVar[];
  typedefs: { name: string; type: Type; line: number }[];
}

/** What a compiled unit holds, for the debugger. Call after generate() (it sets the EBP offsets). */
export function describeUnit(file: string, prog: Program, omitted: ReadonlySet<string> = new Set()): DebugUnit {
  const v = (x: Var): DebugVar => ({ name: x.name, type: x.type, line: x.pos.line, offset: x.offset, typedefName: x.typedefName });
  const funcs = prog.funcs
    .filter((f: Func) => f.isStatic || !omitted.has(f.asmName))
    .map((f: Func): DebugFunc => ({
      name: f.name, asmName: f.asmName, type: f.type, external: !f.isStatic, line: f.pos.line,
      params: f.params.map(v),
      // Compiler temporaries have names no C identifier can have.
      locals: f.locals.filter((l) => /^[A-Za-z_]\w*$/.test(l.name)).map(v),
    }));
  const globals = prog.globals
    .filter((g) => g.isDefined && /^[A-Za-z_]\w*$/.test(g.name))
    .map((g): DebugVar => ({ name: g.name, type: g.type, line: g.pos.line, asmName: g.asmName, external: !g.isStatic, typedefName: g.typedefName }));
  return { file, funcs, globals, typedefs: prog.typedefs };
}

// ---------------------------------------------------------------- constants

const DW_TAG = {
  array_type: 0x01, formal_parameter: 0x05, member: 0x0d, pointer_type: 0x0f, compile_unit: 0x11,
  structure_type: 0x13, subroutine_type: 0x15, typedef: 0x16, union_type: 0x17, subrange_type: 0x21, base_type: 0x24,
  subprogram: 0x2e, variable: 0x34, unspecified_parameters: 0x18,
} as const;
const DW_AT = {
  location: 0x02, name: 0x03, byte_size: 0x0b, stmt_list: 0x10, low_pc: 0x11, high_pc: 0x12, language: 0x13,
  producer: 0x25, prototyped: 0x27, upper_bound: 0x2f, data_member_location: 0x38, decl_file: 0x3a,
  decl_line: 0x3b, declaration: 0x3c, encoding: 0x3e, external: 0x3f, frame_base: 0x40, type: 0x49,
} as const;
const DW_FORM = {
  addr: 0x01, data2: 0x05, data4: 0x06, data1: 0x0b, udata: 0x0f, strp: 0x0e, ref4: 0x13,
  sec_offset: 0x17, exprloc: 0x18, flag_present: 0x19, sdata: 0x0d,
} as const;
const DW_ATE = { boolean: 0x02, float: 0x04, signed: 0x05, signed_char: 0x06, unsigned: 0x07, unsigned_char: 0x08 } as const;
const DW_OP = { addr: 0x03, breg5_ebp: 0x75, fbreg: 0x91 } as const;
const DW_LANG_C99 = 0x0c;
const LINE_BASE = -5;
const LINE_RANGE = 14;
const OPCODE_BASE = 13;

export const PRODUCER = 'ringside cc';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Source names inside the project are written relative to its root (cc/runtime/stdio.c,
 *  kernel/main.c): the same on every machine, and found by gdb run from the root. */
export function sourceName(file: string): string {
  if (!path.isAbsolute(file)) return file;
  const rel = path.relative(PROJECT_ROOT, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
}

// ---------------------------------------------------------------- byte output

export class Bytes {
  readonly b: number[] = [];
  get length(): number { return this.b.length; }
  u8(v: number): void { this.b.push(v & 0xff); }
  u16(v: number): void { this.u8(v); this.u8(v >>> 8); }
  u32(v: number): void { this.u16(v & 0xffff); this.u16(v >>> 16); }
  patch32(at: number, v: number): void { for (let i = 0; i < 4; i++) this.b[at + i] = (v >>> (8 * i)) & 0xff; }
  uleb(v: number): void {
    do {
      let byte = v & 0x7f;
      v = Math.floor(v / 128);
      if (v !== 0) byte |= 0x80;
      this.u8(byte);
    } while (v !== 0);
  }
  sleb(v: number): void {
    for (;;) {
      const byte = v & 0x7f;
      v >>= 7; // arithmetic: values here fit in 32 bits
      const done = (v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0);
      this.u8(done ? byte : byte | 0x80);
      if (done) return;
    }
  }
  str(s: string): void { for (const c of Buffer.from(s, 'utf8')) this.u8(c); this.u8(0); }
  all(bytes: number[]): void { for (const x of bytes) this.u8(x); }
  result(): Uint8Array { return Uint8Array.from(this.b); }
}

function sleb(v: number): number[] {
  const b = new Bytes();
  b.sleb(v);
  return b.b;
}

// ---------------------------------------------------------------- DIEs

type AttrValue =
  | { form: 'strp'; s: string }
  | { form: 'data1' | 'data2' | 'data4' | 'udata' | 'sdata' | 'addr' | 'sec_offset'; n: number }
  | { form: 'ref4'; die: Die }
  | { form: 'exprloc'; expr: number[] }
  | { form: 'flag_present' };

interface Die {
  tag: number;
  attrs: [number, AttrValue][];
  children: Die[];
  offset: number;
}

function die(tag: number, attrs: [number, AttrValue][] = [], children: Die[] = []): Die {
  return { tag, attrs, children, offset: -1 };
}

const strp = (s: string): AttrValue => ({ form: 'strp', s });
const data = (n: number, form: 'data1' | 'data2' | 'data4' | 'udata' | 'sdata' = 'udata'): AttrValue => ({ form, n });
const ref = (d: Die): AttrValue => ({ form: 'ref4', die: d });
const FLAG: AttrValue = { form: 'flag_present' };

/** The types of one compile unit, each described once. */
class TypeTable {
  readonly dies: Die[] = [];
  private readonly byKey = new Map<string, Die>();
  private readonly structs = new Map<Type, Die>();

  /** The DIE for a type, or null for void. */
  get(t: Type): Die | null {
    switch (t.kind) {
      case 'void': return null;
      case 'int': {
        const enc = t.name === '_Bool' ? DW_ATE.boolean : t.size === 1 ? (t.unsigned ? DW_ATE.unsigned_char : DW_ATE.signed_char) : t.unsigned ? DW_ATE.unsigned : DW_ATE.signed;
        return this.keyed(`int:${t.name}`, () => die(DW_TAG.base_type, [[DW_AT.name, strp(t.name)], [DW_AT.byte_size, data(t.size, 'data1')], [DW_AT.encoding, data(enc, 'data1')]]));
      }
      case 'float':
        return this.keyed(`float:${t.name}`, () => die(DW_TAG.base_type, [[DW_AT.name, strp(t.name)], [DW_AT.byte_size, data(t.size, 'data1')], [DW_AT.encoding, data(DW_ATE.float, 'data1')]]));
      case 'ptr': {
        const base = this.get(t.base);
        const d = die(DW_TAG.pointer_type, [[DW_AT.byte_size, data(4, 'data1')]]);
        if (base) d.attrs.push([DW_AT.type, ref(base)]);
        return this.keyed(`ptr:${base ? this.dies.indexOf(base) : 'void'}`, () => d);
      }
      case 'array': {
        const base = this.get(t.base) ?? this.get({ kind: 'int', size: 1, unsigned: false, name: 'char' })!;
        const sub = die(DW_TAG.subrange_type, t.len > 0 ? [[DW_AT.upper_bound, data(t.len - 1)]] : []);
        return this.keyed(`array:${this.dies.indexOf(base)}:${t.len}`, () => die(DW_TAG.array_type, [[DW_AT.type, ref(base)]], [sub]));
      }
      case 'func': {
        const ret = this.get(t.ret);
        const params = t.params.map((p) => this.get(p));
        const key = `func:${ret ? this.dies.indexOf(ret) : 'void'}:${params.map((p) => (p ? this.dies.indexOf(p) : 'v')).join(',')}:${t.variadic}`;
        return this.keyed(key, () => {
          const d = die(DW_TAG.subroutine_type, [[DW_AT.prototyped, FLAG]],
            params.filter((p): p is Die => p !== null).map((p) => die(DW_TAG.formal_parameter, [[DW_AT.type, ref(p)]])));
          if (t.variadic) d.children.push(die(DW_TAG.unspecified_parameters));
          if (ret) d.attrs.push([DW_AT.type, ref(ret)]);
          return d;
        });
      }
      case 'struct': {
        const known = this.structs.get(t);
        if (known) return known;
        const d = die(t.isUnion ? DW_TAG.union_type : DW_TAG.structure_type);
        this.structs.set(t, d); // before the members: a struct may point to itself
        this.dies.push(d);
        if (t.tag) d.attrs.push([DW_AT.name, strp(t.tag)]);
        if (!t.complete) {
          d.attrs.push([DW_AT.declaration, FLAG]);
          return d;
        }
        d.attrs.push([DW_AT.byte_size, data(t.size)]);
        for (const m of t.members) {
          const mt = this.get(m.type);
          const md = die(DW_TAG.member, [], []);
          if (m.name) md.attrs.push([DW_AT.name, strp(m.name)]);
          if (mt) md.attrs.push([DW_AT.type, ref(mt)]);
          md.attrs.push([DW_AT.data_member_location, data(m.offset)]);
          d.children.push(md);
        }
        return d;
      }
    }
  }

  private keyed(key: string, make: () => Die): Die {
    const known = this.byKey.get(key);
    if (known) return known;
    const d = make();
    this.byKey.set(key, d);
    this.dies.push(d);
    return d;
  }
}

// ---------------------------------------------------------------- sections

export interface DwarfSection {
  name: string;
  bytes: Uint8Array;
}

interface LineRow { addr: number; file: string; line: number }

/** The .debug_* sections for the C units of an assembled program. */
export function buildDwarf(units: DebugUnit[], image: LinkedImage): DwarfSection[] {
  const symbols = new Map<string, { value: number; size: number }>();
  for (const s of image.symbols) if (!symbols.has(s.name)) symbols.set(s.name, s);
  const strings = new StringPool();
  const abbrevs = new AbbrevTable();
  const info = new Bytes();
  const line = new Bytes();
  const framed: { start: number; size: number }[] = [];
  const rows = [...image.lines].sort((a, b) => a.addr - b.addr).map((r) => ({ ...r, file: sourceName(r.file) }));

  for (const unit of units) {
    const funcs = unit.funcs
      .map((f) => ({ f, sym: symbols.get(f.asmName) }))
      .filter((x): x is { f: DebugFunc; sym: { value: number; size: number } } => x.sym !== undefined && x.sym.size > 0);
    for (const x of funcs) framed.push({ start: x.sym.value, size: x.sym.size });
    if (funcs.length === 0 && unit.globals.length === 0) continue;
    const low = funcs.length ? Math.min(...funcs.map((x) => x.sym.value)) : 0;
    const high = funcs.length ? Math.max(...funcs.map((x) => x.sym.value + x.sym.size)) : 0;
    const unitRows = rows.filter((r) => r.addr >= low && r.addr < high);
    const unitFile = sourceName(unit.file);
    const files = [unitFile, ...new Set(unitRows.map((r) => r.file).filter((f) => f !== unitFile))];

    const types = new TypeTable();
    const cu = die(DW_TAG.compile_unit, [
      [DW_AT.producer, strp(PRODUCER)], [DW_AT.language, data(DW_LANG_C99, 'data1')], [DW_AT.name, strp(unitFile)],
      [DW_AT.low_pc, { form: 'addr', n: low }], [DW_AT.high_pc, data(high - low, 'data4')],
      [DW_AT.stmt_list, { form: 'sec_offset', n: line.length }],
    ]);
    // Typedefs come first, so a variable spelled with one can refer to it.
    const typedefs = new Map<string, Die>();
    for (const td of unit.typedefs) {
      if (typedefs.has(td.name)) continue; // a block-scope typedef reusing a name: the first one describes it
      const d = die(DW_TAG.typedef, [[DW_AT.name, strp(td.name)], [DW_AT.decl_file, data(1)], [DW_AT.decl_line, data(td.line)]]);
      const t = types.get(td.type);
      if (t) d.attrs.push([DW_AT.type, ref(t)]);
      typedefs.set(td.name, d);
    }
    const varDie = (tag: number, v: DebugVar, loc: number[]): Die => {
      const d = die(tag, [[DW_AT.name, strp(v.name)], [DW_AT.decl_file, data(1)], [DW_AT.decl_line, data(v.line)]]);
      const t = (v.typedefName !== undefined ? typedefs.get(v.typedefName) : undefined) ?? types.get(v.type);
      if (t) d.attrs.push([DW_AT.type, ref(t)]);
      if (v.external) d.attrs.push([DW_AT.external, FLAG]);
      d.attrs.push([DW_AT.location, { form: 'exprloc', expr: loc }]);
      return d;
    };
    const globals: Die[] = [];
    for (const g of unit.globals) {
      const s = symbols.get(g.asmName!);
      if (!s) continue;
      globals.push(varDie(DW_TAG.variable, g, [DW_OP.addr, ...le32(s.value)]));
    }
    const subprograms = funcs.map(({ f, sym }) => {
      const d = die(DW_TAG.subprogram, [[DW_AT.name, strp(f.name)], [DW_AT.decl_file, data(1)], [DW_AT.decl_line, data(f.line)], [DW_AT.prototyped, FLAG]]);
      if (f.external) d.attrs.push([DW_AT.external, FLAG]);
      const ret = types.get(f.type.ret);
      if (ret) d.attrs.push([DW_AT.type, ref(ret)]);
      d.attrs.push([DW_AT.low_pc, { form: 'addr', n: sym.value }], [DW_AT.high_pc, data(sym.size, 'data4')],
        [DW_AT.frame_base, { form: 'exprloc', expr: [DW_OP.breg5_ebp, 0] }]);
      for (const p of f.params) d.children.push(varDie(DW_TAG.formal_parameter, p, [DW_OP.fbreg, ...sleb(p.offset!)]));
      for (const l of f.locals) d.children.push(varDie(DW_TAG.variable, l, [DW_OP.fbreg, ...sleb(l.offset!)]));
      return d;
    });
    cu.children.push(...types.dies, ...typedefs.values(), ...globals, ...subprograms);
    writeUnit(info, cu, abbrevs, strings);
    writeLineProgram(line, files, unitRows, high);
  }
  const sections = [
    { name: '.debug_info', bytes: info.result() },
    { name: '.debug_abbrev', bytes: abbrevs.bytes() },
    { name: '.debug_line', bytes: line.result() },
    { name: '.debug_str', bytes: strings.bytes() },
  ];
  const frame = buildDebugFrame(framed, image);
  if (frame) sections.push({ name: '.debug_frame', bytes: frame });
  return sections;
}

function le32(v: number): number[] {
  return [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
}

class StringPool {
  private readonly out = new Bytes();
  private readonly at = new Map<string, number>();
  offset(s: string): number {
    let o = this.at.get(s);
    if (o === undefined) {
      o = this.out.length;
      this.out.str(s);
      this.at.set(s, o);
    }
    return o;
  }
  bytes(): Uint8Array { return this.out.result(); }
}

class AbbrevTable {
  private readonly out = new Bytes();
  private readonly codes = new Map<string, number>();
  code(d: Die): number {
    const forms = d.attrs.map(([at, v]) => [at, DW_FORM[v.form]] as const);
    const key = `${d.tag}:${d.children.length > 0}:${forms.map((f) => f.join('/')).join(',')}`;
    let c = this.codes.get(key);
    if (c === undefined) {
      c = this.codes.size + 1;
      this.codes.set(key, c);
      this.out.uleb(c);
      this.out.uleb(d.tag);
      this.out.u8(d.children.length > 0 ? 1 : 0);
      for (const [at, form] of forms) {
        this.out.uleb(at);
        this.out.uleb(form);
      }
      this.out.uleb(0);
      this.out.uleb(0);
    }
    return c;
  }
  bytes(): Uint8Array {
    const b = this.out.result();
    const withEnd = new Uint8Array(b.length + 1); // the table's terminating 0
    withEnd.set(b);
    return withEnd;
  }
}

/** One compile unit: header, DIEs (depth first), reference fix-ups. */
function writeUnit(out: Bytes, cu: Die, abbrevs: AbbrevTable, strings: StringPool): void {
  const start = out.length;
  out.u32(0); // unit_length, patched below
  out.u16(4); // DWARF version
  out.u32(0); // the one abbreviation table at offset 0
  out.u8(4); // address size
  const fixups: { at: number; die: Die }[] = [];
  const write = (d: Die) => {
    d.offset = out.length - start;
    out.uleb(abbrevs.code(d));
    for (const [, v] of d.attrs) {
      switch (v.form) {
        case 'strp': out.u32(strings.offset(v.s)); break;
        case 'data1': out.u8(v.n); break;
        case 'data2': out.u16(v.n); break;
        case 'data4': case 'addr': case 'sec_offset': out.u32(v.n); break;
        case 'udata': out.uleb(v.n); break;
        case 'sdata': out.sleb(v.n); break;
        case 'ref4': fixups.push({ at: out.length, die: v.die }); out.u32(0); break;
        case 'exprloc': out.uleb(v.expr.length); out.all(v.expr); break;
        case 'flag_present': break;
      }
    }
    if (d.children.length > 0) {
      for (const c of d.children) write(c);
      out.u8(0);
    }
  };
  write(cu);
  for (const f of fixups) out.patch32(f.at, f.die.offset);
  out.patch32(start, out.length - start - 4);
}

/** The line-number program of one unit: one sequence from its first row to `end`. */
function writeLineProgram(out: Bytes, files: string[], rows: LineRow[], end: number): void {
  const start = out.length;
  out.u32(0); // unit_length
  out.u16(4); // version
  const headerLengthAt = out.length;
  out.u32(0);
  const headerStart = out.length;
  out.u8(1); // minimum_instruction_length
  out.u8(1); // maximum_operations_per_instruction
  out.u8(1); // default_is_stmt
  out.u8(LINE_BASE & 0xff);
  out.u8(LINE_RANGE);
  out.u8(OPCODE_BASE);
  out.all([0, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1]); // operand counts of the standard opcodes 1..12
  out.u8(0); // no include directories: file names are as the compiler was given them
  for (const f of files) {
    out.str(f);
    out.uleb(0);
    out.uleb(0);
    out.uleb(0);
  }
  out.u8(0);
  out.patch32(headerLengthAt, out.length - headerStart);
  if (rows.length > 0) {
    let addr = rows[0]!.addr;
    let lineNo = 1;
    let file = 1;
    out.all([0, 5, 2, ...le32(addr)]); // DW_LNE_set_address
    for (const r of rows) {
      const f = files.indexOf(r.file) + 1;
      if (f !== file) {
        out.u8(4); // DW_LNS_set_file
        out.uleb(f);
        file = f;
      }
      const dLine = r.line - lineNo;
      const dAddr = r.addr - addr;
      const special = dLine - LINE_BASE + LINE_RANGE * dAddr + OPCODE_BASE;
      if (dLine >= LINE_BASE && dLine < LINE_BASE + LINE_RANGE && special <= 255) {
        out.u8(special);
      } else {
        if (dLine !== 0) { out.u8(3); out.sleb(dLine); } // DW_LNS_advance_line
        if (dAddr !== 0) { out.u8(2); out.uleb(dAddr); } // DW_LNS_advance_pc
        out.u8(1); // DW_LNS_copy
      }
      lineNo = r.line;
      addr = r.addr;
    }
    if (end > addr) { out.u8(2); out.uleb(end - addr); }
    out.all([0, 1, 1]); // DW_LNE_end_sequence
  }
  out.patch32(start, out.length - start - 4);
}
