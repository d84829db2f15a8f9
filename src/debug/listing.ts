// Disassembly listings in the style of `objdump -d -M intel`: a header per
// section, a `<symbol>:` line where a symbol starts, and per instruction the
// address, up to 7 raw bytes per line, and the instruction text.
import type { ElfFile } from '../isa/elf-read.ts';
import { disassembleRange } from '../isa/disassembler.ts';
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

/** Lines for one region of code, with symbol labels and symbolized branch targets. */
export function listRegion(region: CodeRegion, symbols: SymbolTable): string[] {
  const out: string[] = [];
  for (const insn of disassembleRange(region.bytes, region.addr, { symbolize: (addr) => symbols.format(addr) })) {
    const sym = symbols.lookup(insn.address);
    if (sym && sym.offset === 0) out.push('', `${hex(insn.address, 8)} <${sym.name}>:`);
    const at = insn.address - region.addr;
    const raw = [...region.bytes.subarray(at, at + insn.length)].map((b) => hex(b, 2));
    const text = insn.operands ? `${insn.mnemonic.padEnd(6)} ${insn.operands}` : insn.mnemonic;
    // Longer instructions continue their bytes on the following lines.
    for (let i = 0; i < raw.length; i += BYTES_PER_LINE) {
      const bytes = raw.slice(i, i + BYTES_PER_LINE).join(' ');
      const addr = hex(insn.address + i, 1).padStart(8);
      out.push(i === 0 ? `${addr}:\t${bytes.padEnd(3 * BYTES_PER_LINE)}\t${text}` : `${addr}:\t${bytes}`);
    }
  }
  return out;
}

/** The whole listing of an ELF file, as `ringside disasm` prints it. */
export function elfListing(elf: ElfFile, fileName: string): string {
  const symbols = new SymbolTable(elf);
  const out: string[] = ['', `${fileName}:     file format elf32-i386`, ''];
  for (const region of codeRegions(elf)) {
    out.push('', `Disassembly of ${region.title}:`, ...listRegion(region, symbols));
  }
  return out.join('\n') + '\n';
}

function hex(n: number, width: number): string {
  return (n >>> 0).toString(16).padStart(width, '0');
}
