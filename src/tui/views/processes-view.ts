// The process list: pid, parent, state (what a sleeper waits for, a zombie's
// exit status), program, address space (CR3) and kernel stack (TSS.esp0), from
// the kernel's trace lines. The process on the CPU is marked `>` and highlighted.
import type { ProcessRow } from '../../debug/process-table.ts';
import { clip, color, esc, hex } from '../format.ts';
import type { RenderView } from './view-model.ts';

const STATE_COLORS: Record<ProcessRow['state'], string> = { run: 'green-fg', ready: 'white-fg', sleep: 'cyan-fg', zombie: 'gray-fg' };
/** Everything but the name: marker, pid, ppid, state, CR3, esp0 and the spaces between. */
const FIXED = 1 + 4 + 1 + 4 + 1 + 12 + 1 + 1 + 8 + 1 + 8;

export function stateText(p: ProcessRow): string {
  if (p.state === 'sleep') return `sleep(${p.sleepOn ?? '?'})`;
  if (p.state === 'zombie') return p.status === null ? 'zombie' : `zombie(${p.status})`;
  return p.state;
}

export const renderProcesses: RenderView = (model, width, height) => {
  const table = model.session.processes;
  const rows = table.rows();
  if (rows.length === 0) return [color('gray-fg', esc(clip('(no process: only the kernel runs)', width)))];
  const nameW = Math.max(4, Math.min(16, width - FIXED));
  const line = (mark: string, pid: string, ppid: string, state: string, name: string, cr3: string, esp0: string) =>
    clip(`${mark}${pid.padStart(4)} ${ppid.padStart(4)} ${state.padEnd(12)} ${clip(name, nameW).padEnd(nameW)} ${cr3.padEnd(8)} ${esp0}`, width);
  const out = [color('bold', esc(line(' ', 'PID', 'PPID', 'STATE', 'NAME', 'CR3', 'ESP0')))];
  // Keep the running process on screen when there are more than fit.
  const room = Math.max(1, height - 1);
  const at = rows.findIndex((p) => p.pid === table.running);
  const first = rows.length <= room || at < room ? 0 : Math.min(at - room + 1, rows.length - room);
  for (const p of rows.slice(first, first + room)) {
    const running = p.pid === table.running;
    const text = esc(line(running ? '>' : ' ', String(p.pid), String(p.ppid), stateText(p), p.name, p.cr3 === null ? '-' : hex(p.cr3), p.esp0 === null ? '-' : hex(p.esp0)));
    out.push(running ? `{black-fg}{green-bg}${text}{/green-bg}{/black-fg}` : color(STATE_COLORS[p.state], text));
  }
  return out;
};

/** The panel title: which pid is on the CPU. */
export function processesTitle(running: number, count: number): string {
  return ` processes (${count}): ${running === 0 ? 'no process on the CPU' : `pid ${running} on the CPU`} `;
}
