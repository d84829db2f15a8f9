import { describe, it, expect } from 'vitest';
import { decodeSegmentDescriptor, decodeGate, decodeTable } from '../../src/tui/inspect/descriptors.ts';
import { decodeEflags, decodeCr0 } from '../../src/tui/inspect/eflags.ts';
import { mappedRanges } from '../../src/tui/inspect/page-walk.ts';
import { foldOwners, namePages, pageOwners } from '../../src/tui/inspect/phys-map.ts';
import { vectorMnemonic } from '../../src/tui/inspect/vector-mnemonics.ts';

function le32(b: Uint8Array, off: number, v: number): void {
  b[off] = v & 0xff;
  b[off + 1] = (v >>> 8) & 0xff;
  b[off + 2] = (v >>> 16) & 0xff;
  b[off + 3] = (v >>> 24) & 0xff;
}

describe('descriptor decoding', () => {
  it('decodes a flat ring-3 code segment and a ring-0 data segment', () => {
    const b = new Uint8Array(24);
    // 0x00cffa00_0000ffff: base 0, limit 0xfffff pages, present, DPL 3, code readable, 32-bit.
    le32(b, 8, 0x0000ffff);
    le32(b, 12, 0x00cffa00);
    le32(b, 16, 0x0000ffff);
    le32(b, 20, 0x00cf9200);
    const [nul, code, data] = decodeTable(b, decodeSegmentDescriptor);
    expect(nul!.kind).toBe('null');
    expect(code).toMatchObject({ selector: 8, base: 0, limit: 0xffffffff, dpl: 3, present: true, kind: 'code', attrs: 'r-x 32-bit' });
    expect(data).toMatchObject({ selector: 16, dpl: 0, kind: 'data', attrs: 'rw- 32-bit' });
  });

  it('decodes a TSS descriptor with a byte-granular limit and a split base', () => {
    const b = new Uint8Array(8);
    // base 0x12345678, limit 0x67, type 0xB (busy TSS), present, DPL 0.
    le32(b, 0, (0x5678 << 16) | 0x0067);
    le32(b, 4, 0x12008b34);
    const d = decodeSegmentDescriptor(b, 0, 5);
    expect(d).toMatchObject({ selector: 0x28, base: 0x12345678, limit: 0x67, kind: 'TSS (busy)', dpl: 0 });
  });

  it('decodes an interrupt gate and a DPL-3 trap gate', () => {
    const b = new Uint8Array(16);
    le32(b, 0, (0x0008 << 16) | 0x1234);
    le32(b, 4, 0x00108e00); // offset high 0x0010, P, DPL0, 32-bit int gate
    le32(b, 8, (0x0008 << 16) | 0xbeef);
    le32(b, 12, 0xdeadef00); // P, DPL3, trap gate
    const [g0, g1] = decodeTable(b, decodeGate);
    expect(g0).toMatchObject({ vector: 0, present: true, selector: 8, offset: 0x00101234, dpl: 0, kind: 'int gate' });
    expect(g1).toMatchObject({ vector: 1, offset: 0xdeadbeef, dpl: 3, kind: 'trap gate' });
  });

  it('names exception vectors the way the manuals do', () => {
    expect(vectorMnemonic(14)).toBe('#PF');
    expect(vectorMnemonic(13)).toBe('#GP');
    expect(vectorMnemonic(0x80)).toBe('');
  });
});

describe('flag decoding', () => {
  it('splits EFLAGS into set and clear bits and IOPL', () => {
    const f = decodeEflags(0x3246); // IOPL 3, IF, ZF, PF, bit 1
    expect(f.set).toEqual(['PF', 'ZF', 'IF']);
    expect(f.iopl).toBe(3);
    expect(f.clear).toContain('CF');
  });

  it('names the CR0 bits that are set', () => {
    expect(decodeCr0(0x80010011)).toEqual(['PE', 'ET', 'WP', 'PG']);
  });
});

