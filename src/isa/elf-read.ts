// Reads and validates an ELF32 i386 executable. Every malformation is reported as
// an ElfError naming the problem; no other exception escapes readElf.
import * as C from './elf-constants.ts';

export class ElfError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ElfError';
  }
}

export interface ElfSegment { type: number; offset: number; vaddr: number; paddr: number; filesz: number; memsz: number; flags: number; data: Uint8Array }
export interface ElfSection { name: string; type: number; flags: number; addr: number; offset: number; size: number; link: number; info: number; entsize: number; data: Uint8Array }
export interface ElfSymbol { name: string; value: number; size: number; kind: 'func' | 'object' | 'notype' | 'other'; global: boolean; section: string | null }
export interface ElfLine { addr: number; file: string; line: number }

export interface ElfFile {
  entry: number;
  segments: ElfSegment[];
  sections: ElfSection[];
  symbols: ElfSymbol[];
  lines: ElfLine[];
}

const hex = (n: number) => '0x' + n.toString(16);

class Reader {
  private view: DataView;
  constructor(readonly bytes: Uint8Array) { this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength); }
  check(off: number, len: number, what: string): void {
    if (off < 0 || len < 0 || off + len > this.bytes.length) {
      throw new ElfError(`${what} (${hex(off)}..${hex(off + len)}) lies outside the file (${this.bytes.length} bytes)`);
    }
  }
  u8(off: number): number { this.check(off, 1, 'field'); return this.view.getUint8(off); }
  u16(off: number): number { this.check(off, 2, 'field'); return this.view.getUint16(off, true); }
  u32(off: number): number { this.check(off, 4, 'field'); return this.view.getUint32(off, true); }
  slice(off: number, len: number, what: string): Uint8Array { this.check(off, len, what); return this.bytes.subarray(off, off + len); }
}

/** NUL-terminated string at `off` inside a string table. */
function cstring(table: Uint8Array, off: number, what: string): string {
  if (off >= table.length) {
    if (off === 0 && table.length === 0) return '';
    throw new ElfError(`${what}: name offset ${hex(off)} is outside its string table (${table.length} bytes)`);
  }
  const end = table.indexOf(0, off);
  if (end < 0) throw new ElfError(`${what}: name at ${hex(off)} is not NUL-terminated`);
  return new TextDecoder().decode(table.subarray(off, end));
}

export function readElf(bytes: Uint8Array): ElfFile {
  try {
    return parse(bytes);
  } catch (e) {
    if (e instanceof ElfError) throw e;
    // Defensive: a reader bug must still surface as a readable ElfError.
    throw new ElfError(`malformed ELF file: ${(e as Error).message}`);
  }
}

function parse(bytes: Uint8Array): ElfFile {
  if (bytes.length < C.EHDR_SIZE) throw new ElfError(`file is too short for an ELF header (${bytes.length} bytes, need ${C.EHDR_SIZE})`);
  const r = new Reader(bytes);
  if (bytes[0] !== 0x7f || bytes[1] !== 0x45 || bytes[2] !== 0x4c || bytes[3] !== 0x46) throw new ElfError('not an ELF file (bad magic)');
  if (bytes[4] !== C.ELFCLASS32) throw new ElfError(`not a 32-bit ELF file (class ${bytes[4]})`);
  if (bytes[5] !== C.ELFDATA2LSB) throw new ElfError(`not a little-endian ELF file (data encoding ${bytes[5]})`);
  if (bytes[6] !== C.EV_CURRENT) throw new ElfError(`unsupported ELF version ${bytes[6]}`);
  const type = r.u16(16), machine = r.u16(18);
  if (machine !== C.EM_386) throw new ElfError(`not an i386 ELF file (machine ${machine})`);
  if (type !== C.ET_EXEC) throw new ElfError(`not an executable ELF file (type ${type})`);
  const entry = r.u32(24), phoff = r.u32(28), shoff = r.u32(32);
  const phentsize = r.u16(42), phnum = r.u16(44), shentsize = r.u16(46), shnum = r.u16(48), shstrndx = r.u16(50);

  const segments: ElfSegment[] = [];
  if (phnum > 0) {
    if (phentsize !== C.PHDR_SIZE) throw new ElfError(`program header size is ${phentsize}, expected ${C.PHDR_SIZE}`);
    r.check(phoff, phnum * C.PHDR_SIZE, 'program header table');
    for (let i = 0; i < phnum; i++) {
      const at = phoff + i * C.PHDR_SIZE;
      const seg: ElfSegment = {
        type: r.u32(at), offset: r.u32(at + 4), vaddr: r.u32(at + 8), paddr: r.u32(at + 12),
        filesz: r.u32(at + 16), memsz: r.u32(at + 20), flags: r.u32(at + 24), data: new Uint8Array(0),
      };
      if (seg.type === C.PT_LOAD) {
        if (seg.filesz > seg.memsz) throw new ElfError(`segment ${i}: file size ${hex(seg.filesz)} exceeds memory size ${hex(seg.memsz)}`);
        if (seg.vaddr + seg.memsz > 0x100000000) throw new ElfError(`segment ${i}: ${hex(seg.vaddr)} + ${hex(seg.memsz)} wraps past 4 GiB`);
        if (seg.paddr + seg.memsz > 0x100000000) throw new ElfError(`segment ${i}: physical ${hex(seg.paddr)} + ${hex(seg.memsz)} wraps past 4 GiB`);
        seg.data = r.slice(seg.offset, seg.filesz, `segment ${i} contents`);
        for (const [j, o] of segments.entries()) {
          if (o.type === C.PT_LOAD && seg.memsz > 0 && o.memsz > 0 && seg.vaddr < o.vaddr + o.memsz && o.vaddr < seg.vaddr + seg.memsz) {
            throw new ElfError(`segment ${i} (${hex(seg.vaddr)}..${hex(seg.vaddr + seg.memsz)}) overlaps segment ${j}`);
          }
        }
      }
      segments.push(seg);
    }
  }

  const sections: ElfSection[] = [];
  if (shnum > 0) {
    if (shentsize !== C.SHDR_SIZE) throw new ElfError(`section header size is ${shentsize}, expected ${C.SHDR_SIZE}`);
    r.check(shoff, shnum * C.SHDR_SIZE, 'section header table');
    if (shstrndx >= shnum) throw new ElfError(`section name table index ${shstrndx} is out of range (${shnum} sections)`);
    const raw = [];
    for (let i = 0; i < shnum; i++) {
      const at = shoff + i * C.SHDR_SIZE;
      const h = {
        nameOff: r.u32(at), type: r.u32(at + 4), flags: r.u32(at + 8), addr: r.u32(at + 12), offset: r.u32(at + 16),
        size: r.u32(at + 20), link: r.u32(at + 24), info: r.u32(at + 28), entsize: r.u32(at + 36),
      };
      const hasData = h.type !== C.SHT_NOBITS && h.type !== C.SHT_NULL;
      const data = hasData ? r.slice(h.offset, h.size, `section ${i} contents`) : new Uint8Array(0);
      raw.push({ ...h, data });
    }
    const names = raw[shstrndx];
    if (names.type !== C.SHT_STRTAB) throw new ElfError(`section name table (section ${shstrndx}) is not a string table`);
    raw.forEach((h, i) => sections.push({
      name: cstring(names.data, h.nameOff, `section ${i}`), type: h.type, flags: h.flags, addr: h.addr,
      offset: h.offset, size: h.size, link: h.link, info: h.info, entsize: h.entsize, data: h.data,
    }));
  }

  return { entry, segments, sections, symbols: readSymbols(sections), lines: readLines(sections) };
}

