// Decoded instructions, cached per physical code page, so that each
// instruction is decoded once and then only looked up: the interpreter's
// front end. An entry is keyed by physical address and the code segment's
// default size (16/32); instructions that cross a page or the fetch window
// are decoded every time and not kept.
//
// Invalidation: a page with entries is marked in cpu.codePages, so CPU
// writes to it take the checked path, which bumps its generation; a page
// whose generation moved is dropped on its next use. Writes from outside the
// CPU (a loader filling RAM between runs) are caught by comparing the page
// with a copy taken when it was first decoded, once per run() (epoch).

import type { Cpu } from '../cpu.ts';
import { decodeInsn, type Insn } from '../../isa/decoder.ts';
import { VEC_GP, VEC_NM, VEC_UD } from '../exceptions.ts';

/** What runs a decoded instruction: one semantic function (cpu, insn). */
export type Semantic = (cpu: Cpu, insn: Insn) => void;

const PAGE = 4096;
const CR0_EM = 4, CR0_TS = 8;
const CS = 1;

/** A page's instructions for one code size, by offset in the page, in parallel
 *  arrays (the loop's loads from them do not depend on each other). */
export class DecodedCode {
  readonly insns: (Insn | undefined)[] = new Array<Insn | undefined>(PAGE);
  readonly runs: (Semantic | undefined)[] = new Array<Semantic | undefined>(PAGE);
  /** For an instruction that continues on the next linear page: that page's physical page number + 1, else 0. */
  readonly next = new Int32Array(PAGE);
}

/** The code of no page: every lookup in it misses. */
export const NO_CODE = new DecodedCode();

/** The fetch window whose decoded code the run loop used last, kept across
 *  its calls (it stops at every I/O instruction, STI, ...). Valid while
 *  cpu.fetchStamp equals `stamp`. */
export class LoopWindow {
  code = NO_CODE;
  stamp = -1;
  lo = 1;
  hi = 0;
  offset = 0;
}

export class DecodedPage {
  /** 32-bit code, and 16-bit code (made on first use). */
  readonly code32 = new DecodedCode();
  code16: DecodedCode | null = null;
  constructor(
    /** codePages generation when the page was decoded. */
    readonly gen: number,
    /** The run() epoch in which the page's bytes were last found unchanged. */
    public epoch: number,
    /** The page's bytes when it was decoded (for writes from outside the CPU). */
    readonly words: Int32Array,
  ) {}

  /** The instructions for the code segment's size. */
  code(default32: boolean): DecodedCode {
    return default32 ? this.code32 : (this.code16 ??= new DecodedCode());
  }
}

export class DecodeCache {
  /** Bumped by every run(): pages compare their bytes again on first use. */
  epoch = 0;
  /** Pages decoded / dropped since power-on (diagnostics and tests). */
  pagesDecoded = 0;
  pagesDropped = 0;
  /** Lookups that missed the inline fast path, and instructions decoded. */
  misses = 0;
  decodes = 0;
  readonly pages: (DecodedPage | undefined)[];

  constructor(
    pageCount: number,
    /** What runs a decoded instruction (its semantic function, wrapped for prefixes). */
    private readonly resolve: (insn: Insn) => Semantic,
  ) {
    this.pages = new Array<DecodedPage | undefined>(pageCount);
  }

  /** Forgets every page (reset). */
  flush(): void {
    this.pages.fill(undefined);
  }

  /** The page entry for physical page `p` if it is still valid. */
  validPage(cpu: Cpu, p: number): DecodedPage | undefined {
    const page = this.pages[p];
    if (page === undefined) return undefined;
    if (page.gen !== cpu.codePages.generation[p] || (page.epoch !== this.epoch && !this.unchanged(cpu, p, page))) {
      this.pages[p] = undefined;
      this.pagesDropped++;
      return undefined;
    }
    return page;
  }

  private unchanged(cpu: Cpu, p: number, page: DecodedPage): boolean {
    const words = page.words;
    const base = p * PAGE;
    if (cpu.ram32.length !== 0) {
      const ram32 = cpu.ram32, o = base >>> 2;
      for (let i = 0; i < PAGE / 4; i++) if (ram32[o + i] !== words[i]) return false;
    } else {
      const copy = new Uint8Array(words.buffer), ram = cpu.ram;
      for (let i = 0; i < PAGE; i++) if (ram[base + i] !== copy[i]) return false;
    }
    page.epoch = this.epoch;
    return true;
  }

  /** The run loop's current window (dispatch.ts). */
  readonly window = new LoopWindow();
  /** The instruction found by the last miss(): the decoded record and what runs it. */
  insn: Insn | null = null;
  run: Semantic | null = null;

