// Writes a LinkedImage as an ELF32 i386 executable: one PT_LOAD per section, file
// offsets congruent to addresses modulo 4 KiB, plus .symtab/.strtab/.shstrtab and
// the .ringside.lines table (format in elf-constants.ts).
import * as C from './elf-constants.ts';
import type { LinkedImage, LinkedSection } from './linked-image.ts';

const PAGE = 4096;

class ByteWriter {
  private buf = new Uint8Array(4096);
  private view = new DataView(this.buf.buffer);
  length = 0;
  private ensure(n: number) {
    if (n <= this.buf.length) return;
    let size = this.buf.length;
    while (size < n) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf);
    this.buf = b;
    this.view = new DataView(b.buffer);
  }
  u8(v: number, at = this.length) { this.ensure(at + 1); this.view.setUint8(at, v); this.length = Math.max(this.length, at + 1); }
  u16(v: number, at = this.length) { this.ensure(at + 2); this.view.setUint16(at, v, true); this.length = Math.max(this.length, at + 2); }
  u32(v: number, at = this.length) { this.ensure(at + 4); this.view.setUint32(at, v >>> 0, true); this.length = Math.max(this.length, at + 4); }
  bytes(b: Uint8Array, at = this.length) { this.ensure(at + b.length); this.buf.set(b, at); this.length = Math.max(this.length, at + b.length); }
  padTo(n: number) { this.ensure(n); this.length = Math.max(this.length, n); }
  result(): Uint8Array { return this.buf.slice(0, this.length); }
}

/** An ELF string table: NUL-terminated names, each stored once, offset 0 the empty name. */
class StringTable {
  // Encoded names in order; no spreading into push(), which overflows the stack on long names.
  private parts: Uint8Array[] = [new Uint8Array(1)];
  private length = 1;
  private index = new Map<string, number>([['', 0]]);
  add(s: string): number {
    const known = this.index.get(s);
    if (known !== undefined) return known;
    const at = this.length;
    const encoded = new TextEncoder().encode(s + '\0');
    this.parts.push(encoded);
    this.length += encoded.length;
    this.index.set(s, at);
    return at;
  }
  bytes(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const p of this.parts) { out.set(p, at); at += p.length; }
    return out;
  }
}

function linesSection(image: LinkedImage): Uint8Array {
  const files: string[] = [];
  const fileIndex = new Map<string, number>();
  for (const l of image.lines) if (!fileIndex.has(l.file)) { fileIndex.set(l.file, files.length); files.push(l.file); }
  const w = new ByteWriter();
  w.u32(C.LINES_MAGIC); w.u32(files.length); w.u32(image.lines.length);
  for (const l of [...image.lines].sort((a, b) => a.addr - b.addr)) { w.u32(l.addr); w.u32(fileIndex.get(l.file)!); w.u32(l.line); }
  for (const f of files) { w.bytes(new TextEncoder().encode(f)); w.u8(0); }
  return w.result();
}

