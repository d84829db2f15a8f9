// A frame-pointer unwinder for cc's code (every C function starts with
// `push ebp; mov ebp, esp`), which also walks through the kernel's trap
// frame: from a kernel frame inside trap() into the ring-3 code the
// `int 0x80` or fault interrupted, so one backtrace shows kernel frames, the
// trap, and the user frames below it. UI-free: the TUI and the gdb side use it.
import type { Cpu } from '../cpu/cpu.ts';
import { disassembleOne } from '../isa/disassembler.ts';
import type { DebugInfo, FunctionInfo } from './debug-info.ts';

/** What the unwinder reads: linear memory through the current page tables, and the registers. */
export interface DebugTarget {
  read(addr: number, len: number): Uint8Array | null;
  eip: number;
  esp: number;
  ebp: number;
  cpl: number;
  /** TSS.esp0: the top of the current kernel stack (0 when unknown). */
  esp0: number;
}

/** Which image's debug information covers an address (the kernel's, or the running program's). */
export interface DebugInfoSource {
  infoFor(pc: number): DebugInfo | null;
}

export interface CodeFrame {
  kind: 'code';
  /** 0 for the innermost frame. */
  level: number;
  pc: number;
  /** The frame's EBP as its function's body sees it (DW_OP_fbreg's base). */
  frameBase: number;
  /** ESP just before the call that made this frame (return address at cfa-4). */
  cfa: number;
  fn: FunctionInfo | null;
  /** The function's name (or the nearest symbol's, +offset), or "??". */
  name: string;
  file: string | null;
  line: number | null;
  info: DebugInfo | null;
}

export interface TrapFrame {
  kind: 'trap';
  /** Address of the kernel's struct trapframe (0 when it was not built yet: stopped in an entry stub). */
  address: number;
  vector: number;
  fromRing: number;
  eip: number;
}

export type Frame = CodeFrame | TrapFrame;

const MAX_FRAMES = 64;
// struct trapframe (kernel/trap.h): gs fs es ds, the pushad block, vector, error, then what the CPU pushed.
const TF_EBP = 6 * 4, TF_VECTOR = 12 * 4, TF_EIP = 14 * 4, TF_CS = 15 * 4, TF_USER_ESP = 17 * 4;
const TF_KERNEL_SIZE = 17 * 4; // no user ESP and SS when the trap came from ring 0
const TF_USER_SIZE = 19 * 4;
// Kernel entry code that runs on the trap's stack with no frame of its own.
const TRAP_ENTRY = /^(trap_stub_\d+|trap_common|trap_return)$/;
const USER_BASE = 0x40000000;

export function targetFromCpu(cpu: Cpu): DebugTarget {
  let esp0 = 0;
  if (cpu.tr.selector !== 0 && cpu.tr.limit >= 11) {
    const b = cpu.debugReadLinear((cpu.tr.base + 4) >>> 0, 4);
    if (b) esp0 = (b[0]! | (b[1]! << 8) | (b[2]! << 16) | (b[3]! << 24)) >>> 0;
  }
  return {
    read: (addr, len) => cpu.debugReadLinear(addr >>> 0, len),
    eip: (cpu.segBase[1]! + cpu.eip) >>> 0,
    esp: (cpu.segBase[2]! + cpu.regs[4]!) >>> 0,
    ebp: cpu.regs[5]! >>> 0,
    cpl: cpu.cpl,
    esp0,
  };
}

export function read32(t: DebugTarget, addr: number): number | null {
  const b = t.read(addr >>> 0, 4);
  return b ? (b[0]! | (b[1]! << 8) | (b[2]! << 16) | (b[3]! << 24)) >>> 0 : null;
}

interface Regs { pc: number; esp: number; ebp: number }

/** Where frame 0 (or the code a trap interrupted) keeps its return address, from where `pc` is in its function. */
export interface FrameShape {
  cfa: number;
  frameBase: number;
  callerEbp: number;
}

/** The frame of code stopped at an arbitrary instruction: in a C function's
 *  prologue or at its `ret`, or in an assembly routine without a frame (the
 *  syscall wrappers: pushes counted from its start). Null when it cannot tell. */
