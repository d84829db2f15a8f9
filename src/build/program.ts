// Turns a user-supplied FILE into an ELF executable: C and assembly sources are
// compiled as user programs; an ELF file is used as it is, after validation.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { buildExecutable } from '../../cc/driver.ts';
import { readElf, ElfError, type ElfFile } from '../isa/elf-read.ts';
import { programName } from './bundle.ts';

export interface UserProgram {
  name: string;
  elf: Uint8Array;
}

/** A FILE that cannot become a program (unreadable, not source, not a valid ELF). */
export class ProgramError extends Error {
  override name = 'ProgramError';
}

const SOURCE_EXTS = new Set(['.c', '.s', '.asm']);
const ELF_MAGIC = [0x7f, 0x45, 0x4c, 0x46];

/**
 * Builds or validates FILE. Several source files (`a.c b.c`) are built into
 * one program named after the first. Compile and link errors propagate as
 * cc's CompileError.
 */
export function loadProgram(files: string | readonly string[]): UserProgram {
  const all = typeof files === 'string' ? [files] : [...files];
  const file = all[0]!;
  if (all.length > 1) {
    const other = all.find((f) => !SOURCE_EXTS.has(extname(f).toLowerCase()));
    if (other) throw new ProgramError(`${other}: only C and assembly sources (.c, .s, .asm) can be built together`);
    for (const f of all) readSource(f);
    const name = programName(file);
    if (!name) throw new ProgramError(`"${file}" does not name a program`);
    return { name, elf: buildExecutable(all, { kind: 'user' }).elf };
  }
  const name = programName(file);
  if (!name) throw new ProgramError(`"${file}" does not name a program`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (e) {
    throw new ProgramError(`cannot read ${file}: ${describeFsError(e)}`);
  }
  if (SOURCE_EXTS.has(extname(file).toLowerCase())) {
    return { name, elf: buildExecutable([file], { kind: 'user', debug: false }).elf };
  }
  if (!ELF_MAGIC.every((b, i) => bytes[i] === b)) {
    throw new ProgramError(`${file} is neither a C or assembly source (.c, .s, .asm) nor an ELF executable`);
  }
  validateElf(file, bytes);
  return { name, elf: bytes };
}

/** Checks that `bytes` is an ELF32 i386 executable the kernel can load. */
export function validateElf(file: string, bytes: Uint8Array): void {
  const elf = readElfFile(file, bytes);
  if (!elf.segments.some((s) => s.type === 1)) throw new ProgramError(`${file}: ELF file has no loadable segments`);
}

/** readElf, with the file's name in the error message. */
export function readElfFile(file: string, bytes: Uint8Array): ElfFile {
  try {
    return readElf(bytes);
  } catch (e) {
    if (e instanceof ElfError) throw new ProgramError(`${file}: not a valid ELF32 executable: ${e.message}`);
    throw e;
  }
}

function readSource(file: string): void {
  try {
    readFileSync(file);
  } catch (e) {
    throw new ProgramError(`cannot read ${file}: ${describeFsError(e)}`);
  }
}

function describeFsError(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  return e instanceof Error ? e.message : String(e);
}
