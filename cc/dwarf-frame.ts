// .debug_frame (DWARF call frame information) for cc's programs: one CIE, an
// FDE for every C function and one for every assembly routine that carries
// `.cfi_*` directives (src/isa/cfi.ts), e.g. the kernel's trap entry.
//
// A C function always starts with push ebp; mov ebp, esp and ends with its
// one epilogue mov esp, ebp; pop ebp; ret (cc/codegen.ts), so its rules are
// those of the bytes: CFA = ESP+4 at entry, ESP+8 after the push (EBP saved
// at CFA-8), EBP+8 once EBP is set up, ESP+8 again at the pop and ESP+4 at
// the ret. The bytes are checked: a function whose code does not match gets
// no FDE rather than a wrong one.
import type { LinkedImage } from '../src/isa/linked-image.ts';
import type { CfiOp, CfiProc } from '../src/isa/cfi.ts';
import { DWARF_REGS } from '../src/isa/cfi.ts';
import { Bytes } from './dwarf.ts';

const DW_CFA = {
  advance_loc: 0x40, offset: 0x80, restore: 0xc0, nop: 0x00, advance_loc1: 0x02, advance_loc2: 0x03, advance_loc4: 0x04,
  offset_extended_sf: 0x11, restore_extended: 0x06, undefined: 0x07, same_value: 0x08, remember_state: 0x0a,
  restore_state: 0x0b, def_cfa: 0x0c, def_cfa_register: 0x0d, def_cfa_offset: 0x0e,
} as const;
const CODE_ALIGN = 1;
const DATA_ALIGN = -4;
const ESP = DWARF_REGS.esp!;
const EBP = DWARF_REGS.ebp!;
const EIP = DWARF_REGS.eip!;

const PROLOGUE = [0x55, 0x89, 0xe5]; // push ebp; mov ebp, esp
const EPILOGUE = [0x89, 0xec, 0x5d, 0xc3]; // mov esp, ebp; pop ebp; ret

/** The .debug_frame bytes for C functions [start, start+size) and the image's CFI routines; null if none. */
export function buildDebugFrame(funcs: { start: number; size: number }[], image: LinkedImage): Uint8Array | null {
  const procs: CfiProc[] = [];
  for (const f of funcs) {
    const p = cFunctionRules(f.start, f.size, image);
    if (p) procs.push(p);
  }
  procs.push(...(image.cfi ?? []));
  if (procs.length === 0) return null;
  procs.sort((a, b) => a.start - b.start);
  const out = new Bytes();
  writeCie(out);
  for (const p of procs) writeFde(out, p);
  return out.result();
}

function cFunctionRules(start: number, size: number, image: LinkedImage): CfiProc | null {
  if (size < PROLOGUE.length + EPILOGUE.length) return null;
  const code = bytesAt(image, start, size);
  if (!code) return null;
  if (PROLOGUE.some((b, i) => code[i] !== b) || EPILOGUE.some((b, i) => code[size - EPILOGUE.length + i] !== b)) return null;
  const end = start + size;
  return {
    start, end, rules: [
      { addr: start + 1, op: { op: 'def_cfa_offset', offset: 8 } },
      { addr: start + 1, op: { op: 'offset', reg: EBP, offset: -8 } },
      { addr: start + 3, op: { op: 'def_cfa_register', reg: EBP } },
      { addr: end - 2, op: { op: 'def_cfa', reg: ESP, offset: 8 } }, // at pop ebp: ESP = EBP again
      { addr: end - 1, op: { op: 'def_cfa_offset', offset: 4 } }, // at ret
      { addr: end - 1, op: { op: 'restore', reg: EBP } },
    ],
  };
}

function bytesAt(image: LinkedImage, addr: number, size: number): Uint8Array | null {
  for (const s of image.sections) {
    if (s.nobits || addr < s.addr || addr + size > s.addr + s.bytes.length) continue;
    return s.bytes.subarray(addr - s.addr, addr - s.addr + size);
  }
  return null;
}

/** The one CIE, at offset 0: CFA = ESP+4, the return address (EIP) at CFA-4. */
function writeCie(out: Bytes): void {
  const start = out.length;
  out.u32(0); // length, patched
  out.u32(0xffffffff); // CIE_id
  out.u8(3); // version (DWARF 3: val_expression and friends may appear in .cfi_escape)
  out.u8(0); // augmentation ""
  out.uleb(CODE_ALIGN);
  out.sleb(DATA_ALIGN);
  out.uleb(EIP); // return address register
  out.u8(DW_CFA.def_cfa); out.uleb(ESP); out.uleb(4);
  out.u8(DW_CFA.offset | EIP); out.uleb(1); // EIP at CFA + 1 * -4
  pad(out, start);
}

function writeFde(out: Bytes, p: CfiProc): void {
  const start = out.length;
  out.u32(0); // length, patched
  out.u32(0); // CIE_pointer: the CIE at offset 0
  out.u32(p.start);
  out.u32(p.end - p.start);
  let loc = p.start;
  for (const r of p.rules) {
    advance(out, r.addr - loc);
    loc = r.addr;
    writeOp(out, r.op);
  }
  pad(out, start);
}

function advance(out: Bytes, delta: number): void {
  if (delta <= 0) return;
  if (delta < 0x40) out.u8(DW_CFA.advance_loc | delta);
  else if (delta <= 0xff) { out.u8(DW_CFA.advance_loc1); out.u8(delta); }
  else if (delta <= 0xffff) { out.u8(DW_CFA.advance_loc2); out.u16(delta); }
  else { out.u8(DW_CFA.advance_loc4); out.u32(delta); }
}

function writeOp(out: Bytes, op: CfiOp): void {
  switch (op.op) {
    case 'def_cfa': out.u8(DW_CFA.def_cfa); out.uleb(op.reg); out.uleb(op.offset); break;
    case 'def_cfa_offset': out.u8(DW_CFA.def_cfa_offset); out.uleb(op.offset); break;
    case 'def_cfa_register': out.u8(DW_CFA.def_cfa_register); out.uleb(op.reg); break;
    case 'offset': {
      // Factored by the data alignment (-4); offsets that do not factor, or
      // registers above 63, take the extended signed form.
      const factored = op.offset / DATA_ALIGN;
      if (Number.isInteger(factored) && factored >= 0 && op.reg < 0x40) { out.u8(DW_CFA.offset | op.reg); out.uleb(factored); }
      else { out.u8(DW_CFA.offset_extended_sf); out.uleb(op.reg); out.sleb(Math.trunc(factored)); }
      break;
    }
    case 'restore':
      if (op.reg < 0x40) out.u8(DW_CFA.restore | op.reg);
      else { out.u8(DW_CFA.restore_extended); out.uleb(op.reg); }
      break;
    case 'undefined': out.u8(DW_CFA.undefined); out.uleb(op.reg); break;
    case 'same_value': out.u8(DW_CFA.same_value); out.uleb(op.reg); break;
    case 'remember_state': out.u8(DW_CFA.remember_state); break;
    case 'restore_state': out.u8(DW_CFA.restore_state); break;
    case 'escape': out.all(op.bytes); break;
  }
}

/** Pads an entry with DW_CFA_nop to a multiple of the address size and patches its length. */
function pad(out: Bytes, start: number): void {
  while ((out.length - start) % 4 !== 0) out.u8(DW_CFA.nop);
  out.patch32(start, out.length - start - 4);
}
