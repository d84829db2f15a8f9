// The guest workloads of `ringside bench`: C programs in bench/programs/, each
// run with one set of arguments for measuring and a small one for the tests.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROGRAMS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'programs');

export type WorkloadSize = 'full' | 'small';

export interface Workload {
  /** The benchmark's name, also the program's name on the kernel's command line. */
  name: string;
  description: string;
  /** Source files, relative to bench/programs/. */
  sources: string[];
  /** Program arguments per size. */
  args: Record<WorkloadSize, string[]>;
  /** Whether the syscall rate is part of the result. */
  reportsSyscalls: boolean;
}

export const WORKLOADS: readonly Workload[] = [
  {
    name: 'compute',
    description: 'sieve of Eratosthenes, table-driven CRC-32, integer matrix multiply',
    sources: ['compute.c'],
    args: { full: ['300000', '300000', '64'], small: ['1000', '1000', '6'] },
    reportsSyscalls: false,
  },
  {
    name: 'memory',
    description: 'block copies with REP MOVSD and reversing byte loops',
    sources: ['memory.c', 'copy.s'],
    args: { full: ['65536', '30'], small: ['256', '3'] },
    reportsSyscalls: false,
  },
  {
    name: 'syscalls',
    description: 'alternating getpid() and ticks() system calls',
    sources: ['syscalls.c'],
    args: { full: ['20000'], small: ['200'] },
    reportsSyscalls: true,
  },
];

export class UnknownWorkloadError extends Error {
  override name = 'UnknownWorkloadError';
}

/** The workloads to run: all, or the one named (clear error for an unknown name). */
export function selectWorkloads(only?: string): Workload[] {
  if (only === undefined) return [...WORKLOADS];
  const w = WORKLOADS.find((x) => x.name === only);
  if (!w) throw new UnknownWorkloadError(`no benchmark named "${only}" (there are: ${WORKLOADS.map((x) => x.name).join(', ')})`);
  return [w];
}

export function workloadSourcePaths(w: Workload): string[] {
  return w.sources.map((s) => join(PROGRAMS_DIR, s));
}
