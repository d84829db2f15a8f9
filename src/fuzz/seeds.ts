// The seed corpus the mutations start from: the project's own C test programs
// and bundled programs, its assembly (hand-written and compiler output), and
// ELF files built from them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExecutable, programUnits } from '../../cc/driver.ts';
import { assemble } from '../isa/assembler.ts';
import { writeElfExecutable } from '../isa/elf-write.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Seeds { c: string[]; asm: string[]; elf: Uint8Array[] }

const TINY_PROGRAM = 'section .text\nglobal _start\n_start:\n  mov eax, msg\n  call f\n  ret\nf: ret\nsection .data\nmsg: db "hi", 0\nsection .bss\nbuf: resb 64\n';

function filesUnder(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p, ext));
    else if (e.name.endsWith(ext)) out.push(p);
  }
  return out;
}

const read = (p: string) => fs.readFileSync(p, 'utf8');

/** A whole user program (crt0, the program, syscalls, libc) as one assembly text. */
function wholeProgramAsm(cFile: string): string {
  return programUnits([cFile], { kind: 'user' }).units.map((u) => u.text).join('\n');
}

export function loadSeeds(root = REPO_ROOT): Seeds {
  const c = [
    ...filesUnder(path.join(root, 'tests', 'cc', 'programs'), '.c'),
    ...filesUnder(path.join(root, 'kernel', 'user'), '.c'),
  ].map(read);
  const asm = [
    ...filesUnder(path.join(root, 'tests', 'isa', 'fixtures', 'program-user'), '.s'),
    ...fs.readdirSync(path.join(root, 'kernel')).filter((f) => f.endsWith('.s')).sort().map((f) => path.join(root, 'kernel', f)),
    path.join(root, 'cc', 'runtime', 'crt0.s'),
  ].map(read);
  const ret42 = path.join(root, 'kernel', 'user', 'ret42.c');
  // Whole programs assemble on their own, so mutations of them reach layout and encoding.
  asm.push(TINY_PROGRAM, ...['ret42.c', 'hello.c', 'heap.c'].map((f) => wholeProgramAsm(path.join(root, 'kernel', 'user', f))));
  const elf = [
    writeElfExecutable(assemble([{ name: 'tiny.s', text: TINY_PROGRAM }], { base: 0x40000000 })),
    buildExecutable([ret42], { kind: 'user' }).elf,
  ];
  return { c, asm, elf };
}
