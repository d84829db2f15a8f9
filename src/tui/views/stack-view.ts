// The stack from ESP upward: one dword a line, values that point into code
// named by symbol, EBP marked.
import { clip, color, esc, hex } from '../format.ts';
import type { RenderView } from './view-model.ts';

export const renderStack: RenderView = (model, width, height) => {
  const cpu = model.session.machine.cpu;
  const symbols = model.session.symbols;
  const esp = cpu.regs[4]! >>> 0;
  const ebp = cpu.regs[5]! >>> 0;
  const ss = cpu.segBase[2]! >>> 0;
  const lines: string[] = [];
  for (let i = 0; i < height; i++) {
    const addr = (esp + i * 4) >>> 0;
    const b = cpu.debugReadLinear((ss + addr) >>> 0, 4);
    if (!b) {
      lines.push(color('red-fg', `${hex(addr)}: (not mapped)`));
      break;
    }
    const v = (b[0]! | (b[1]! << 8) | (b[2]! << 16) | (b[3]! << 24)) >>> 0;
    const tag = addr === ebp ? '<-ebp' : i === 0 ? '<-esp' : '';
    const sym = v > 0x1000 ? symbols.format(v) : null;
    const text = clip(`${hex(addr)}: ${hex(v)} ${tag}${sym ? ` <${sym}>` : ''}`, width);
    lines.push(tag ? color('cyan-fg', esc(text)) : esc(text));
  }
  return lines;
};