/** `extra`: further sections that are not loaded (cc's .debug_* sections), written as they are. */
export function writeElfExecutable(image: LinkedImage, extra: readonly { name: string; bytes: Uint8Array }[] = []): Uint8Array {
  const alloc: LinkedSection[] = [...image.sections].sort((a, b) => a.addr - b.addr);
  const w = new ByteWriter();
  const phnum = alloc.length;
  // Section contents: each loadable section on its own page-congruent file offset.
  let off = Math.ceil((C.EHDR_SIZE + phnum * C.PHDR_SIZE) / PAGE) * PAGE;
  const offsets: number[] = [];
  for (const s of alloc) {
    off = Math.ceil(off / PAGE) * PAGE + (s.addr % PAGE);
    offsets.push(off);
    if (!s.nobits) { w.padTo(off); w.bytes(s.bytes, off); off += s.bytes.length; }
  }
  w.padTo(off);
  // Non-loaded sections.
  const shstr = new StringTable();
  const str = new StringTable();
  const lines = linesSection(image);
  const linesOff = align(w.length, 4);
  w.padTo(linesOff); w.bytes(lines, linesOff);
  const extraOffs = extra.map((x) => { const at = w.length; w.bytes(x.bytes); return at; });

  const secIndex = new Map<string, number>(alloc.map((s, i) => [s.name, i + 1]));
  const syms = [...image.symbols].sort((a, b) => Number(a.global) - Number(b.global));
  const firstGlobal = syms.findIndex((s) => s.global);
  const symOff = align(w.length, 4);
  w.padTo(symOff);
  for (let i = 0; i < C.SYM_SIZE; i++) w.u8(0); // null symbol
  for (const s of syms) {
    const type = s.kind === 'func' ? C.STT_FUNC : s.kind === 'object' ? C.STT_OBJECT : C.STT_NOTYPE;
    const bind = s.global ? C.STB_GLOBAL : C.STB_LOCAL;
    w.u32(str.add(s.name)); w.u32(s.value); w.u32(s.size); w.u8((bind << 4) | type); w.u8(0);
    w.u16(s.section === null ? C.SHN_ABS : secIndex.get(s.section) ?? C.SHN_ABS);
  }
  const symSize = (syms.length + 1) * C.SYM_SIZE;
  const strBytes = str.bytes();
  const strOff = w.length; w.bytes(strBytes);

  interface Sh { name: number; type: number; flags: number; addr: number; offset: number; size: number; link: number; info: number; align: number; entsize: number }
  const shdrs: Sh[] = [{ name: 0, type: C.SHT_NULL, flags: 0, addr: 0, offset: 0, size: 0, link: 0, info: 0, align: 0, entsize: 0 }];
  alloc.forEach((s, i) => shdrs.push({
    name: shstr.add(s.name), type: s.nobits ? C.SHT_NOBITS : C.SHT_PROGBITS,
    flags: C.SHF_ALLOC | (s.flags.write ? C.SHF_WRITE : 0) | (s.flags.exec ? C.SHF_EXECINSTR : 0),
    addr: s.addr, offset: offsets[i], size: s.size, link: 0, info: 0, align: PAGE, entsize: 0,
  }));
  extra.forEach((x, i) => shdrs.push({ name: shstr.add(x.name), type: C.SHT_PROGBITS, flags: 0, addr: 0, offset: extraOffs[i]!, size: x.bytes.length, link: 0, info: 0, align: 1, entsize: 0 }));
  const symtabIndex = shdrs.length + 1;
  shdrs.push({ name: shstr.add(C.LINES_SECTION), type: C.SHT_PROGBITS, flags: 0, addr: 0, offset: linesOff, size: lines.length, link: 0, info: 0, align: 4, entsize: 0 });
  shdrs.push({ name: shstr.add('.symtab'), type: C.SHT_SYMTAB, flags: 0, addr: 0, offset: symOff, size: symSize, link: symtabIndex + 1, info: firstGlobal < 0 ? syms.length + 1 : firstGlobal + 1, align: 4, entsize: C.SYM_SIZE });
  shdrs.push({ name: shstr.add('.strtab'), type: C.SHT_STRTAB, flags: 0, addr: 0, offset: strOff, size: strBytes.length, link: 0, info: 0, align: 1, entsize: 0 });
  const shstrName = shstr.add('.shstrtab');
  const shstrBytes = shstr.bytes();
  const shstrOff = w.length; w.bytes(shstrBytes);
  shdrs.push({ name: shstrName, type: C.SHT_STRTAB, flags: 0, addr: 0, offset: shstrOff, size: shstrBytes.length, link: 0, info: 0, align: 1, entsize: 0 });
  const shoff = align(w.length, 4);
  w.padTo(shoff);
  for (const h of shdrs) {
    w.u32(h.name); w.u32(h.type); w.u32(h.flags); w.u32(h.addr); w.u32(h.offset);
    w.u32(h.size); w.u32(h.link); w.u32(h.info); w.u32(h.align); w.u32(h.entsize);
  }

  // ELF header.
  w.bytes(Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, C.ELFCLASS32, C.ELFDATA2LSB, C.EV_CURRENT]), 0);
  w.u16(C.ET_EXEC, 16); w.u16(C.EM_386, 18); w.u32(C.EV_CURRENT, 20); w.u32(image.entry, 24);
  w.u32(phnum ? C.EHDR_SIZE : 0, 28); w.u32(shoff, 32); w.u32(0, 36);
  w.u16(C.EHDR_SIZE, 40); w.u16(C.PHDR_SIZE, 42); w.u16(phnum, 44);
  w.u16(C.SHDR_SIZE, 46); w.u16(shdrs.length, 48); w.u16(shdrs.length - 1, 50);
  // Program headers.
  alloc.forEach((s, i) => {
    const at = C.EHDR_SIZE + i * C.PHDR_SIZE;
    const flags = C.PF_R | (s.flags.write ? C.PF_W : 0) | (s.flags.exec ? C.PF_X : 0);
    w.u32(C.PT_LOAD, at); w.u32(offsets[i], at + 4); w.u32(s.addr, at + 8); w.u32(s.addr, at + 12);
    w.u32(s.nobits ? 0 : s.bytes.length, at + 16); w.u32(s.size, at + 20); w.u32(flags, at + 24); w.u32(PAGE, at + 28);
  });
  return w.result();
}

function align(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}
