// WeensyOS-style physical memory map (one character per page group, from the
// kernel's page-owner array) and the current address space's virtual map
// (ranges with U/S and R/W from a walk of CR3's page directory).
import { foldOwners, namePages, pageOwners } from '../inspect/phys-map.ts';
import { forEachMappedPage, mappedRanges } from '../inspect/page-walk.ts';
import { USER_BASE } from '../inspect/code-symbols.ts';
import { clip, color, esc, hex } from '../format.ts';
import type { TuiSession } from '../session.ts';
import type { RenderView } from './view-model.ts';

const OWNER_COLORS: Record<string, string> = { G: 'white-fg', K: 'red-fg', R: 'magenta-fg', T: 'yellow-fg', M: 'blue-fg', P: 'cyan-fg', '.': 'gray-fg' };

/** Where the kernel keeps its page owners, from its symbol table (static names carry a __sN_ prefix). */
export function findOwnerArray(session: TuiSession): { ownersAddr: number; pageCountAddr: number } | null {
  const owners = findStatic(session, 'owners');
  const count = findStatic(session, 'page_count');
  return owners !== null && count !== null ? { ownersAddr: owners, pageCountAddr: count } : null;
}

function findStatic(session: TuiSession, name: string): number | null {
  return session.symbols.kernel.addressOf(name) ?? session.symbols.kernelStatic(name);
}

/** The physical map rows: one character per page group. */
export function physicalMapLines(session: TuiSession, width: number, rows: number): string[] {
  const where = findOwnerArray(session);
  const ram = session.machine.ram.ram;
  if (!where) return ['(the kernel has no page-owner array)'];
  const pc = ram[where.pageCountAddr]! | (ram[where.pageCountAddr + 1]! << 8) | (ram[where.pageCountAddr + 2]! << 16) | (ram[where.pageCountAddr + 3]! << 24);
  if (pc <= 0) return ['(page allocator not started yet)'];
  const owners = namePages(pageOwners({ ram, ownersAddr: where.ownersAddr, pageCount: pc }), processLetters(session));
  const cols = Math.max(8, width - 9);
  const { text, pagesPerCell } = foldOwners(owners, cols * rows);
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += cols) {
    const addr = i * pagesPerCell * 4096;
    const cells = [...text.slice(i, i + cols)].map((c) => (OWNER_COLORS[c] ? color(OWNER_COLORS[c]!, c) : color('green-fg', c))).join('');
    lines.push(`${hex(addr)} ${cells}`);
  }
  return lines;
}

/** Each live process's user pages (physical page number) with its program's
 *  initial, from its page directory; the process on the CPU wins a shared page. */
function processLetters(session: TuiSession): Map<number, string> {
  const letters = new Map<number, string>();
  const ram = session.machine.ram.ram;
  const rows = session.processes.rows().filter((p) => p.state !== 'zombie' && p.cr3 !== null && p.name !== '?');
  rows.sort((a, b) => Number(a.pid === session.processes.running) - Number(b.pid === session.processes.running));
  for (const p of rows) {
    const letter = p.name[0]!.toLowerCase();
    forEachMappedPage(ram, p.cr3!, (page) => {
      if (page.user && page.virt >= USER_BASE) letters.set(page.phys >>> 12, letter);
    });
  }
  return letters;
}

/** The virtual map of CR3's address space: user ranges first, then the kernel's. */
export function virtualMapLines(session: TuiSession, width: number): string[] {
  const cpu = session.machine.cpu;
  if (!(cpu.cr0 & 0x80000000)) return ['paging is off: linear = physical'];
  const ranges = mappedRanges(session.machine.ram.ram, cpu.cr3 >>> 0);
  const user = ranges.filter((r) => r.start >= USER_BASE);
  const kernel = ranges.filter((r) => r.start < USER_BASE);
  const line = (r: (typeof ranges)[number]) => {
    const end = (r.start + r.pages * 4096 - 1) >>> 0;
    const perm = `${r.user ? 'U' : 'S'} ${r.writable ? 'RW' : 'RO'}`;
    const phys = `-> ${hex(r.phys)}${r.contiguous ? '' : '+'}`;
    const full = `${hex(r.start)}-${hex(end)} ${perm} ${String(r.pages).padStart(5)}p ${phys}`;
    // Too narrow: drop the page count rather than cut the physical address.
    const text = clip(full.length <= width ? full : `${hex(r.start)}-${hex(end)} ${perm} ${phys}`, width);
    return r.user ? color(r.writable ? 'green-fg' : 'cyan-fg', esc(text)) : color('red-fg', esc(text));
  };
  return [`CR3 ${hex(cpu.cr3)}: ${user.length ? `${user.length} user range(s)` : 'no user pages'}`, ...user.map(line), ...kernel.map(line)];
}

export const renderMemoryMap: RenderView = (model, width, height) => {
  const virt = virtualMapLines(model.session, width);
  const physRows = Math.max(1, Math.min(8, height - Math.min(virt.length, Math.ceil(height / 2)) - 1));
  const phys = physicalMapLines(model.session, width, physRows);
  const legend = 'K kern G guard R rsvd T ktab M mod P ptab . free';
  return [...phys, color('gray-fg', clip(legend, width)), ...virt].slice(0, height);
};