export function innermostShape(t: DebugTarget, info: DebugInfo | null, r: Regs): FrameShape | null {
  const fn = info?.functionAt(r.pc) ?? null;
  const start = fn?.low ?? info?.symbolAt(r.pc)?.address ?? null;
  if (start === null) return bodyShape(t, r.ebp);
  const head = t.read(start, 3);
  const framed = head !== null && head[0] === 0x55 && head[1] === 0x89 && head[2] === 0xe5; // push ebp; mov ebp, esp
  const op = t.read(r.pc, 1)?.[0];
  if (framed) {
    if (r.pc === start) return { cfa: r.esp + 4, frameBase: r.esp - 4, callerEbp: r.ebp };
    if (r.pc === start + 1) return { cfa: r.esp + 8, frameBase: r.esp, callerEbp: read32(t, r.esp) ?? 0 };
    if (op === 0xc3 || op === 0xc2) return { cfa: r.esp + 4, frameBase: r.esp - 4, callerEbp: r.ebp }; // after pop ebp
    return bodyShape(t, r.ebp);
  }
  // Assembly without a frame: count what it pushed from its start to pc (straight-line code only).
  let depth = 0;
  let at = start;
  for (let n = 0; at < r.pc && n < 64; n++) {
    const bytes = t.read(at, 16);
    if (!bytes) return null;
    const insn = disassembleOne(bytes, 0, at);
    if (insn.length <= 0) return null;
    const m = insn.mnemonic;
    const text = `${m} ${insn.operands}`;
    if (m === 'push') depth += 4;
    else if (m === 'pop') depth -= 4;
    else if (m === 'pushad' || m === 'pusha') depth += 32;
    else if (m === 'popad' || m === 'popa') depth -= 32;
    else {
      const adj = /^(sub|add)\s+esp,\s*(0x[0-9a-f]+|\d+)$/i.exec(text);
      if (adj) depth += (adj[1] === 'sub' ? 1 : -1) * Number(adj[2]);
      else if (/^(j|call|ret|iret|loop)/.test(m)) return null;
    }
    at += insn.length;
  }
  const cfa = r.esp + depth + 4;
  return { cfa, frameBase: cfa - 8, callerEbp: r.ebp };
}

function bodyShape(t: DebugTarget, ebp: number): FrameShape | null {
  const callerEbp = read32(t, ebp);
  return callerEbp === null ? null : { cfa: (ebp + 8) >>> 0, frameBase: ebp, callerEbp };
}

/** The frames from the innermost outward: code frames and the trap frames between them. */
export function backtrace(t: DebugTarget, src: DebugInfoSource, limit = MAX_FRAMES): Frame[] {
  const frames: Frame[] = [];
  let regs: Regs = { pc: t.eip, esp: t.esp, ebp: t.ebp };
  let innermost = true; // frame 0, or the code a trap interrupted: stopped anywhere
  let lastCfa = 0;
  let inKernel = t.cpl === 0 && t.eip < USER_BASE;
  while (frames.length < limit) {
    const info = src.infoFor(regs.pc);
    const sym = info?.symbolAt(regs.pc) ?? null;
    const level = frames.filter((f) => f.kind === 'code').length;
    // Stopped in the kernel's entry stubs: the trap frame is at the top of the kernel stack.
    if (inKernel && sym && TRAP_ENTRY.test(sym.name)) {
      frames.push(codeFrame(level, regs.pc, regs.esp, 0, info)); // cfa 0: no caller to return to
      // From ring 3 the entry code runs at the top of the kernel stack (the trap frame, the call
      // to trap()); deeper, it interrupted the kernel itself, and what it pushed is not found here.
      const user = regs.esp >= t.esp0 - TF_USER_SIZE - 8 ? cpuPushedFrame(t) : null;
      if (!user) break;
      frames.push({ kind: 'trap', address: 0, vector: -1, fromRing: user.cs & 3, eip: user.eip });
      if ((user.cs & 3) === 0) break;
      regs = { pc: user.eip, esp: user.esp, ebp: regs.ebp };
      innermost = true;
      inKernel = false;
      lastCfa = 0;
      continue;
    }
    const shape = innermost ? innermostShape(t, info, regs) : bodyShape(t, regs.ebp);
    if (!shape) {
      frames.push(codeFrame(level, regs.pc, regs.ebp, regs.esp + 4, info));
      break;
    }
    if (!innermost && shape.cfa <= lastCfa) break; // the chain went back down the stack: corrupt
    frames.push(codeFrame(level, regs.pc, shape.frameBase, shape.cfa, info));
    lastCfa = shape.cfa;
    const ret = read32(t, shape.cfa - 4);
    if (ret === null || ret < 0x1000) break; // no return address: the outermost frame
    const retInfo = src.infoFor(ret);
    const retSym = retInfo?.symbolAt(ret)?.name ?? '';
    if (inKernel && retSym === 'trap_common') {
      // trap(struct trapframe *frame) was called by trap_common: its argument is the frame.
      const tf = read32(t, shape.cfa);
      const tfr = tf === null ? null : readTrapFrame(t, tf);
      if (tf === null || !tfr) break;
      frames.push({ kind: 'trap', address: tf, vector: tfr.vector, fromRing: tfr.cs & 3, eip: tfr.eip });
      const fromUser = (tfr.cs & 3) !== 0;
      regs = { pc: tfr.eip, esp: fromUser ? tfr.userEsp : (tf + TF_KERNEL_SIZE) >>> 0, ebp: tfr.ebp };
      inKernel = !fromUser;
      innermost = true;
      lastCfa = 0;
      continue;
    }
    if (!retInfo?.functionAt(ret) && !retInfo?.symbolAt(ret)) break;
    regs = { pc: ret, esp: shape.cfa, ebp: shape.callerEbp };
    innermost = false;
    if (shape.callerEbp === 0) {
      frames.push(codeFrame(level + 1, ret, 0, 0, retInfo));
      break;
    }
  }
  return frames;
}

