// Software TLB: one Int32Array per permission class, indexed by virtual page
// number. An entry holds (physical page address + 1), 0 meaning "not cached",
// so a hit costs one array load. Entries are only made for pages that lie
// fully inside RAM, so a hit can index RAM directly.

export const TLB_PAGES = 1 << 20;
/** More fills than this between flushes: clear the arrays wholesale instead. */
const MAX_TRACKED = 16384;

export class Tlb {
  readonly supervisorRead = new Int32Array(TLB_PAGES);
  readonly supervisorWrite = new Int32Array(TLB_PAGES);
  readonly userRead = new Int32Array(TLB_PAGES);
  readonly userWrite = new Int32Array(TLB_PAGES);
  /** Virtual page numbers that have any entry, so a flush touches only those. */
  private readonly filled = new Int32Array(MAX_TRACKED);
  private filledCount = 0;
  private overflowed = false;

  /** Records that `vpn` now has entries (call once per fill). */
  track(vpn: number): void {
    if (this.filledCount < MAX_TRACKED) this.filled[this.filledCount++] = vpn;
    else this.overflowed = true;
  }

  flushAll(): void {
    if (this.overflowed) {
      this.supervisorRead.fill(0);
      this.supervisorWrite.fill(0);
      this.userRead.fill(0);
      this.userWrite.fill(0);
    } else {
      for (let i = 0; i < this.filledCount; i++) this.clearPage(this.filled[i]);
    }
    this.filledCount = 0;
    this.overflowed = false;
  }

  /** Removes every write entry that points at physical page number `physPage`
   *  (the page now holds code, so writes to it must take the checked path). */
  dropWritesTo(physPage: number): void {
    const entry = physPage * 0x1000 + 1;
    if (this.overflowed) {
      for (let vpn = 0; vpn < TLB_PAGES; vpn++) this.dropWrite(vpn, entry);
    } else {
      for (let i = 0; i < this.filledCount; i++) this.dropWrite(this.filled[i], entry);
    }
  }

  private dropWrite(vpn: number, entry: number): void {
    if (this.supervisorWrite[vpn] === entry) this.supervisorWrite[vpn] = 0;
    if (this.userWrite[vpn] === entry) this.userWrite[vpn] = 0;
  }

  /** INVLPG: drops one page (its slot in the filled list stays; clearing twice is harmless). */
  clearPage(vpn: number): void {
    this.supervisorRead[vpn] = 0;
    this.supervisorWrite[vpn] = 0;
    this.userRead[vpn] = 0;
    this.userWrite[vpn] = 0;
  }
}
