// Symbol and source-line lookup for an ELF file: the nearest symbol at or below
// an address ("main+0x12") and the source position of an address ("hello.c:7").

export interface SymbolInput {
  name: string;
  value: number;
  size: number;
  kind: string;
}

export interface LineInput {
  addr: number;
  file: string;
  line: number;
}

/** What lookup needs from an ElfFile (readElf's result has these fields). */
export interface SymbolSource {
  symbols: readonly SymbolInput[];
  lines?: readonly LineInput[];
}

export interface SymbolHit {
  name: string;
  /** Start address of the symbol. */
  address: number;
  offset: number;
}

export interface SourcePosition {
  file: string;
  line: number;
}

// Section and file symbols name places, not code or data: they would shadow the real names.
const IGNORED_KINDS = new Set(['section', 'file']);

export class SymbolTable {
  private readonly addrs: number[] = [];
  private readonly syms: { name: string; address: number; size: number }[] = [];
  private readonly byName = new Map<string, number>();
  private readonly lineAddrs: number[] = [];
  private readonly lineInfo: SourcePosition[] = [];

  constructor(source: SymbolSource) {
    const syms = source.symbols
      .filter((s) => s.name && !IGNORED_KINDS.has(s.kind) && !s.name.startsWith('.L'))
      .map((s) => ({ name: s.name, address: s.value >>> 0, size: s.size }))
      // At one address prefer sized symbols (functions, objects) over bare labels.
      .sort((a, b) => a.address - b.address || (a.size > 0 ? 1 : 0) - (b.size > 0 ? 1 : 0));
    for (const s of syms) {
      this.addrs.push(s.address);
      this.syms.push(s);
      if (!this.byName.has(s.name)) this.byName.set(s.name, s.address);
    }
    const lines = [...(source.lines ?? [])].sort((a, b) => a.addr - b.addr);
    for (const l of lines) {
      this.lineAddrs.push(l.addr >>> 0);
      this.lineInfo.push({ file: l.file, line: l.line });
    }
  }

  get symbolCount(): number {
    return this.syms.length;
  }

  /** The nearest symbol at or below `address`, or null. A sized symbol that
   *  ends before `address` does not match (the address is in a gap). */
  lookup(address: number): SymbolHit | null {
    const i = lastAtOrBelow(this.addrs, address >>> 0);
    if (i < 0) return null;
    const s = this.syms[i]!;
    const offset = (address >>> 0) - s.address;
    if (s.size > 0 && offset >= s.size) return null;
    return { name: s.name, address: s.address, offset };
  }

  /** "func+0x12", "func" at offset 0, or null when no symbol covers the address. */
  format(address: number): string | null {
    const hit = this.lookup(address);
    if (!hit) return null;
    return hit.offset === 0 ? hit.name : `${hit.name}+0x${hit.offset.toString(16)}`;
  }

  /** The address of a symbol by name, or null. */
  addressOf(name: string): number | null {
    return this.byName.get(name) ?? null;
  }

  /** The source position of the line-table row at or below `address`, or null.
   *  A row does not reach past the start of the next symbol: an assembly routine
   *  placed after C code has no source line. */
  sourceLine(address: number): SourcePosition | null {
    const i = lastAtOrBelow(this.lineAddrs, address >>> 0);
    if (i < 0) return null;
    const j = lastAtOrBelow(this.addrs, address >>> 0);
    if (j >= 0 && this.addrs[j]! > this.lineAddrs[i]!) return null;
    return this.lineInfo[i]!;
  }

  /** "file:line", or null. */
  formatSourceLine(address: number): string | null {
    const pos = this.sourceLine(address);
    return pos ? `${pos.file}:${pos.line}` : null;
  }
}

function lastAtOrBelow(sorted: number[], key: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= key) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
