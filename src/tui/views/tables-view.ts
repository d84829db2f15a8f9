// The GDT or the IDT as the guest has it in memory (read through GDTR/IDTR).
import { decodeGate, decodeSegmentDescriptor, decodeTable } from '../inspect/descriptors.ts';
import { vectorMnemonic } from '../inspect/vector-mnemonics.ts';
import { clip, color, esc, hex, ringColor } from '../format.ts';
import type { RenderView } from './view-model.ts';

export const renderTables: RenderView = (model, width, height) => {
  const cpu = model.session.machine.cpu;
  const reg = model.table === 'gdt' ? cpu.gdtr : cpu.idtr;
  const size = Math.min(reg.limit + 1, 256 * 8);
  const bytes = size > 0 ? cpu.debugReadLinear(reg.base >>> 0, size) : null;
  const title = `${model.table.toUpperCase()} at ${hex(reg.base)} limit ${hex(reg.limit, 4)} (g: GDT/IDT, [ ]: scroll)`;
  if (!bytes) return [title, color('red-fg', 'table not readable (not mapped or empty)')];
  const lines: string[] = [];
  if (model.table === 'gdt') {
    for (const d of decodeTable(bytes, decodeSegmentDescriptor)) {
      if (d.kind === 'null') {
        lines.push(`${hex(d.selector, 4)} null`);
        continue;
      }
      const dpl = color(ringColor(d.dpl) + '-fg', `dpl${d.dpl}`);
      const text = `${hex(d.selector, 4)} ${esc(d.kind.padEnd(4))} ${hex(d.base)} ${hex(d.limit)} ${dpl} ${d.present ? '' : 'NP '}${esc(d.attrs)}`;
      lines.push(text);
    }
  } else {
    // Only present gates: 256 mostly empty entries would not fit.
    for (const g of decodeTable(bytes, decodeGate)) {
      if (!g.present) continue;
      const target = model.session.symbols.format(g.offset);
      const name = g.vector < 32 ? vectorMnemonic(g.vector) : g.vector === 0x80 ? 'syscall' : '';
      const dpl = color(ringColor(g.dpl) + '-fg', `dpl${g.dpl}`);
      lines.push(`${hex(g.vector, 2)} ${esc(name.padEnd(7))} ${hex(g.selector, 4)}:${hex(g.offset)} ${dpl} ${esc(clip(`${g.kind}${target ? ` <${target}>` : ''}`, Math.max(0, width - 31)))}`);
    }
  }
  // Scrolled by [ and ]; never past the last page.
  const rows = Math.max(1, height - 1);
  const first = Math.max(0, Math.min(model.tableScroll, lines.length - rows));
  model.tableScroll = first; // keep the scroll in range so [ answers at once after overscrolling
  return [clip(title, width), ...lines.slice(first, first + rows)];
};
