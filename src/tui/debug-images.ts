// DWARF for what runs in the machine: the kernel's from its ELF, and each
// program's built on first use. Programs are loaded as modules without
// DWARF (docs/DEBUGGING.md), so the first stop in one compiles its source
// again with DWARF on the host (about half a second) and keeps it only if
// the code is byte for byte what the module runs.
import { dirname, resolve } from 'node:path';
import { buildExecutable } from '../../cc/driver.ts';
import { CompileError } from '../../cc/diagnostics.ts';
import { readElf, ElfError, type ElfFile } from '../isa/elf-read.ts';
import { DebugInfo } from '../debug/debug-info.ts';
import type { DebugInfoSource } from '../debug/unwind.ts';
import { USER_BASE } from './inspect/code-symbols.ts';

/** How to build a program again: its sources and header directories, spelled as
 *  the first build spelled them (a path can reach the code through __FILE__). */
export interface ProgramSources {
  files: string[];
  includePaths: string[];
}

export class DebugImages implements DebugInfoSource {
  private kernelInfo: DebugInfo | null = null;
  /** The program in the user window (the session follows the kernel's run/switch trace lines). */
  currentProgram: string | null = null;
  private readonly programs = new Map<string, DebugInfo | null>();
  /** Why a program has no DWARF, for the panels. */
  readonly problems = new Map<string, string>();

  constructor(
    private readonly kernelElf: Uint8Array,
    private readonly elves: ReadonlyMap<string, Uint8Array>,
    private readonly sources: ReadonlyMap<string, ProgramSources>,
  ) {
  }

  /** The kernel's debug information (read on first use). */
  get kernel(): DebugInfo {
    this.kernelInfo ??= new DebugInfo(readElf(this.kernelElf));
    return this.kernelInfo;
  }

  infoFor(pc: number): DebugInfo | null {
    if (pc >>> 0 < USER_BASE) return this.kernel;
    return this.currentProgram ? this.program(this.currentProgram) : null;
  }

  /** The images expressions search for globals: the user program's, then the kernel's. */
  images(): DebugInfo[] {
    const p = this.currentProgram ? this.program(this.currentProgram) : null;
    return p ? [p, this.kernel] : [this.kernel];
  }

  /** A program's debug information (its symbols at least), or null if its ELF cannot be read. */
  program(name: string): DebugInfo | null {
    if (!this.programs.has(name)) this.programs.set(name, this.load(name));
    return this.programs.get(name)!;
  }

  private load(name: string): DebugInfo | null {
    const bytes = this.elves.get(name);
    if (!bytes) return null;
    let elf: ElfFile;
    try {
      elf = readElf(bytes);
    } catch (e) {
      if (e instanceof ElfError) return null;
      throw e;
    }
    const own = new DebugInfo(elf);
    if (own.hasDwarf) return own;
    const src = this.sources.get(name);
    if (!src) {
      this.problems.set(name, own.dwarfError ? `${name}: unreadable DWARF: ${own.dwarfError}` : `${name} has no DWARF and no source to build it from`);
      return own;
    }
    try {
      const built = readElf(buildExecutable(src.files, { kind: 'user', includePaths: src.includePaths }).elf);
      if (!sameCode(elf, built)) {
        this.problems.set(name, `${name}: its source no longer builds to the code that runs (changed since?)`);
        return own;
      }
      return new DebugInfo(built);
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
      this.problems.set(name, `${name}: its source does not build: ${e.diagnostics[0] ?? ''}`);
      return own;
    }
  }
}

/** The bundled programs' sources (relative to `root`): each one file, with its own directory for headers,
 *  absolute as the bundle builds them. */
export function bundledSources(programs: readonly { name: string; source: string }[], root: string): Map<string, ProgramSources> {
  return new Map(programs.map((p) => {
    const file = resolve(root, p.source);
    return [p.name, { files: [file], includePaths: [dirname(file)] }];
  }));
}

/** True when both images load the same bytes at the same addresses. */
function sameCode(a: ElfFile, b: ElfFile): boolean {
  const loads = (e: ElfFile) => e.segments.filter((s) => s.type === 1);
  const la = loads(a);
  const lb = loads(b);
  return la.length === lb.length && la.every((s, i) => {
    const t = lb[i]!;
    return s.vaddr === t.vaddr && s.memsz === t.memsz && s.data.length === t.data.length && s.data.every((x, j) => t.data[j] === x);
  });
}
