// What a debugger needs from one ELF image's DWARF, in a form it can use:
// functions by address with their parameters and locals, globals by name,
// C types resolved into a small tree, and the line table as sorted rows.
// Built once per image; lookups are binary searches.
import type { ElfFile } from '../isa/elf-read.ts';
import {
  readDebugInfo, readLineTable, indexDies, dieName, fbregOffset, addrLocation, AT, TAG, DwarfError,
  type DwarfDie, type DwarfValue, type DwarfUnit, type LineRow,
} from './dwarf/reader.ts';

export type CType =
  | { kind: 'void' }
  | { kind: 'int'; name: string; size: number; signed: boolean; char: boolean; bool: boolean }
  | { kind: 'pointer'; target: CType }
  | { kind: 'array'; elem: CType; count: number | null }
  | { kind: 'struct' | 'union'; name: string | null; size: number; members: CMember[] }
  | { kind: 'function'; returns: CType };

export interface CMember {
  name: string;
  offset: number;
  type: CType;
}

export interface VarInfo {
  name: string;
  type: CType;
  /** Parameters and locals: the offset from the frame base (EBP). */
  fbreg: number | null;
  /** Globals: the address. */
  addr: number | null;
  param: boolean;
}

export interface FunctionInfo {
  name: string;
  low: number;
  high: number;
  /** The compile unit's file. */
  file: string;
  returns: CType;
  /** Parameters in order, then locals. */
  vars: VarInfo[];
}

export interface LineInfo {
  file: string;
  line: number;
  /** The row's own address (the line's first instruction here) and the next row's. */
  start: number;
  end: number;
}

export interface SymbolInfo {
  name: string;
  address: number;
  size: number;
}

export const VOID: CType = { kind: 'void' };
const INT: CType = { kind: 'int', name: 'int', size: 4, signed: true, char: false, bool: false };

/** The size of a value of type `t` in bytes (0 when unknown: void, functions, open arrays). */
export function sizeOf(t: CType): number {
  switch (t.kind) {
    case 'int': return t.size;
    case 'pointer': return 4;
    case 'array': return t.count === null ? 0 : t.count * sizeOf(t.elem);
    case 'struct': case 'union': return t.size;
    default: return 0;
  }
}

/** A C spelling of a type: "int", "struct point *", "int [3]". */
export function typeString(t: CType): string {
  switch (t.kind) {
    case 'void': return 'void';
    case 'int': return t.name;
    case 'pointer': return t.target.kind === 'pointer' ? `${typeString(t.target)}*` : `${typeString(t.target)} *`;
    case 'array': return `${typeString(t.elem)} [${t.count ?? ''}]`;
    case 'struct': case 'union': return `${t.kind} ${t.name ?? '<anonymous>'}`;
    case 'function': return `${typeString(t.returns)} ()`;
  }
}

export class DebugInfo {
  readonly functions: FunctionInfo[] = [];
  readonly globals = new Map<string, VarInfo>();
  readonly hasDwarf: boolean;
  /** Why the DWARF could not be read (the image then has its symbols only), or null. */
  readonly dwarfError: string | null = null;
  private readonly rowAddr: number[] = [];
  private readonly rows: { file: string; line: number; end: boolean }[] = [];
  private readonly rowStarts = new Set<number>();
  private readonly symbols: SymbolInfo[];
  private readonly symbolsByName = new Map<string, SymbolInfo>();
  private readonly types = new Map<number, CType>();
  private readonly index: Map<number, DwarfDie>;
  private tagged: Map<string, number> | null = null;

  constructor(elf: ElfFile) {
    let units: DwarfUnit[] = [];
    let lineRows: LineRow[] = [];
    try {
      units = readDebugInfo(elf);
      lineRows = readLineTable(elf);
    } catch (e) {
      if (!(e instanceof DwarfError)) throw e;
      units = [];
      lineRows = [];
      this.dwarfError = e.message;
    }
    this.hasDwarf = units.length > 0;
    this.index = indexDies(units);
    for (const u of units) {
      const file = dieName(u.root) ?? '?';
      for (const d of u.root.children) {
        if (d.tag === TAG.subprogram) this.addFunction(d, file);
        else if (d.tag === TAG.variable) {
          const addr = addrLocation(d.attrs.get(AT.location));
          const name = dieName(d);
          // A file-static and a global may share a name in different units: the first one wins.
          if (addr !== null && name && !this.globals.has(name)) {
            this.globals.set(name, { name, type: this.type(d.attrs.get(AT.type)), fbreg: null, addr, param: false });
          }
        }
      }
    }
    this.functions.sort((a, b) => a.low - b.low);
    const rows = lineRows.map((r, i) => ({ ...r, i })).sort((a, b) => a.address - b.address || a.i - b.i);
    for (const r of rows) {
      this.rowAddr.push(r.address >>> 0);
      this.rows.push({ file: r.file, line: r.line, end: r.endSequence });
      if (!r.endSequence) this.rowStarts.add(r.address >>> 0);
    }
    this.symbols = elf.symbols
      .filter((s) => s.name && (s.kind === 'func' || s.kind === 'notype') && !s.name.startsWith('.'))
      .map((s) => ({ name: s.name, address: s.value >>> 0, size: s.size }))
      .sort((a, b) => a.address - b.address || a.size - b.size);
    for (const s of elf.symbols) if (s.name && !this.symbolsByName.has(s.name)) this.symbolsByName.set(s.name, { name: s.name, address: s.value >>> 0, size: s.size });
  }

  /** The C function whose code holds `pc`, or null. */
  functionAt(pc: number): FunctionInfo | null {
    const f = lastAtOrBelow(this.functions, pc >>> 0, (x) => x.low);
    return f && pc >>> 0 < f.high ? f : null;
  }

