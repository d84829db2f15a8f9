// General registers (changed values highlighted), the CPL in its ring colour,
// the process on the CPU (pid and program),
// EFLAGS decoded with IOPL, CR0/CR2/CR3 and the TSS's SS0:ESP0.
import { decodeEflags, decodeCr0 } from '../inspect/eflags.ts';
import { readTssStack } from '../inspect/tss.ts';
import { color, hex, ringColor } from '../format.ts';
import { snapshotRegisters, GPR_NAMES } from './register-snapshot.ts';
import type { RenderView } from './view-model.ts';

// Display order: the order people read them in, not the encoding order.
const ORDER = [0, 3, 1, 2, 6, 7, 5, 4];

export const renderRegisters: RenderView = (model, width) => {
  const cpu = model.session.machine.cpu;
  const now = snapshotRegisters(cpu);
  const prev = model.previous;
  const val = (v: number, was: number | undefined) => (was !== undefined && was !== v ? color('yellow-bg', color('black-fg', hex(v))) : hex(v));
  const lines: string[] = [];
  const ring = ` RING ${now.cpl} `;
  const mode = now.cpl === 0 ? 'kernel' : now.cpl === 3 ? 'user' : 'ring ' + now.cpl;
  const pid = model.session.processes.running;
  const prog = model.session.runningProgram ? ` ${pid ? `pid ${pid} ` : ''}${model.session.runningProgram}` : '';
  lines.push(`{bold}{white-fg}{${ringColor(now.cpl)}-bg}${ring}{/}{/bold} ${color(ringColor(now.cpl) + '-fg', mode)}${prog}`);
  const twoColumns = width >= 26;
  const cells = ORDER.map((i) => `${GPR_NAMES[i]} ${val(now.gpr[i]!, prev?.gpr[i])}`);
  cells.push(`EIP ${val(now.eip, prev?.eip)}`, `EFL ${val(now.eflags, prev?.eflags)}`);
  for (let i = 0; i < cells.length; i += twoColumns ? 2 : 1) lines.push(twoColumns ? `${cells[i]} ${cells[i + 1]}` : cells[i]!);
  const f = decodeEflags(now.eflags);
  lines.push(`${f.set.map((n) => (n === 'IF' ? color('cyan-fg', n) : n)).join(' ')} IOPL=${f.iopl}`);
  lines.push(`CR0 ${val(now.cr0, prev?.cr0)} ${decodeCr0(now.cr0).join(' ')}`);
  lines.push(`CR2 ${val(now.cr2, prev?.cr2)}${twoColumns ? ' ' : ''}${twoColumns ? `CR3 ${val(now.cr3, prev?.cr3)}` : ''}`);
  if (!twoColumns) lines.push(`CR3 ${val(now.cr3, prev?.cr3)}`);
  // Read from guest memory on every draw: the kernel rewrites TSS.esp0 on each context switch.
  const tss = readTssStack(cpu);
  lines.push(tss ? `TSS SS0:ESP0 ${hex(tss.ss0, 4)}:${val(tss.esp0, prev?.esp0 ?? undefined)}` : 'TSS not loaded');
  return lines;
};
