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

/** `owners` with each user page ('U') a process maps replaced by that
 *  process's letter (`letters`: physical page number -> letter). The kernel's
 *  owner bytes do not say which process holds a page; the page tables do. */
export function namePages(owners: string, letters: ReadonlyMap<number, string>): string {
  if (letters.size === 0) return owners;
  const out = [...owners];
  for (const [page, letter] of letters) if (out[page] === 'U') out[page] = letter;
  return out.join('');
}

/** Folds `owners` into at most `cells` characters; `programLetter` replaces 'U'
 *  (a letter per program: the running program's initial). Every kind of page
 *  present keeps at least one cell while there are enough cells: on a small
 *  screen the kernel image's groups all hold a guard or table page, and `K`
 *  would otherwise never show. */
export function foldOwners(owners: string, cells: number, programLetter?: string): { text: string; pagesPerCell: number } {
  if (cells <= 0 || owners.length === 0) return { text: '', pagesPerCell: 1 };
  const per = Math.max(1, Math.ceil(owners.length / cells));
  const groups: string[] = [];
  for (let i = 0; i < owners.length; i += per) groups.push(owners.slice(i, i + per));
  const chosen = groups.map((group) => {
    let best = group[0]!;
    for (const c of group) if (rank(c) < rank(best)) best = c;
    return best;
  });
  keepEveryKind(groups, chosen);
  const text = chosen.map((c) => (c === 'U' && programLetter ? programLetter : c)).join('');
  return { text, pagesPerCell: per };
}

/** For each kind present but shown nowhere, takes the group where it is most
 *  common among those whose shown kind is also shown elsewhere. The kinds in
 *  the fewest groups go first: the kernel's page tables, in one group next to
 *  a process's, get that group before the process's tables (which are in
 *  others too) take it. */
function keepEveryKind(groups: string[], chosen: string[]): void {
  const shown = new Map<string, number>();
  for (const c of chosen) shown.set(c, (shown.get(c) ?? 0) + 1);
  const spread = new Map<string, number>();
  for (const g of groups) for (const c of new Set(g)) spread.set(c, (spread.get(c) ?? 0) + 1);
  const present = [...spread.keys()].sort((a, b) => spread.get(a)! - spread.get(b)! || rank(a) - rank(b));
  for (const kind of present) {
    if (shown.has(kind)) continue;
    let bestGroup = -1;
    let bestCount = 0;
    groups.forEach((g, i) => {
      if ((shown.get(chosen[i]!) ?? 0) < 2) return; // taking it would hide another kind
      let n = 0;
      for (const c of g) if (c === kind) n++;
      if (n > bestCount) {
        bestCount = n;
        bestGroup = i;
      }
    });
    if (bestGroup < 0) continue; // fewer cells than kinds
    shown.set(chosen[bestGroup]!, shown.get(chosen[bestGroup]!)! - 1);
    chosen[bestGroup] = kind;
    shown.set(kind, 1);
  }
}

function rank(c: string): number {
  if (c >= 'a' && c <= 'z') return PRIORITY.indexOf('U'); // a process's pages (namePages)
  const i = PRIORITY.indexOf(c);
  return i < 0 ? -1 : i; // unknown letters are shown first: something unexpected is there
}
