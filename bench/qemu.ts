// `ringside bench --vs-qemu`: boots the same kernel image with the same
// workload on qemu-system-i386 (TCG) and times the same window, from the end
// of the kernel's "RS run" trace line to the end of its "RS exit" line, read
// from QEMU's debug console as it arrives. QEMU's guest executes the same
// program and kernel code, so its MIPS is taken as ringside's instruction
// count over QEMU's window (timer interrupts, which run in real time on QEMU,
// make the true counts differ slightly).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planRun, type BootPlan } from '../src/build/boot-plan.ts';
import type { UserProgram } from '../src/build/program.ts';
import { systemPrograms } from './run-guest.ts';

const QEMU = 'qemu-system-i386';

/** QEMU's version line, or null when it is not installed. */
export function qemuVersion(): string | null {
  const r = spawnSync(QEMU, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? (r.stdout.split('\n')[0] ?? QEMU) : null;
}

/** The boot plan QEMU gets: the same modules as the ringside run, since the kernel cannot start without init and sh. */
export function qemuPlan(program: UserProgram, args: string[], limitSeconds: number): BootPlan {
  return planRun(systemPrograms(), { name: program.name, elf: program.elf, args, limitSeconds });
}

/** Wall-clock seconds of the program's window on QEMU. */
export async function qemuWindowSeconds(kernel: Uint8Array, program: UserProgram, args: string[], limitSeconds = 60): Promise<number> {
  const plan = qemuPlan(program, args, limitSeconds);
  const dir = mkdtempSync(join(tmpdir(), 'ringside-qemu-'));
  try {
    writeFileSync(join(dir, 'kernel.elf'), kernel);
    const modules = plan.modules.map((m, i) => {
      const [name, ...rest] = m.string.split(' ');
      const sub = join(dir, String(i));
      // Each module in its own folder: the kernel names a module by its file's basename.
      mkdirSync(sub);
      writeFileSync(join(sub, name), m.data);
      return [join(sub, name), ...rest].join(' ');
    });
    const qemuArgs = ['-m', '32', '-kernel', join(dir, 'kernel.elf'), '-initrd', modules.join(','), '-append', plan.cmdline,
      '-serial', 'null', '-display', 'none', '-no-reboot', '-monitor', 'none',
      '-device', 'isa-debug-exit,iobase=0xf4,iosize=0x04', '-debugcon', 'stdio'];
    return await new Promise<number>((resolve, reject) => {
      const child = spawn(QEMU, qemuArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
      let line = '', start = -1, end = -1, stderr = '';
      const timer = setTimeout(() => child.kill('SIGKILL'), (limitSeconds + 10) * 1000);
      child.stdout.on('data', (chunk: Buffer) => {
        const now = performance.now();
        for (const b of chunk) {
          if (b !== 0x0a) { line += String.fromCharCode(b); continue; }
          if (start < 0 && line.startsWith('RS run ')) start = now;
          else if (start >= 0 && end < 0 && (line.startsWith('RS exit ') || line.startsWith('RS kill '))) end = now;
          line = '';
        }
      });
      child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
      child.on('close', () => {
        clearTimeout(timer);
        if (start < 0 || end < 0) reject(new Error(`QEMU: no "RS run"/"RS exit" window for ${program.name} ${stderr.trim()}`));
        else resolve((end - start) / 1000);
      });
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
