// Symbols and C source lines for the whole machine: the kernel's table below
// the user window, the running program's table inside it.
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve, basename } from 'node:path';
import { SymbolTable, type SymbolHit } from '../../debug/symbols.ts';
import { readElf, ElfError, type ElfSegment } from '../../isa/elf-read.ts';

/** Where user programs are linked (docs/ARCHITECTURE.md, "Linked image"). */
export const USER_BASE = 0x40000000;

export class CodeSymbols {
  private readonly programs = new Map<string, SymbolTable>();
  // Line-table row addresses per table, sorted: a row from before the enclosing
  // symbol belongs to other code (e.g. C before an assembly routine) and is not shown.
  private readonly rowAddrs = new Map<SymbolTable, Float64Array>();
  private readonly sourceCache = new Map<string, string[] | null>();
  // Per table, the address ranges its image loads to: a value outside them is
  // not that image's (a page frame above kernel_end, a user stack address) and gets no name.
  private readonly extents = new Map<SymbolTable, [number, number][]>();
  /** The program whose table covers the user window (set from the kernel's `run` trace). */
  currentProgram: string | null = null;

  /** The kernel's file-static variables by their C name (cc names them `__s<N>_name`). */
  private readonly kernelStatics = new Map<string, number>();

  constructor(
    readonly kernel: SymbolTable,
    programElves: ReadonlyMap<string, Uint8Array>,
    private readonly root: string,
    kernelSymbolNames: readonly { name: string; value: number }[] = [],
    kernelLines?: readonly { addr: number }[],
    kernelSegments?: readonly ElfSegment[],
  ) {
    if (kernelLines) this.rowAddrs.set(kernel, sortedRows(kernelLines));
    if (kernelSegments) this.extents.set(kernel, loadedRanges(kernelSegments));
    for (const s of kernelSymbolNames) {
      const m = /^__s\d+_(.+)$/.exec(s.name);
      if (m && !this.kernelStatics.has(m[1]!)) this.kernelStatics.set(m[1]!, s.value >>> 0);
    }
    for (const [name, elf] of programElves) {
      try {
        const file = readElf(elf);
        const table = new SymbolTable(file);
        this.programs.set(name, table);
        this.rowAddrs.set(table, sortedRows(file.lines ?? []));
        this.extents.set(table, loadedRanges(file.segments));
      } catch (e) {
        if (!(e instanceof ElfError)) throw e; // a program without a readable ELF just has no symbols
      }
    }
  }

  static fromKernel(kernelElf: Uint8Array, programElves: ReadonlyMap<string, Uint8Array>, root: string): CodeSymbols {
    const elf = readElf(kernelElf);
    return new CodeSymbols(new SymbolTable(elf), programElves, root, elf.symbols, elf.lines ?? [], elf.segments);
  }

  /** A kernel file-static variable's address by its C name, or null. */
  kernelStatic(name: string): number | null {
    return this.kernelStatics.get(name) ?? null;
  }

  /** The table that covers `addr`, or null (a user address with no known program,
   *  or an address outside the image: free pages, stacks, the heap). */
  tableFor(addr: number): SymbolTable | null {
    const a = addr >>> 0;
    const table = a < USER_BASE ? this.kernel : this.currentProgram ? (this.programs.get(this.currentProgram) ?? null) : null;
    const ranges = table && this.extents.get(table);
    if (ranges && !ranges.some(([lo, hi]) => a >= lo && a < hi)) return null;
    return table;
  }

  /** The symbol covering `addr`, with file-static names shown as in C (`__s3_refuse` -> `refuse`). */
  lookup(addr: number): SymbolHit | null {
    const hit = this.tableFor(addr)?.lookup(addr) ?? null;
    return hit ? { ...hit, name: cName(hit.name) } : null;
  }

  format(addr: number): string | null {
    const hit = this.lookup(addr);
    if (!hit) return null;
    return hit.offset === 0 ? hit.name : `${hit.name}+0x${hit.offset.toString(16)}`;
  }

