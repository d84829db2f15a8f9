// Disassembly around EIP: a few instructions before it (decoded from the
// enclosing symbol's start so the boundaries are right), EIP marked, symbols
// as labels, breakpoints marked, and the C source line when the line table has it.
import { disassembleOne } from '../../isa/disassembler.ts';
import type { Cpu } from '../../cpu/cpu.ts';
import type { CodeSymbols } from '../inspect/code-symbols.ts';
import { clip, color, esc, hex } from '../format.ts';
import type { RenderView } from './view-model.ts';

interface Row {
  address: number;
  text: string;
  length: number;
}

/** Decodes up to `count` instructions from `from`, stopping early once past `until`; unmapped bytes end it. */
function decodeFrom(cpu: Cpu, symbols: CodeSymbols, from: number, count: number, until = Infinity): Row[] {
  const rows: Row[] = [];
  const base = cpu.segBase[1]! >>> 0;
  let addr = from >>> 0;
  for (let i = 0; i < count && addr <= until; i++) {
    const bytes = cpu.debugReadLinear((base + addr) >>> 0, 16) ?? readPartial(cpu, (base + addr) >>> 0);
    if (!bytes || bytes.length === 0) break;
    const d = disassembleOne(bytes, 0, addr, { symbolize: (a) => symbols.format(a) });
    rows.push({ address: addr, text: d.text, length: d.length });
    addr = (addr + d.length) >>> 0;
  }
  return rows;
}

/** The readable bytes at `lin` up to the first unmapped one (code near the end of a mapping). */
function readPartial(cpu: Cpu, lin: number): Uint8Array | null {
  for (let n = 15; n > 0; n--) {
    const b = cpu.debugReadLinear(lin, n);
    if (b) return b;
  }
  return null;
}

const CONTEXT_BEFORE = 3;

export const renderDisassembly: RenderView = (model, width, height) => {
  const cpu = model.session.machine.cpu;
  const symbols = model.session.symbols;
  const eip = cpu.eip >>> 0;
  // Start at the symbol when it is close, so earlier instructions decode on true boundaries.
  const sym = symbols.lookup(eip);
  let rows: Row[] = [];
  if (sym && sym.offset > 0 && sym.offset < 512) {
    const before = decodeFrom(cpu, symbols, sym.address, 512, eip);
    const at = before.findIndex((r) => r.address === eip);
    if (at >= 0) rows = [...before.slice(Math.max(0, at - CONTEXT_BEFORE), at), ...decodeFrom(cpu, symbols, eip, height)];
  }
  if (rows.length === 0) rows = decodeFrom(cpu, symbols, eip, height);
  if (rows.length === 0) return [color('red-fg', `EIP 0x${hex(eip)} is not mapped`)];
  const lines: string[] = [];
  let lastSource = '';
  for (const r of rows) {
    const label = symbols.lookup(r.address);
    if (label && label.offset === 0) lines.push(color('cyan-fg', esc(`<${label.name}>:`)));
    const src = symbols.sourceLine(r.address);
    if (src && src.where !== lastSource) {
      lastSource = src.where;
      lines.push(color('blue-fg', esc(clip(`  ${src.where}: ${src.text ?? ''}`, width))));
    }
    const mark = r.address === eip ? '=>' : model.control.breakpoints.has(r.address) ? ' *' : '  ';
    const text = clip(`${mark}${hex(r.address)} ${r.text}`, width);
    if (r.address === eip) lines.push(`{inverse}${esc(text)}{/inverse}`);
    else if (model.control.breakpoints.has(r.address)) lines.push(color('red-fg', esc(text)));
    else lines.push(esc(text));
  }
  // Keep EIP in view: drop lines from the top when the labels pushed it down.
  const eipLine = lines.findIndex((l) => l.startsWith('{inverse}'));
  const drop = Math.max(0, eipLine - Math.max(1, Math.floor(height / 3)));
  return lines.slice(drop, drop + height);
};
