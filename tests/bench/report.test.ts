import { describe, it, expect } from 'vitest';
import { reportJson, reportText } from '../../bench/report.ts';
import type { BenchReport } from '../../bench/benchmark.ts';

function report(loadAverage: number): BenchReport {
  return {
    benchmarks: [{
      name: 'syscalls', description: 'd', args: ['10'], instructions: 30_000_000, seconds: 0.5, mips: 60, cpuSeconds: 0.4, cpuMips: 75,
      samples: [0.5], bootInstructions: 35_000_000, checksum: 'abc', syscalls: 12, syscallsPerSecond: 24, instructionsPerSyscall: 2_500_000,
    }],
    node: 'v20.0.0',
    host: { platform: 'linux', arch: 'x64', cpu: 'Test CPU', cpus: 2, memoryMiB: 1024, loadAverage },
    runs: 1,
    size: 'small',
  };
}

describe('bench report', () => {
  it('prints a row with instructions, seconds, MIPS and the syscall rate', () => {
    const text = reportText(report(0.5));
    expect(text).toMatch(/^syscalls +30,000,000 +0\.500 +60\.0 +0\.400 +75\.0 +24 \(12 calls, 2500000 instructions each\)$/m);
    expect(text).toContain('syscalls=abc');
    expect(text).not.toContain('load average (');
  });

  it('warns when other processes were competing for the CPUs', () => {
    expect(reportText(report(7.5))).toContain('the load average (7.5) exceeds the CPU count (2)');
  });

  it('prints the interpreter alongside, with the compiled/interpreter ratio', () => {
    const r = report(0.5);
    r.benchmarks[0].interpreter = { seconds: 2, mips: 15, cpuSeconds: 1.6, cpuMips: 18.75, samples: [2] };
    const text = reportText(r);
    expect(text).toMatch(/^ {2}interp +2\.000 +15\.0 +1\.600 +18\.8 +compiled\/interpreter: 4\.00x per CPU s, 4\.00x wall$/m);
    expect(text).toContain('RINGSIDE_JIT=0');
  });

  it('prints the QEMU comparison of --vs-qemu', () => {
    const r = report(0.5);
    r.qemu = { version: 'QEMU emulator version 7.2', results: [{ name: 'syscalls', seconds: 0.05, mips: 600, ratio: 0.1 }] };
    expect(reportText(r)).toMatch(/^syscalls +QEMU 0\.050 s, 600\.0 MIPS; ringside\/QEMU = 0\.100$/m);
  });

  it('the JSON document parses back to the report', () => {
    const r = report(1);
    expect(JSON.parse(reportJson(r))).toEqual(r);
  });
});
