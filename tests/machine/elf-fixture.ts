// Builds minimal ELF32 executables by hand for the machine tests: an ELF header,
// one program header per segment, then the segment bytes. No sections.

export interface FixtureSegment {
  paddr: number;
  vaddr?: number;
  data: Uint8Array;
  /** Defaults to data.length; larger values add zero-filled bss. */
  memsz?: number;
  type?: number;
}

export function buildElf(entry: number, segments: FixtureSegment[], opts: { machine?: number } = {}): Uint8Array {
  const ehsize = 52;
  const phentsize = 32;
  let offset = ehsize + phentsize * segments.length;
  const offsets = segments.map((s) => {
    const at = offset;
    offset += s.data.length;
    return at;
  });
  const out = new Uint8Array(offset);
  const v = new DataView(out.buffer);
  out.set([0x7f, 0x45, 0x4c, 0x46, 1, 1, 1]); // ELFCLASS32, little-endian, version 1
  v.setUint16(16, 2, true); // ET_EXEC
  v.setUint16(18, opts.machine ?? 3, true); // EM_386
  v.setUint32(20, 1, true);
  v.setUint32(24, entry, true);
  v.setUint32(28, ehsize, true); // e_phoff
  v.setUint32(32, 0, true); // e_shoff
  v.setUint16(40, ehsize, true);
  v.setUint16(42, phentsize, true);
  v.setUint16(44, segments.length, true);
  v.setUint16(46, 40, true);
  segments.forEach((s, i) => {
    const ph = ehsize + i * phentsize;
    v.setUint32(ph, s.type ?? 1, true); // PT_LOAD
    v.setUint32(ph + 4, offsets[i]!, true);
    v.setUint32(ph + 8, s.vaddr ?? s.paddr, true);
    v.setUint32(ph + 12, s.paddr, true);
    v.setUint32(ph + 16, s.data.length, true);
    v.setUint32(ph + 20, s.memsz ?? s.data.length, true);
    v.setUint32(ph + 24, 7, true); // RWX
    v.setUint32(ph + 28, 4, true);
    out.set(s.data, offsets[i]!);
  });
  return out;
}

export function hexBytes(hex: string): Uint8Array {
  const clean = hex.replace(/\s+/g, '');
  const out = new Uint8Array(clean.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(clean.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** A multiboot header (magic, flags, checksum) as bytes. */
export function multibootHeader(flags = 0x3, checksumDelta = 0): Uint8Array {
  const h = new Uint8Array(12);
  const v = new DataView(h.buffer);
  v.setUint32(0, 0x1badb002, true);
  v.setUint32(4, flags, true);
  v.setUint32(8, (-(0x1badb002 + flags) + checksumDelta) >>> 0, true);
  return h;
}
