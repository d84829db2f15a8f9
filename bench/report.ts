// Formats a benchmark report as a table or as the JSON document of `--json`.
import type { BenchReport } from './benchmark.ts';

/** The `--json` document: `{ benchmarks: [{ name, instructions, seconds, mips, ... }], node, host, ... }`. */
export function reportJson(report: BenchReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

function pad(s: string, width: number, right = true): string {
  return right ? s.padStart(width) : s.padEnd(width);
}

/** A human-readable table, one row per workload. */
export function reportText(report: BenchReport): string {
  const h = report.host;
  const lines = [
    `ringside bench: ${report.runs} measured run(s) per workload, size ${report.size}; median host time`,
    `host: ${h.cpu} (${h.cpus} CPUs, ${h.memoryMiB} MiB), ${h.platform}/${h.arch}, node ${report.node}, load average ${h.loadAverage}`,
    '',
    [pad('workload', 10, false), pad('instructions', 14), pad('seconds', 9), pad('MIPS', 8), pad('CPU s', 9), pad('MIPS/CPU s', 11), '  syscalls/s'].join(' '),
  ];
  for (const b of report.benchmarks) {
    lines.push([
      pad(b.name, 10, false),
      pad(b.instructions.toLocaleString('en-US'), 14),
      pad(b.seconds.toFixed(3), 9),
      pad(b.mips.toFixed(1), 8),
      pad(b.cpuSeconds.toFixed(3), 9),
      pad(b.cpuMips.toFixed(1), 11),
      b.syscallsPerSecond === undefined ? '' : `  ${Math.round(b.syscallsPerSecond).toLocaleString('en-US')} (${b.syscalls} calls, ${Math.round(b.instructionsPerSyscall ?? 0)} instructions each)`,
    ].join(' ').trimEnd());
    const i = b.interpreter;
    if (i) {
      lines.push([
        pad('  interp', 10, false), pad('', 14), pad(i.seconds.toFixed(3), 9), pad(i.mips.toFixed(1), 8),
        pad(i.cpuSeconds.toFixed(3), 9), pad(i.cpuMips.toFixed(1), 11),
        `  compiled/interpreter: ${(i.cpuSeconds / b.cpuSeconds).toFixed(2)}x per CPU s, ${(i.seconds / b.seconds).toFixed(2)}x wall`,
      ].join(' '));
    }
  }
  lines.push('');
  if (report.qemu) {
    lines.push(`${report.qemu.version}, same kernel and workloads (wall clock; QEMU's MIPS is ringside's instruction count over QEMU's window):`);
    for (const q of report.qemu.results) {
      lines.push(`${pad(q.name, 10, false)} QEMU ${q.seconds.toFixed(3)} s, ${q.mips.toFixed(1)} MIPS; ringside/QEMU = ${q.ratio.toFixed(3)}`);
    }
    lines.push('');
  }
  if (report.benchmarks.some((b) => b.interpreter)) {
    lines.push('each workload row is the default mode (compiled blocks; RINGSIDE_JIT=0 turns them off); "interp" is the same workload on the interpreter alone, run in pairs with it.');
  }
  if (h.loadAverage > h.cpus) {
    lines.push(`note: the load average (${h.loadAverage}) exceeds the CPU count (${h.cpus}): other processes took CPU time, so the wall-clock figures are low; MIPS/CPU s is the better measure.`);
  }
  lines.push('instructions: guest instructions from the kernel\'s "RS run" trace line to its "RS exit" line (kernel work for the program included);');
  lines.push('every run\'s output was checked against a TypeScript reference (checksums: ' + report.benchmarks.map((b) => `${b.name}=${b.checksum}`).join(', ') + ').');
  return lines.join('\n') + '\n';
}