  /** A symbol's address: the running program's first, then the kernel's. Accepts "prog:sym" too. */
  resolve(name: string): number | null {
    const colon = name.indexOf(':');
    if (colon > 0) return this.programs.get(name.slice(0, colon))?.addressOf(name.slice(colon + 1)) ?? null;
    const prog = this.currentProgram ? this.programs.get(this.currentProgram) : undefined;
    return prog?.addressOf(name) ?? this.kernel.addressOf(name) ?? this.kernelStatic(name);
  }

  /** Where a name resolves when `running` (or no program) runs: the running
   *  program, then the kernel, then `last` (the program run last, by default
   *  the one whose symbols are shown), then the programs that have it. `guess`
   *  says which program was picked when none runs, so the user is told, not surprised. */
  locate(name: string, running: string | null, last: string | null = this.currentProgram): Located {
    const colon = name.indexOf(':');
    if (colon > 0) {
      const prog = name.slice(0, colon);
      const addr = this.programs.get(prog)?.addressOf(name.slice(colon + 1)) ?? null;
      return addr === null ? { addr: null, programs: [] } : { addr, program: prog, guess: null };
    }
    const inRunning = running ? (this.programs.get(running)?.addressOf(name) ?? null) : null;
    if (inRunning !== null) return { addr: inRunning, program: running, guess: null };
    const inKernel = this.kernel.addressOf(name) ?? this.kernelStatic(name);
    if (inKernel !== null) return { addr: inKernel, program: null, guess: null };
    const inLast = last ? (this.programs.get(last)?.addressOf(name) ?? null) : null;
    if (inLast !== null) return { addr: inLast, program: last, guess: 'last' };
    const programs = [...this.programs].filter(([, t]) => t.addressOf(name) !== null).map(([p]) => p).sort();
    if (programs.length === 1) return { addr: this.programs.get(programs[0]!)!.addressOf(name)!, program: programs[0]!, guess: 'only' };
    return { addr: null, programs };
  }

  /** "hello.c:7  printf(...)" for the line-table row covering `addr`, or null. */
  sourceLine(addr: number): { where: string; text: string | null } | null {
    const table = this.tableFor(addr);
    const pos = table?.sourceLine(addr);
    if (!table || !pos) return null;
    const sym = table.lookup(addr);
    const row = lastAtOrBelow(this.rowAddrs.get(table), addr >>> 0);
    if (sym && row !== null && row < sym.address) return null;
    const lines = this.readSource(pos.file);
    const text = lines?.[pos.line - 1]?.trim() ?? null;
    return { where: `${basename(pos.file)}:${pos.line}`, text };
  }

  private readSource(file: string): string[] | null {
    const path = isAbsolute(file) ? file : resolve(this.root, file);
    if (!this.sourceCache.has(path)) {
      let lines: string[] | null = null;
      try {
        lines = readFileSync(path, 'utf8').split('\n');
      } catch {
        lines = null; // the source moved or was never on this machine: show the position only
      }
      this.sourceCache.set(path, lines);
    }
    return this.sourceCache.get(path)!;
  }
}

/** A symbol's place: in a program (`guess`: picked as the last one run, or the only one with it, while none runs)
 *  or the kernel (program null); or not found, with the programs that have it when the choice is not clear. */
export type Located =
  | { addr: number; program: string | null; guess: 'last' | 'only' | null }
  | { addr: null; programs: string[] };

const PT_LOAD = 1;

/** [start, end) of each loaded segment (memsz: .bss included). */
function loadedRanges(segments: readonly ElfSegment[]): [number, number][] {
  return segments.filter((s) => s.type === PT_LOAD && s.memsz > 0).map((s) => [s.vaddr >>> 0, (s.vaddr >>> 0) + s.memsz]);
}

function sortedRows(lines: readonly { addr: number }[]): Float64Array {
  return Float64Array.from(lines, (l) => l.addr >>> 0).sort();
}

/** The largest value <= key in a sorted array, or null. */
function lastAtOrBelow(sorted: Float64Array | undefined, key: number): number | null {
  if (!sorted) return null;
  let lo = 0;
  let hi = sorted.length - 1;
  let found: number | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= key) {
      found = sorted[mid]!;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** cc names file-static symbols `__s<N>_name` to keep them apart; people know them by `name`. */
function cName(symbol: string): string {
  const m = /^__s\d+_(.+)$/.exec(symbol);
  return m ? m[1]! : symbol;
}