  /** The code symbol at or below `pc` (assembly routines have no DWARF function). */
  symbolAt(pc: number): SymbolInfo | null {
    return lastAtOrBelow(this.symbols, pc >>> 0, (s) => s.address);
  }

  /** A symbol's address by its ELF name (data or code), or null. */
  symbol(name: string): SymbolInfo | null {
    return this.symbolsByName.get(name) ?? null;
  }

  /** The line-table row covering `pc`, or null (no row, or past an end of sequence). */
  lineAt(pc: number): LineInfo | null {
    const a = pc >>> 0;
    let lo = 0, hi = this.rowAddr.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.rowAddr[mid]! <= a) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (found < 0) return null;
    // Several rows can share an address: the last one is the one in force.
    const row = this.rows[found]!;
    if (row.end) return null;
    const end = found + 1 < this.rowAddr.length ? this.rowAddr[found + 1]! : a + 1;
    return { file: row.file, line: row.line, start: this.rowAddr[found]!, end };
  }

  /** True when `pc` is the first instruction of a line-table row (where a source-level step may stop). */
  isRowStart(pc: number): boolean {
    return this.rowStarts.has(pc >>> 0);
  }

  /** A named struct or union type (for casts), or null. */
  taggedType(kind: 'struct' | 'union', name: string): CType | null {
    if (!this.tagged) {
      this.tagged = new Map();
      for (const d of this.index.values()) {
        const n = dieName(d);
        if (!n || d.attrs.has(AT.declaration)) continue;
        const k = d.tag === TAG.structure_type ? 'struct' : d.tag === TAG.union_type ? 'union' : null;
        if (k && !this.tagged.has(`${k} ${n}`)) this.tagged.set(`${k} ${n}`, d.offset);
      }
    }
    const off = this.tagged.get(`${kind} ${name}`);
    return off === undefined ? null : this.type({ ref: off });
  }

  private addFunction(d: DwarfDie, file: string): void {
    const low = d.attrs.get(AT.low_pc);
    const high = d.attrs.get(AT.high_pc);
    const name = dieName(d);
    if (typeof low !== 'number' || typeof high !== 'number' || !name) return;
    const vars: VarInfo[] = [];
    for (const c of d.children) {
      if (c.tag !== TAG.formal_parameter && c.tag !== TAG.variable) continue;
      const n = dieName(c);
      if (!n) continue;
      const loc = c.attrs.get(AT.location);
      vars.push({ name: n, type: this.type(c.attrs.get(AT.type)), fbreg: fbregOffset(loc), addr: addrLocation(loc), param: c.tag === TAG.formal_parameter });
    }
    // DWARF 4: high_pc in a data form is an offset from low_pc (cc writes it so).
    const end = high > low ? high : low + high;
    this.functions.push({ name, low: low >>> 0, high: end >>> 0, file, returns: this.type(d.attrs.get(AT.type)), vars });
  }

  /** The CType a DW_AT_type reference names (memoised by DIE: structs may refer to themselves). */
  type(ref: DwarfValue | undefined): CType {
    if (ref === undefined) return VOID;
    if (typeof ref !== 'object' || Array.isArray(ref)) return VOID;
    const known = this.types.get(ref.ref);
    if (known) return known;
    const d = this.index.get(ref.ref);
    if (!d) return VOID;
    const inner = d.attrs.get(AT.type);
    const size = d.attrs.get(AT.byte_size);
    switch (d.tag) {
      case TAG.base_type: {
        const enc = d.attrs.get(AT.encoding);
        const name = dieName(d) ?? 'int';
        const t: CType = {
          kind: 'int', name, size: typeof size === 'number' ? size : 4,
          signed: enc === 0x05 || enc === 0x06 || enc === 0x0d,
          char: enc === 0x06 || enc === 0x08, bool: enc === 0x02,
        };
        this.types.set(d.offset, t);
        return t;
      }
      case TAG.pointer_type: {
        const t: { kind: 'pointer'; target: CType } = { kind: 'pointer', target: VOID };
        this.types.set(d.offset, t);
        t.target = this.type(inner);
        return t;
      }
      case TAG.structure_type:
      case TAG.union_type: {
        const t: CType = { kind: d.tag === TAG.structure_type ? 'struct' : 'union', name: dieName(d) ?? null, size: typeof size === 'number' ? size : 0, members: [] };
        this.types.set(d.offset, t);
        for (const m of d.children) {
          if (m.tag !== TAG.member) continue;
          const off = m.attrs.get(AT.data_member_location);
          t.members.push({ name: dieName(m) ?? '?', offset: typeof off === 'number' ? off : 0, type: this.type(m.attrs.get(AT.type)) });
        }
        return t;
      }
      case TAG.array_type: {
        const dims = d.children.filter((s) => s.tag === TAG.subrange_type).map((s) => {
          const ub = s.attrs.get(AT.upper_bound);
          return typeof ub === 'number' ? ub + 1 : null;
        });
        let t = this.type(inner);
        for (let i = dims.length - 1; i >= 0; i--) t = { kind: 'array', elem: t, count: dims[i]! };
        if (dims.length === 0) t = { kind: 'array', elem: t, count: null };
        this.types.set(d.offset, t);
        return t;
      }
      case TAG.enumeration_type: return INT;
      case TAG.typedef: return this.type(inner);
      case TAG.subroutine_type: return { kind: 'function', returns: this.type(inner) };
      default: return VOID;
    }
  }
}

function lastAtOrBelow<T>(sorted: readonly T[], key: number, at: (x: T) => number): T | null {
  let lo = 0, hi = sorted.length - 1;
  let found: T | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at(sorted[mid]!) <= key) { found = sorted[mid]!; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}