  /** The lookup's slow path: checks the page (generation, bytes once per
   *  epoch) and takes its entry, or decodes. Leaves EIP after the instruction
   *  and the instruction in insn / run. */
  miss(cpu: Cpu): void {
    this.misses++;
    const eip = cpu.eip;
    // A window the last instruction invalidated (a jump to another page, a TLB
    // flush) is set again from the TLB when it can be without a page walk.
    if ((eip >= cpu.fetchLo && eip < cpu.fetchHi) || cpu.prepareFetchWindow(eip)) {
      const phys = eip + cpu.fetchOffset;
      const page = this.validPage(cpu, phys >>> 12);
      if (page !== undefined) {
        const i = phys & (PAGE - 1);
        const code = page.code(cpu.codeDefault32);
        const insn = code.insns[i], run = code.runs[i];
        if (insn !== undefined && run !== undefined &&
          (eip + insn.length <= cpu.fetchHi || this.continuesUnchanged(cpu, eip, phys, insn.length, code.next[i]))) {
          cpu.eip = eip + insn.length;
          this.insn = insn;
          this.run = run;
          return;
        }
      }
    }
    this.decode(cpu);
  }

  /** For a cached instruction that crosses into the next linear page: whether
   *  it fits the CS limit, that page maps (in the TLB) to the physical page it
   *  was decoded from, and that page is unchanged. Otherwise it is decoded
   *  again, through the fetch path (which faults as fetching does). */
  private continuesUnchanged(cpu: Cpu, eip: number, phys: number, length: number, next: number): boolean {
    if (next === 0 || eip + length - 1 > cpu.segLimit[CS]) return false;
    const lin = (cpu.segBase[CS] + eip + (PAGE - (phys & (PAGE - 1)))) | 0;
    return cpu.tlbRead[lin >>> 12] === (next - 1) * PAGE + 1 && this.validPage(cpu, next - 1) !== undefined;
  }

  /** The page entry for physical page p, made (and the page marked) if there is none. */
  private pageFor(cpu: Cpu, p: number): DecodedPage {
    let page = this.validPage(cpu, p);
    if (page === undefined) {
      cpu.codePages.mark(p * PAGE);
      const words = new Int32Array(PAGE / 4);
      new Uint8Array(words.buffer).set(cpu.ram.subarray(p * PAGE, (p + 1) * PAGE));
      page = this.pages[p] = new DecodedPage(cpu.codePages.generation[p], this.epoch, words);
      this.pagesDecoded++;
    }
    return page;
  }

  /**
   * Decodes the instruction at cpu.eip through the CPU's fetch path (so
   * limit, paging and 15-byte faults are those of fetching), leaves EIP after
   * it. Keeps it when it lies in one page of RAM.
   */
  private decode(cpu: Cpu): void {
    this.decodes++;
    const start = cpu.eip;
    const bits = cpu.codeDefault32 ? 32 : 16;
    let lo = 1, hi = 0, offset = 0, opcodeByte = -1, sawPrefixesOnly = true;
    const read = (i: number): number => {
      const b = cpu.fetch8();
      if (i === 0) {
        lo = cpu.fetchLo;
        hi = cpu.fetchHi;
        offset = cpu.fetchOffset;
      }
      if (sawPrefixesOnly && !isPrefix(b)) {
        sawPrefixesOnly = false;
        opcodeByte = b;
      }
      return b;
    };
    const insn = decodeInsn(read, bits);
    if (typeof insn === 'string') {
      if (insn === 'too-long') cpu.gp(0);
      // An ESC opcode checks CR0.EM/TS before anything else (#NM before #UD).
      if (opcodeByte >= 0xd8 && opcodeByte <= 0xdf && (cpu.cr0 & (CR0_EM | CR0_TS)) !== 0) cpu.fault(VEC_NM, 0);
      cpu.fault(insn === 'invalid' ? VEC_UD : VEC_GP, 0);
    }
    const run = this.resolve(insn);
    this.insn = insn;
    this.run = run;
    // Kept when every byte came from the window of the first one, or the rest
    // from the start of the next page (the window then moved there, to a page of RAM).
    if (start < lo || start >= hi) return;
    const phys = start + offset;
    const p = Math.floor(phys / PAGE);
    if (p >= this.pages.length || (p + 1) * PAGE > cpu.memSize) return;
    let next = 0;
    if (start + insn.length > hi) {
      const p2 = (start + insn.length - 1 + cpu.fetchOffset) / PAGE;
      if (hi !== lo + PAGE || cpu.fetchLo !== hi) return;
      const q = Math.floor(p2);
      if (q >= this.pages.length || (q + 1) * PAGE > cpu.memSize || q === p) return;
      this.pageFor(cpu, q);
      next = q + 1;
    } else if (cpu.fetchOffset !== offset || cpu.fetchLo !== lo) {
      return;
    }
    const page = this.pageFor(cpu, p);
    const i = phys & (PAGE - 1);
    const code = page.code(bits === 32);
    code.insns[i] = insn;
    code.runs[i] = run;
    code.next[i] = next;
  }
}

function isPrefix(b: number): boolean {
  return b === 0x26 || b === 0x2e || b === 0x36 || b === 0x3e || b === 0x64 || b === 0x65 ||
    b === 0x66 || b === 0x67 || b === 0xf0 || b === 0xf2 || b === 0xf3;
}
