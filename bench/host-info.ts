// The host a benchmark ran on, for the report.
import { cpus, loadavg, platform, arch, totalmem } from 'node:os';

export interface HostInfo {
  platform: string;
  arch: string;
  cpu: string;
  cpus: number;
  memoryMiB: number;
  /** 1-minute load average when the benchmark started (other work on the machine). */
  loadAverage: number;
}

export function hostInfo(): HostInfo {
  const list = cpus();
  return {
    platform: platform(),
    arch: arch(),
    cpu: list[0]?.model.trim() ?? 'unknown',
    cpus: list.length,
    memoryMiB: Math.round(totalmem() / 2 ** 20),
    loadAverage: Math.round(loadavg()[0]! * 100) / 100,
  };
}
