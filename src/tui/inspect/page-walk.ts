// Walks a two-level i386 page directory in physical memory and merges the
// mapped pages into ranges with the same effective U/S and R/W (both levels
// combined, as the CPU does when CR0.WP applies to user pages).

export interface MappedRange {
  /** First virtual address of the range. */
  start: number;
  /** Number of 4 KiB pages. */
  pages: number;
  /** Physical address of the first page. */
  phys: number;
  /** Physically contiguous (each page follows the previous one). */
  contiguous: boolean;
  user: boolean;
  writable: boolean;
}

const PTE_P = 1;
const PTE_W = 2;
const PTE_U = 4;
const PAGE = 4096;

/** Reads a 32-bit little-endian value from physical memory, or null beyond RAM. */
function readPhys32(ram: Uint8Array, addr: number): number | null {
  if (addr < 0 || addr + 4 > ram.length) return null;
  return (ram[addr]! | (ram[addr + 1]! << 8) | (ram[addr + 2]! << 16) | (ram[addr + 3]! << 24)) >>> 0;
}

export interface PageVisit {
  virt: number;
  phys: number;
  user: boolean;
  writable: boolean;
}

/** Calls `visit` for every present 4 KiB page under the directory at `cr3`, in address order. */
export function forEachMappedPage(ram: Uint8Array, cr3: number, visit: (p: PageVisit) => void): void {
  const dir = cr3 & ~0xfff;
  for (let i = 0; i < 1024; i++) {
    const pde = readPhys32(ram, dir + i * 4);
    if (pde === null || !(pde & PTE_P)) continue;
    const table = pde & ~0xfff;
    for (let j = 0; j < 1024; j++) {
      const pte = readPhys32(ram, table + j * 4);
      if (pte === null || !(pte & PTE_P)) continue;
      visit({
        virt: ((i << 22) | (j << 12)) >>> 0,
        phys: (pte & ~0xfff) >>> 0,
        user: (pde & pte & PTE_U) !== 0,
        writable: (pde & pte & PTE_W) !== 0,
      });
    }
  }
}

/** The mapped pages merged into ranges of equal permissions and adjacent virtual addresses. */
export function mappedRanges(ram: Uint8Array, cr3: number): MappedRange[] {
  const out: MappedRange[] = [];
  let cur: MappedRange | null = null;
  let lastPhys = 0;
  forEachMappedPage(ram, cr3, (p) => {
    if (cur && cur.start + cur.pages * PAGE === p.virt && cur.user === p.user && cur.writable === p.writable) {
      if (p.phys !== lastPhys + PAGE) cur.contiguous = false;
      cur.pages++;
    } else {
      cur = { start: p.virt, pages: 1, phys: p.phys, contiguous: true, user: p.user, writable: p.writable };
      out.push(cur);
    }
    lastPhys = p.phys;
  });
  return out;
}