function readSymbols(sections: ElfSection[]): ElfSymbol[] {
  const symtab = sections.find((s) => s.type === C.SHT_SYMTAB);
  if (!symtab) return [];
  if (symtab.entsize !== C.SYM_SIZE) throw new ElfError(`symbol table entry size is ${symtab.entsize}, expected ${C.SYM_SIZE}`);
  if (symtab.size % C.SYM_SIZE) throw new ElfError(`symbol table size ${symtab.size} is not a multiple of ${C.SYM_SIZE}`);
  const strtab = sections[symtab.link];
  if (!strtab || strtab.type !== C.SHT_STRTAB) throw new ElfError(`symbol table links to section ${symtab.link}, which is not a string table`);
  const view = new DataView(symtab.data.buffer, symtab.data.byteOffset, symtab.data.byteLength);
  const out: ElfSymbol[] = [];
  for (let i = 1; i < symtab.size / C.SYM_SIZE; i++) {
    const at = i * C.SYM_SIZE;
    const info = view.getUint8(at + 12), shndx = view.getUint16(at + 14, true);
    const t = info & 15;
    out.push({
      name: cstring(strtab.data, view.getUint32(at, true), `symbol ${i}`),
      value: view.getUint32(at + 4, true), size: view.getUint32(at + 8, true),
      kind: t === C.STT_FUNC ? 'func' : t === C.STT_OBJECT ? 'object' : t === C.STT_NOTYPE ? 'notype' : 'other',
      global: info >> 4 === C.STB_GLOBAL,
      section: shndx === C.SHN_UNDEF || shndx >= 0xff00 ? null : sections[shndx]?.name ?? null,
    });
  }
  return out;
}

function readLines(sections: ElfSection[]): ElfLine[] {
  const sec = sections.find((s) => s.name === C.LINES_SECTION);
  if (!sec) return [];
  const d = sec.data;
  const view = new DataView(d.buffer, d.byteOffset, d.byteLength);
  if (d.length < 12) throw new ElfError(`${C.LINES_SECTION} is too short (${d.length} bytes)`);
  if (view.getUint32(0, true) !== C.LINES_MAGIC) throw new ElfError(`${C.LINES_SECTION} has a bad magic number`);
  const nfiles = view.getUint32(4, true), n = view.getUint32(8, true);
  const namesAt = 12 + n * 12;
  if (n > (d.length - 12) / 12) throw new ElfError(`${C.LINES_SECTION} claims ${n} entries but holds only ${d.length} bytes`);
  const files: string[] = [];
  let p = namesAt;
  for (let i = 0; i < nfiles; i++) {
    const end = d.indexOf(0, p);
    if (end < 0) throw new ElfError(`${C.LINES_SECTION}: file name ${i} is missing or not NUL-terminated`);
    files.push(new TextDecoder().decode(d.subarray(p, end)));
    p = end + 1;
  }
  const out: ElfLine[] = [];
  for (let i = 0; i < n; i++) {
    const at = 12 + i * 12;
    const fi = view.getUint32(at + 4, true);
    if (fi >= files.length) throw new ElfError(`${C.LINES_SECTION}: entry ${i} names file ${fi} of ${files.length}`);
    out.push({ addr: view.getUint32(at, true), file: files[fi], line: view.getUint32(at + 8, true) });
  }
  return out;
}
