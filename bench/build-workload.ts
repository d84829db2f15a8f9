// Compiles a workload with the project's cc into a user ELF (once per process).
import { buildExecutable } from '../cc/driver.ts';
import type { UserProgram } from '../src/build/program.ts';
import { workloadSourcePaths, type Workload } from './workloads.ts';

const built = new Map<string, UserProgram>();

/** The workload's program; compile errors propagate as cc's CompileError. */
export function buildWorkload(w: Workload): UserProgram {
  let program = built.get(w.name);
  if (!program) {
    program = { name: w.name, elf: buildExecutable(workloadSourcePaths(w), { kind: 'user' }).elf };
    built.set(w.name, program);
  }
  return program;
}