describe('page-directory walk', () => {
  it('merges pages into ranges and combines U/S and R/W from both levels', () => {
    const ram = new Uint8Array(0x10000);
    const dir = 0x1000;
    const t0 = 0x2000;
    const t1 = 0x3000;
    le32(ram, dir + 0 * 4, t0 | 0x3); // kernel: supervisor, writable
    le32(ram, dir + 256 * 4, t1 | 0x7); // 0x40000000: user, writable at the PDE
    le32(ram, t0 + 0 * 4, 0x0000 | 0x3);
    le32(ram, t0 + 1 * 4, 0x1000 | 0x3);
    le32(ram, t1 + 0 * 4, 0x8000 | 0x5); // text: user, read-only
    le32(ram, t1 + 1 * 4, 0x9000 | 0x7); // data: user, writable
    le32(ram, t1 + 2 * 4, 0xb000 | 0x7); // not physically next to the previous page
    le32(ram, t1 + 5 * 4, 0xc000 | 0x3); // supervisor page inside the window
    const r = mappedRanges(ram, dir);
    expect(r).toEqual([
      { start: 0, pages: 2, phys: 0, contiguous: true, user: false, writable: true },
      { start: 0x40000000, pages: 1, phys: 0x8000, contiguous: true, user: true, writable: false },
      { start: 0x40001000, pages: 2, phys: 0x9000, contiguous: false, user: true, writable: true },
      { start: 0x40005000, pages: 1, phys: 0xc000, contiguous: true, user: false, writable: true },
    ]);
  });

  it('ignores directories and tables that point beyond RAM', () => {
    const ram = new Uint8Array(0x2000);
    le32(ram, 0x1000, 0x7fff000 | 0x7);
    expect(mappedRanges(ram, 0x1000)).toEqual([]);
  });
});

describe('physical map', () => {
  it('reads owner bytes and shows unwritten bytes as ?', () => {
    const ram = new Uint8Array(64);
    ram.set([...'RRKK..U'].map((c) => c.charCodeAt(0)), 10);
    ram[17] = 0;
    expect(pageOwners({ ram, ownersAddr: 10, pageCount: 8 })).toBe('RRKK..U?');
  });

  it('folds groups of pages, showing the most interesting owner and the program letter', () => {
    expect(foldOwners('RRRRKKKK....U...', 4)).toEqual({ text: 'RK.U', pagesPerCell: 4 });
    expect(foldOwners('RRRRKKKK....U...', 4, 'h').text).toBe('RK.h');
    expect(foldOwners('RK', 10)).toEqual({ text: 'RK', pagesPerCell: 1 });
  });

  it('names each process\'s user pages by its letter, and only user pages', () => {
    const owners = 'RKKPUUPUU..';
    expect(namePages(owners, new Map([[4, 'i'], [5, 'i'], [7, 's'], [3, 's'], [9, 'x']]))).toBe('RKKPiiPsU..');
    expect(namePages(owners, new Map())).toBe(owners);
    // Two processes' pages in one group: both kinds are kept when there are cells.
    expect(foldOwners(namePages('UUUU' + 'UUUU' + '....', new Map([[0, 'i'], [1, 'i'], [4, 's'], [5, 's']])), 3).text).toBe('is.');
  });

  it('keeps a cell for every kind of page when groups are coarse', () => {
    // The kernel image with a guard page in each group: by priority alone G wins every group and K vanishes.
    const owners = 'RRRR' + 'KKKG' + 'KKKG' + 'KKKG' + 'TMMM' + 'MMMM' + '....';
    expect(foldOwners(owners, 7).text).toBe('RKGGTM.');
    // A kind that only shares a group with another kind shown once stays hidden rather than hide that one.
    expect(foldOwners('RRRR' + 'KKKG' + 'KKKG' + 'TMMM' + '....', 5).text).toBe('RKGT.');
    // The kind in the fewest groups goes first: the kernel's page tables (T) next to a
    // process's (P, which is in another group too) both show, rather than P alone.
    expect(foldOwners('MTPU' + 'PU..' + 'UU..' + '....', 4).text).toBe('TPU.');
    // Fewer cells than kinds: the rarest kinds of interest first, nothing invented.
    expect(foldOwners('KKKKGGGG', 1).text).toBe('G');
  });
});
