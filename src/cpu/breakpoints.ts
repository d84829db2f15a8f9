// Host breakpoints: linear addresses of instructions the run loop stops before
// (for the TUI, the gdb stub and the Debugger; the guest's own DR0-DR3 are in
// debug-traps.ts). The loop tests `count` once per instruction (per block
// entry with compiled blocks) and looks further only when it is non-zero; a
// 64 Ki-bucket filter on the low address bits keeps the lookup to one array
// read for almost every instruction that is not a breakpoint.
//
// Several clients may set the same address: each add is matched by a remove.

const FILTER_BITS = 16;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

export class BreakpointSet {
  /** Distinct addresses set; the run loop skips every other test while it is 0. */
  count = 0;
  /** Called after the set changed (the CPU drops compiled blocks, which end before breakpoints). */
  onChange: (() => void) | null = null;
  private readonly refs = new Map<number, number>();
  /** Addresses set per bucket of the low 16 bits. */
  private readonly filter = new Uint16Array(1 << FILTER_BITS);

  has(linear: number): boolean {
    return this.filter[linear & FILTER_MASK] !== 0 && this.refs.has(linear >>> 0);
  }

  add(linear: number): void {
    const a = linear >>> 0;
    const n = this.refs.get(a) ?? 0;
    this.refs.set(a, n + 1);
    if (n > 0) return;
    this.filter[a & FILTER_MASK]++;
    this.count++;
    this.onChange?.();
  }

  /** Undoes one add; an address that was not set is ignored. */
  remove(linear: number): void {
    const a = linear >>> 0;
    const n = this.refs.get(a);
    if (n === undefined) return;
    if (n > 1) {
      this.refs.set(a, n - 1);
      return;
    }
    this.refs.delete(a);
    this.filter[a & FILTER_MASK]--;
    this.count--;
    this.onChange?.();
  }

  clear(): void {
    if (this.count === 0) return;
    this.refs.clear();
    this.filter.fill(0);
    this.count = 0;
    this.onChange?.();
  }

  addresses(): number[] {
    return [...this.refs.keys()];
  }
}

/** Makes the CPU's set hold a client's breakpoints: `installed` is what the
 *  client added before (updated here), `wanted` what it wants now. */
export function syncBreakpoints(set: BreakpointSet, installed: Set<number>, wanted: Iterable<number>): void {
  const want = new Set<number>();
  for (const a of wanted) want.add(a >>> 0);
  for (const a of installed) {
    if (!want.has(a)) {
      set.remove(a);
      installed.delete(a);
    }
  }
  for (const a of want) {
    if (!installed.has(a)) {
      set.add(a);
      installed.add(a);
    }
  }
}
