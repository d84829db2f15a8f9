// ELF32 constants used by the writer and the reader (System V gABI, i386 psABI).

export const EHDR_SIZE = 52;
export const PHDR_SIZE = 32;
export const SHDR_SIZE = 40;
export const SYM_SIZE = 16;

export const ELFCLASS32 = 1;
export const ELFDATA2LSB = 1;
export const EV_CURRENT = 1;
export const ET_EXEC = 2;
export const EM_386 = 3;

export const PT_LOAD = 1;
export const PF_X = 1, PF_W = 2, PF_R = 4;

export const SHT_NULL = 0, SHT_PROGBITS = 1, SHT_SYMTAB = 2, SHT_STRTAB = 3, SHT_NOBITS = 8;
export const SHF_WRITE = 1, SHF_ALLOC = 2, SHF_EXECINSTR = 4;
export const SHN_UNDEF = 0, SHN_ABS = 0xfff1;

export const STB_LOCAL = 0, STB_GLOBAL = 1;
export const STT_NOTYPE = 0, STT_OBJECT = 1, STT_FUNC = 2;

/**
 * The ".ringside.lines" section (not loaded) holds the address → source line table:
 *   u32 magic "RSL1" (bytes 52 53 4C 31), u32 file count, u32 entry count,
 *   entry count × { u32 address, u32 file index, u32 line } sorted by address,
 *   then file count NUL-terminated UTF-8 file names.
 * All numbers little-endian.
 */
export const LINES_SECTION = '.ringside.lines';
export const LINES_MAGIC = 0x314c5352; // "RSL1" read as a little-endian u32
