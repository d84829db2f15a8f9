// A conversation with the bundled kernel's shell on ringside's Machine: boot
// the project-built kernel (src/build/bundle.ts) with some bundled programs,
// type lines into COM1 one prompt at a time, collect COM1 and the trace.
import { Machine } from '../../src/machine/machine.ts';
import { buildBundledKernel, buildBundledPrograms } from '../../src/build/bundle.ts';

export const PROMPT = 'ringside$ ';

export interface Session {
  console: string;
  trace: string;
  exitValue: number | null;
  /** The machine afterwards (its RAM holds the VGA screen). */
  machine: Machine;
}

export interface ShellModule {
  name: string;
  data: Uint8Array;
}

/** The programs every boot needs: init (pid 1) and the shell it starts. */
export const SYSTEM_PROGRAMS = ['init', 'sh'];

/** The bundled programs with these names, as boot modules, after init and sh. */
export function bundledModules(names: string[]): ShellModule[] {
  const built = buildBundledPrograms();
  return [...SYSTEM_PROGRAMS.filter((n) => !names.includes(n)), ...names].map((name) => {
    const program = built.programs.find((p) => p.name === name);
    if (!program) throw new Error(`no bundled program named ${name}`);
    return { name, data: program.elf };
  });
}

/** Boots with `cmdline` and `modules`; in interactive mode (no `--`) types each
 *  chunk of `typed` after the next prompt. Ends when the machine halts, or when
 *  it has waited `maxVirtualSeconds` of virtual time for a prompt or for the end. */
export function shellSession(
  modules: ShellModule[],
  cmdline: string,
  typed: string[] = [],
  maxVirtualSeconds = 10,
): Session {
  const machine = new Machine({ memoryMiB: 32 });
  let consoleText = '';
  let trace = '';
  // Prompts are counted as output arrives: re-scanning the whole console
  // for every slice made a 1000-command session quadratic.
  let prompts = 0;
  let promptMatched = 0;
  machine.onSerialOutput((b) => {
    const ch = String.fromCharCode(b);
    consoleText += ch;
    promptMatched = ch === PROMPT[promptMatched] ? promptMatched + 1 : ch === PROMPT[0] ? 1 : 0;
    if (promptMatched === PROMPT.length) {
      prompts++;
      promptMatched = 0;
    }
  });
  machine.onDebugOutput((b) => { trace += String.fromCharCode(b); });
  machine.boot(buildBundledKernel(), modules.map((m) => ({ data: m.data, string: m.name })), cmdline);
  let exitValue: number | null = null;
  let waitingSince = 0;
  // Small slices of virtual time: an idle kernel skips ahead to the next tick.
  const step = (): boolean => {
    const r = machine.runUntilExit({ maxVirtualSeconds: 0.02 });
    if (r.state !== 'limit') {
      exitValue = r.exitValue;
      return false;
    }
    return machine.virtualSeconds - waitingSince < maxVirtualSeconds;
  };
  for (let i = 0; i < typed.length; i++) {
    let running = true;
    while (prompts <= i && (running = step()));
    if (!running) break;
    machine.sendSerialInput(typed[i]!);
    waitingSince = machine.virtualSeconds;
  }
  while (exitValue === null && step());
  return { console: consoleText, trace, exitValue, machine };
}

/** What the shell printed for the n-th typed line (0-based): the text between
 *  that prompt and the next, without the echoed line itself. */
export function replyTo(session: Session, n: number): string {
  const parts = session.console.split(PROMPT);
  const reply = parts[n + 1] ?? '';
  return reply.slice(reply.indexOf('\n') + 1);
}
