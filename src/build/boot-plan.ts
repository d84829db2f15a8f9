// What `ringside run` hands the bundled kernel: the modules (every bundled
// program plus the user's) and the kernel command line `OPTS -- run NAME args`.
import type { BootModule } from '../machine/multiboot.ts';
import type { BundledProgram } from './bundle.ts';

export class BootPlanError extends Error {
  override name = 'BootPlanError';
}

export interface BootPlan {
  modules: BootModule[];
  cmdline: string;
}

export interface RunRequest {
  name: string;
  elf: Uint8Array;
  args: string[];
  /** Kernel options before the `--` (e.g. "ring0 nocheck"). */
  kernelOpts?: string;
  /** Adds `limit=SECONDS` to the kernel options. */
  limitSeconds?: number;
}

/** The bundled programs as modules (string: the program's name). */
export function bundledModules(programs: readonly BundledProgram[], except?: string): BootModule[] {
  return programs.filter((p) => p.name !== except).map((p) => ({ data: p.elf, string: p.name }));
}

/** Modules and command line for running one program in batch mode: the user's
 *  program, then the bundled ones (one of the same name is replaced). */
export function planRun(programs: readonly BundledProgram[], req: RunRequest): BootPlan {
  for (const word of [req.name, ...req.args]) {
    if (word === '' || /[\s;"]/.test(word)) {
      throw new BootPlanError(`"${word}": program names and arguments may not be empty or contain spaces, quotes or ';'`);
    }
  }
  const opts: string[] = [];
  if (req.kernelOpts?.trim()) opts.push(req.kernelOpts.trim());
  if (req.limitSeconds !== undefined) {
    if (!(req.limitSeconds > 0)) throw new BootPlanError(`the time limit must be a positive number of seconds, got ${req.limitSeconds}`);
    opts.push(`limit=${req.limitSeconds}`);
  }
  if (opts.join(' ').includes('--')) throw new BootPlanError('kernel options may not contain "--"');
  const words = [req.name, ...req.args].join(' ');
  // The user's program comes first, so that a kernel with a module limit still loads it.
  const modules = [{ data: req.elf, string: words }, ...bundledModules(programs, req.name)];
  const cmdline = [...opts, '--', 'run', words].join(' ');
  return { modules, cmdline };
}
