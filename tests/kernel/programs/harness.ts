// Boots the bundled kernel with init, sh and every bundled program, plus the
// test programs of this folder, and talks to it: a batch (`-- CMDS`, what
// init runs through `sh -c`) or a terminal typed into line by line, with
// virtual time passing in small slices so that Ctrl-C and late input can be
// sent while a program runs.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Machine } from '../../../src/machine/machine.ts';
import { buildBundle } from '../../../src/build/bundle.ts';
import { buildExecutable } from '../../../cc/driver.ts';
import type { BootModule } from '../../../src/machine/multiboot.ts';

export const PROMPT = 'ringside$ ';
const HERE = dirname(fileURLToPath(import.meta.url));
const built = new Map<string, Uint8Array>();

/** tests/kernel/programs/NAME.c as a user program (built once per process). */
export function testProgram(name: string): Uint8Array {
  let elf = built.get(name);
  if (!elf) {
    elf = buildExecutable([join(HERE, `${name}.c`)], { kind: 'user', includePaths: [HERE] }).elf;
    built.set(name, elf);
  }
  return elf;
}

export interface BootSpec {
  /** Test programs (this folder) to add as modules. */
  programs?: string[];
  /** Module strings for bundled programs that need default arguments, e.g. "args d1 d2". */
  moduleStrings?: string[];
  /** Kernel options before `--` (e.g. "limit=0.5"). */
  opts?: string;
}

function modules(spec: BootSpec): BootModule[] {
  const bundle = buildBundle();
  const strings = new Map((spec.moduleStrings ?? []).map((s) => [s.split(' ')[0]!, s]));
  const list: BootModule[] = bundle.programs.map((p) => ({ data: p.elf, string: strings.get(p.name) ?? p.name }));
  for (const name of spec.programs ?? []) list.push({ data: testProgram(name), string: name });
  return list;
}

export class Terminal {
  readonly machine = new Machine({ memoryMiB: 32 });
  console = '';
  trace = '';
  exitValue: number | null = null;

  constructor(spec: BootSpec, cmds?: string) {
    this.machine.onSerialOutput((b) => { this.console += String.fromCharCode(b); });
    this.machine.onDebugOutput((b) => { this.trace += String.fromCharCode(b); });
    const cmdline = [spec.opts ?? '', cmds === undefined ? '' : `-- ${cmds}`].join(' ').trim();
    this.machine.boot(buildBundle().kernel, modules(spec), cmdline);
  }

  get halted(): boolean {
    return this.exitValue !== null;
  }

  /** Runs until `done()` holds, the machine halts, or `seconds` of virtual time pass. */
  runUntil(done: () => boolean, seconds: number): boolean {
    const end = this.machine.virtualSeconds + seconds;
    while (!done()) {
      if (this.halted || this.machine.virtualSeconds >= end) return false;
      const r = this.machine.runUntilExit({ maxVirtualSeconds: 0.02 });
      if (r.state !== 'limit') this.exitValue = r.exitValue;
    }
    return true;
  }

  /** Lets `seconds` of virtual time pass (or less, if the machine halts). */
  idle(seconds: number): void {
    this.runUntil(() => false, seconds);
  }

  prompts(): number {
    return this.console.split(PROMPT).length - 1;
  }

  type(text: string): void {
    this.machine.sendSerialInput(text);
  }

  /** Types LINE and a CR, waits for the next prompt and returns what was
   *  printed in between, without the echoed line. */
  command(line: string, seconds = 10): string {
    const before = this.prompts();
    const start = this.console.length;
    this.type(`${line}\r`);
    if (!this.runUntil(() => this.prompts() > before, seconds)) {
      throw new Error(`no prompt after "${line}" within ${seconds} s; console so far:\n${this.console.slice(start)}`);
    }
    const reply = this.console.slice(start, this.console.lastIndexOf(PROMPT));
    return reply.slice(reply.indexOf('\n') + 1);
  }

  /** Boots in interactive mode and waits for the first prompt. */
  static interactive(spec: BootSpec = {}): Terminal {
    const t = new Terminal(spec);
    if (!t.runUntil(() => t.prompts() > 0, 10)) throw new Error(`no first prompt; console:\n${t.console}`);
    return t;
  }

  /** Boots with `-- CMDS` and runs until the machine halts. */
  static batch(spec: BootSpec, cmds: string, seconds = 60): Terminal {
    const t = new Terminal(spec, cmds);
    t.runUntil(() => false, seconds);
    return t;
  }
}

/** The console between the lines `@@NAME` written by `echo @@NAME` (each
 *  section runs to the next marker or the end). */
export function sections(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const parts = text.split(/^@@(\S+)\n/m);
  for (let i = 1; i + 1 < parts.length; i += 2) out.set(parts[i]!, parts[i + 1]!);
  return out;
}

/** Batch commands that run each program after an `echo @@NAME` marker, so
 *  that sections() can cut the console into one part per program. */
export function markedRuns(runs: string[]): string {
  return runs.map((r) => `echo @@${r.split(' ')[0]}; ${r}`).join('; ');
}