function codeFrame(level: number, pc: number, frameBase: number, cfa: number, info: DebugInfo | null): CodeFrame {
  const fn = info?.functionAt(pc) ?? null;
  const sym = fn ? null : (info?.symbolAt(pc) ?? null);
  const name = fn ? cName(fn.name) : sym ? cName(sym.name) + (pc === sym.address ? '' : `+0x${(pc - sym.address).toString(16)}`) : '??';
  // A return address is just past the call: its line is the call's (pc - 1).
  const row = info?.lineAt(level > 0 ? pc - 1 : pc) ?? null;
  return { kind: 'code', level, pc, frameBase: frameBase >>> 0, cfa: cfa >>> 0, fn, name, file: row?.file ?? null, line: row?.line ?? null, info };
}

function readTrapFrame(t: DebugTarget, tf: number): { eip: number; cs: number; ebp: number; userEsp: number; vector: number } | null {
  const b = t.read(tf, TF_USER_ESP + 4);
  if (!b) return null;
  const at = (o: number) => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
  return { eip: at(TF_EIP), cs: at(TF_CS) & 0xffff, ebp: at(TF_EBP), userEsp: at(TF_USER_ESP), vector: at(TF_VECTOR) };
}

/** What the CPU pushed on entry from ring 3: EIP, CS, EFLAGS, ESP, SS at the top of the kernel stack. */
function cpuPushedFrame(t: DebugTarget): { eip: number; cs: number; esp: number } | null {
  if (!t.esp0) return null;
  const b = t.read(t.esp0 - 20, 20);
  if (!b) return null;
  const at = (o: number) => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
  const cs = at(4) & 0xffff;
  if ((cs & 3) !== 3) return null;
  return { eip: at(0), cs, esp: at(12) };
}

/** A trap's vector as people say it: "int 0x80 (syscall)", "#PF", "IRQ 0". */
export function vectorName(v: number): string {
  if (v < 0) return 'interrupt';
  if (v === 0x80) return 'int 0x80 (syscall)';
  if (v >= 0x20 && v < 0x30) return `IRQ ${v - 0x20}`;
  const names = ['#DE', '#DB', 'NMI', '#BP', '#OF', '#BR', '#UD', '#NM', '#DF', 'coprocessor overrun', '#TS', '#NP', '#SS', '#GP', '#PF', 'vector 15', '#MF', '#AC', '#MC', '#XM'];
  return names[v] ?? `vector ${v}`;
}

/** One line for a frame, as a backtrace shows it. */
export function describeFrame(f: Frame): string {
  if (f.kind === 'trap') {
    const what = f.address ? vectorName(f.vector) : 'trap entry';
    return `--- ${what} from ring ${f.fromRing} at 0x${f.eip.toString(16).padStart(8, '0')} ---`;
  }
  const where = f.file && f.line !== null ? ` at ${f.file}:${f.line}` : '';
  return `#${f.level} 0x${f.pc.toString(16).padStart(8, '0')} in ${f.name}${where}`;
}

/** cc names file-static symbols `__s<N>_name`; people know them by `name`. */
export function cName(symbol: string): string {
  const m = /^__s\d+_(.+)$/.exec(symbol);
  return m ? m[1]! : symbol;
}
