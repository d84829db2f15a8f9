// Builds a program with cc (plus the runtime) as a native Linux executable:
// cc's assembly minus crt0, fpstart and the syscall wrappers, assembled with
// nasm and linked by gcc -m32 with scripts/cc-native/start.s and shim.c
// standing in for them. Used by the cc-native-* scripts, which compare cc's
// code on the host CPU with gcc's.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { programUnits, type ProgramOptions } from '../cc/driver.ts';

const here = path.dirname(new URL(import.meta.url).pathname);

/** Runs a tool; its stdout, or an Error with the command line and its output. */
export function runTool(cmd: string, args: string[], opts: { timeoutMs?: number; input?: string } = {}): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26, timeout: opts.timeoutMs, input: opts.input });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

/** Links cc-built programs natively in `work` (start.o and shim.o are built once). */
export class NativeLinker {
  constructor(private readonly work: string) {
    runTool('gcc', ['-m32', '-O1', '-ffreestanding', '-fno-stack-protector', '-fno-pic', '-c', path.join(here, 'cc-native/shim.c'), '-o', path.join(work, 'shim.o')]);
    runTool('nasm', ['-f', 'elf32', path.join(here, 'cc-native/start.s'), '-o', path.join(work, 'start.o')]);
  }

  /** Builds `files` with cc into the executable `exe`; throws cc's CompileError or a tool's failure. */
  link(files: string[], exe: string, opts: Omit<ProgramOptions, 'kind'> = {}): void {
    const units = programUnits(files, { ...opts, kind: 'user' }).units
      .filter((u) => !u.name.endsWith('crt0.s') && !u.name.endsWith('fpstart.s') && u.name !== 'syscalls.s');
    const objs = units.map((u, i) => {
      const s = path.join(this.work, `u${i}.s`), o = path.join(this.work, `u${i}.o`);
      fs.writeFileSync(s, u.text);
      runTool('nasm', ['-f', 'elf32', s, '-o', o]);
      return o;
    });
    // The program's own definitions win over the shim's, as they do over the syscall wrappers.
    runTool('gcc', ['-m32', '-nostdlib', '-static', '-Wl,--allow-multiple-definition', '-o', exe,
      path.join(this.work, 'start.o'), ...objs, path.join(this.work, 'shim.o')]);
  }
}
