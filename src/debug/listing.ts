// Disassembly listings in the style of `objdump -d -M intel`: a header per
// section, a `<symbol>:` line where a symbol starts, and per instruction the
// address, up to 7 raw bytes per line, and the instruction text. Lines are
// produced one instruction at a time and handed on in chunks, so a 16 MiB
// section (8 million lines) is never held in memory as a whole.
import type { ElfFile } from '../isa/elf-read.ts';
import { disassembleOne } from '../isa/disassembler.ts';
import { SymbolTable } from './symbols.ts';

const SHF_EXECINSTR = 0x4;
const SHT_PROGBITS = 1;
const PT_LOAD = 1;
const PF_X = 1;
const BYTES_PER_LINE = 7;

export interface CodeRegion {
  title: string;
  addr: number;
  bytes: Uint8Array;
}

/** The code to list: executable sections when the file has them (as objdump -d does), else executable segments. */
export function codeRegions(elf: ElfFile): CodeRegion[] {
  const sections = elf.sections
    .filter((s) => s.flags & SHF_EXECINSTR && s.type === SHT_PROGBITS && s.size > 0)
    .map((s) => ({ title: `section ${s.name}`, addr: s.addr, bytes: s.data.subarray(0, s.size) }));
  if (sections.length > 0) return sections;
  return elf.segments
    .filter((seg) => seg.type === PT_LOAD && seg.flags & PF_X && seg.filesz > 0)
    .map((seg) => ({ title: `segment at 0x${hex(seg.vaddr, 8)}`, addr: seg.vaddr, bytes: seg.data.subarray(0, seg.filesz) }));
}

/** Receives the listing's text: each call gets whole lines, each ending in a newline. */
export type ListingWriter = (chunk: string) => void;

/** Lines are passed on in chunks of about this many characters. */
const CHUNK_CHARS = 64 * 1024;

/** Collects lines and passes them on in chunks. */
class LineSink {
  private buf = '';
  /** Lines written, for tests. */
  lines = 0;
  constructor(private readonly write: ListingWriter) {}
  line(text: string): void {
    this.buf += text + '\n';
    this.lines++;
    if (this.buf.length >= CHUNK_CHARS) this.flush();
  }
  flush(): void {
    if (this.buf) this.write(this.buf);
    this.buf = '';
  }
}

/** One region of code, with symbol labels and symbolized branch targets, line by line. */
function listRegionTo(region: CodeRegion, symbols: SymbolTable, out: LineSink): void {
  const opts = { symbolize: (addr: number) => symbols.format(addr) };
  for (let at = 0; at < region.bytes.length;) {
    const address = (region.addr + at) >>> 0;
    const insn = disassembleOne(region.bytes, at, region.addr + at, opts);
    const sym = symbols.lookup(address);
    if (sym && sym.offset === 0) { out.line(''); out.line(`${hex(address, 8)} <${sym.name}>:`); }
    const raw = [...region.bytes.subarray(at, at + insn.length)].map((b) => hex(b, 2));
    const text = insn.operands ? `${insn.mnemonic.padEnd(6)} ${insn.operands}` : insn.mnemonic;
    // Longer instructions continue their bytes on the following lines.
    for (let i = 0; i < raw.length; i += BYTES_PER_LINE) {
      const bytes = raw.slice(i, i + BYTES_PER_LINE).join(' ');
      const addr = hex(address + i, 1).padStart(8);
      out.line(i === 0 ? `${addr}:\t${bytes.padEnd(3 * BYTES_PER_LINE)}\t${text}` : `${addr}:\t${bytes}`);
    }
    at += insn.length;
  }
}

/**
 * The whole listing of an ELF file, as `ringside disasm` prints it, passed to
 * `write` in chunks of whole lines. Returns the number of lines.
 */
export function writeElfListing(elf: ElfFile, fileName: string, write: ListingWriter): number {
  const symbols = new SymbolTable(elf);
  const out = new LineSink(write);
  for (const line of ['', `${fileName}:     file format elf32-i386`, '']) out.line(line);
  for (const region of codeRegions(elf)) {
    out.line('');
    out.line(`Disassembly of ${region.title}:`);
    listRegionTo(region, symbols, out);
  }
  out.flush();
  return out.lines;
}

/** The whole listing as one string (small files; `writeElfListing` streams). */
export function elfListing(elf: ElfFile, fileName: string): string {
  let text = '';
  writeElfListing(elf, fileName, (chunk) => { text += chunk; });
  return text;
}

function hex(n: number, width: number): string {
  return (n >>> 0).toString(16).padStart(width, '0');
}
