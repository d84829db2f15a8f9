// Segment registers from the CPU's descriptor caches (selector, base, limit,
// DPL, kind), plus TR, LDTR, GDTR and IDTR.
import { color, hex, ringColor, stripTags } from '../format.ts';
import type { RenderView } from './view-model.ts';

const NAMES = ['ES', 'CS', 'SS', 'DS', 'FS', 'GS'];
const SHOW_ORDER = [1, 2, 3, 0, 4, 5];
const COLUMN = 42;

/** Pads a line that may hold colour tags to `width` visible characters. */
function padTagged(line: string, width: number): string {
  const visible = stripTags(line).length;
  return visible >= width ? line : line + ' '.repeat(width - visible);
}

export const renderSegments: RenderView = (model, width, height) => {
  const cpu = model.session.machine.cpu;
  const lines = ['    sel  base     limit    DPL'];
  for (const i of SHOW_ORDER) {
    const s = cpu.getSegment(i);
    const kind = !s.present ? 'unusable' : s.code ? 'code' : 'data';
    const dpl = s.present ? color(ringColor(s.dpl) + '-fg', String(s.dpl)) : '-';
    const rpl = s.selector & 3;
    let line = `${NAMES[i]}  ${hex(s.selector, 4)} ${hex(s.base)} ${hex(s.limit)} ${dpl}`;
    if (width >= 34) line += `  ${kind} rpl${rpl}`;
    lines.push(line);
  }
  lines.push(`TR  ${hex(cpu.tr.selector, 4)} ${hex(cpu.tr.base)} ${hex(cpu.tr.limit)}`);
  lines.push(`LDT ${hex(cpu.ldtr.selector, 4)} ${hex(cpu.ldtr.base)} ${hex(cpu.ldtr.limit)}`);
  lines.push(`GDTR ${hex(cpu.gdtr.base)} limit ${hex(cpu.gdtr.limit, 4)}`);
  lines.push(`IDTR ${hex(cpu.idtr.base)} limit ${hex(cpu.idtr.limit, 4)}`);
  // Short and wide (the compact layout): the system registers go beside the segment registers.
  if (lines.length > height && width >= COLUMN + 28) {
    const left = lines.slice(0, 7);
    const right = lines.slice(7);
    return left.map((l, i) => (right[i - 1] !== undefined && i > 0 ? padTagged(l, COLUMN) + right[i - 1] : l));
  }
  return lines;
};
