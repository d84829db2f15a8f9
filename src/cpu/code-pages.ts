// Physical pages that hold decoded (or compiled) code, so that a write to one
// can invalidate what was built from it. The TLB makes no write entries for a
// marked page, so the unchecked write fast path never sees one: writes to a
// marked page take the checked path, which reports them here. Writes to
// unmarked pages cost nothing extra.

import { CpuUsageError } from './exceptions.ts';

export const PAGE_SHIFT = 12;

export type CodeWriteListener = (physPage: number) => void;

export class CodePageMap {
  /** One byte per physical page of RAM: 1 while the page is marked. */
  readonly marked: Uint8Array;
  /** Per page: how many times a write hit it while it was marked. A block
   *  cache can keep the value it saw and compare instead of listening. */
  readonly generation: Uint32Array;
  /** Called with the physical page number after a write hit a marked page
   *  (the page is unmarked first, so the listener may mark it again). */
  onCodeWrite: CodeWriteListener | null = null;
  private markedCount = 0;

  constructor(
    readonly pages: number,
    /** Removes the TLB write entries for a physical page that is being marked. */
    private readonly dropWriteEntries: (physPage: number) => void,
  ) {
    this.marked = new Uint8Array(pages);
    this.generation = new Uint32Array(pages);
  }

  /** How many pages are marked now. */
  get count(): number {
    return this.markedCount;
  }

  /** Marks the page holding physical address `phys` as holding code. */
  mark(phys: number): void {
    const page = this.pageOf(phys, 'mark');
    if (this.marked[page]) return;
    this.marked[page] = 1;
    this.markedCount++;
    this.dropWriteEntries(page);
  }

  unmark(phys: number): void {
    const page = this.pageOf(phys, 'unmark');
    if (!this.marked[page]) return;
    this.marked[page] = 0;
    this.markedCount--;
  }

  isMarked(phys: number): boolean {
    return this.marked[this.pageOf(phys, 'isMarked')] === 1;
  }

  /** Whether the TLB may make a write entry for physical page `page`. */
  writable(page: number): boolean {
    return this.marked[page] === 0;
  }

  /** Called by the checked write path with the physical address written. */
  noteWrite(phys: number): void {
    const page = phys >>> PAGE_SHIFT;
    if (page >= this.pages || this.marked[page] === 0) return;
    this.marked[page] = 0;
    this.markedCount--;
    this.generation[page]++;
    this.onCodeWrite?.(page);
  }

  private pageOf(phys: number, what: string): number {
    if (!Number.isInteger(phys) || phys < 0 || phys >= this.pages * 4096) {
      throw new CpuUsageError(`code pages: cannot ${what} physical address ${phys} (RAM is ${this.pages} pages)`);
    }
    return phys >>> PAGE_SHIFT;
  }
}
