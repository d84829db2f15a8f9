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
  /** Adds `limit=SECONDS` to the kernel options (0: no limit). */
  limitSeconds?: number;
  /** Whether the guest's tty echoes input: yes for a person typing, no (the
   *  `noecho` option, like `stty -echo`) for piped input. Default: echo. */
  echo?: boolean;
}

/** The bundled programs every boot needs: the kernel starts init as pid 1,
 *  and init starts sh, which runs the commands (and the user's programs). */
export const SYSTEM_PROGRAMS: readonly string[] = ['init', 'sh'];

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
  if (req.limitSeconds !== undefined) opts.push(`limit=${limitOptionValue(req.limitSeconds)}`);
  if (req.echo === false) opts.push('noecho');
  if (opts.join(' ').includes('--')) throw new BootPlanError('kernel options may not contain "--"');
  const words = [req.name, ...req.args].join(' ');
  // The user's program comes first, so that a kernel with a module limit still loads it.
  const modules = [{ data: req.elf, string: words }, ...bundledModules(programs, req.name)];
  const cmdline = [...opts, '--', 'run', words].join(' ');
  return { modules, cmdline };
}

/** The kernel counts its time limit in 10 ms ticks in an unsigned 32-bit number. */
const MAX_LIMIT_TICKS = 0xffffffff;
export const MAX_LIMIT_SECONDS = '42949672.95';

/** A time limit typed by a user ("2", "0.5", "0"): a non-negative decimal number of seconds. */
export function parseLimitSeconds(text: string): number {
  const t = text.trim();
  if (/^-\s*(\d+\.?\d*|\.\d+)$/.test(t)) throw new BootPlanError(`the time limit may not be negative, got ${t} (0 means no limit)`);
  if (!/^(\d+\.?\d*|\.\d+)$/.test(t)) throw new BootPlanError(`the time limit must be a number of seconds such as 2 or 0.5 (0 means no limit), got "${text}"`);
  const seconds = Number(t);
  limitOptionValue(seconds); // range check
  return seconds;
}

/** SECONDS as the kernel's `limit=` option reads it: plain decimals, with the
 *  kernel's own arithmetic (whole * 100 + hundredths) checked to fit 32 bits. */
export function limitOptionValue(seconds: number): string {
  if (!Number.isFinite(seconds)) throw new BootPlanError(`the time limit must be a finite number of seconds, got ${seconds}`);
  if (seconds < 0) throw new BootPlanError(`the time limit may not be negative, got ${seconds} (0 means no limit)`);
  // A nonzero time below one tick is one tick to the kernel; say so without an exponent.
  const text = seconds > 0 && seconds < 0.01 ? '0.01' : String(seconds);
  const [whole = '0', fraction = ''] = text.split('.');
  // (String() uses an exponent only from 1e21 on: far too large anyway.)
  const ticks = text.includes('e') ? Infinity : Number(BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2)));
  if (ticks > MAX_LIMIT_TICKS) {
    throw new BootPlanError(`the time limit of ${text} seconds is too large: the kernel counts it in 10 ms ticks in 32 bits, so at most ${MAX_LIMIT_SECONDS} seconds`);
  }
  return text;
}
