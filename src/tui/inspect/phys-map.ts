// The WeensyOS-style physical memory map: the kernel's page allocator keeps one
// owner byte per 4 KiB page (kernel/mm.c `owners`); this reads that array from
// guest RAM and folds page groups into one character each. The letters are
// kernel/mm.h's: K kernel image, G kernel stack guard page, R reserved,
// M program images, T kernel page tables, U and P a program's pages and page
// tables, . free.

// When a group of pages holds different owners, the rarest kind of interest wins:
// a program's pages show even if the rest of the group is free.
const PRIORITY = ['U', 'P', 'G', 'T', 'M', 'K', 'R', '.'];

export interface PhysMapSource {
  ram: Uint8Array;
  /** Physical address of the owners array. */
  ownersAddr: number;
  /** Number of pages the kernel manages (its page_count), or 0 if not yet set. */
  pageCount: number;
}

/** One character per page from the owner bytes; '?' for a byte the kernel never wrote. */
export function pageOwners(src: PhysMapSource): string {
  const n = Math.max(0, Math.min(src.pageCount, src.ram.length - src.ownersAddr));
  let s = '';
  for (let i = 0; i < n; i++) {
    const b = src.ram[src.ownersAddr + i]!;
    s += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '?';
  }
  return s;
}

/** Folds `owners` into at most `cells` characters; `programLetter` replaces 'U'
 *  (a letter per program: the running program's initial). */
export function foldOwners(owners: string, cells: number, programLetter?: string): { text: string; pagesPerCell: number } {
  if (cells <= 0 || owners.length === 0) return { text: '', pagesPerCell: 1 };
  const per = Math.max(1, Math.ceil(owners.length / cells));
  let text = '';
  for (let i = 0; i < owners.length; i += per) {
    const group = owners.slice(i, i + per);
    let best = group[0]!;
    let bestRank = rank(best);
    for (const c of group) {
      const r = rank(c);
      if (r < bestRank) {
        best = c;
        bestRank = r;
      }
    }
    text += best === 'U' && programLetter ? programLetter : best;
  }
  return { text, pagesPerCell: per };
}

function rank(c: string): number {
  const i = PRIORITY.indexOf(c);
  return i < 0 ? -1 : i; // unknown letters are shown first: something unexpected is there
}
