// Code generator: typed AST → NASM-flavoured i386 assembly text.
// A simple stack machine in the style of chibicc: every expression leaves its
// value in EAX (structs: their address); binary operators park one operand on
// the stack unless it is a constant or a variable that loads in one instruction.
// cdecl: args pushed right to left, caller pops, result in EAX.
// 64-bit integers live in EDX:EAX (low half in EAX); their division and
// remainder call the runtime's __divdi3 family (cc/runtime/int64.c).
// float and double values live in ST0 (float-codegen.ts): one x87 register at
// a time, with a parked operand on the CPU stack, so calls see an empty FPU stack.
import type { Expr, Func, Program, Stmt } from './ast.ts';
import { CompileError, formatDiagnostic, type SrcPos } from './diagnostics.ts';
import { asmSymbol as sym } from './asm-names.ts';
import { exactValue, isCompare, low32 } from './expr-build.ts';
import { alignTo, alignOf, is64, isFloat, sizeOf, type Type } from './types.ts';
import { FloatGen } from './float-codegen.ts';

/** `omit`: global functions left out (a user program's own definition replaces the runtime's). */
export function generate(prog: Program, omit: ReadonlySet<string> = new Set()): string {
  if (omit.size > 0) prog = { ...prog, funcs: prog.funcs.filter((f) => f.isStatic || !omit.has(f.asmName)) };
  return new CodeGen(prog).run();
}

const SIGNED_CC: Record<string, string> = { '==': 'e', '!=': 'ne', '<': 'l', '<=': 'le', '>': 'g', '>=': 'ge' };
const UNSIGNED_CC: Record<string, string> = { '==': 'e', '!=': 'ne', '<': 'b', '<=': 'be', '>': 'a', '>=': 'ae' };
/** Operators whose constant right operand can be an immediate. */
const IMMEDIATE_OPS: Partial<Record<string, string>> = { '+': 'add', '-': 'sub', '&': 'and', '|': 'or', '^': 'xor', '<<': 'shl', '>>': 'sar' };
/** 64-bit operators done half by half: the instruction for the low half, then the high half (with carry). */
const PAIR_OPS: Partial<Record<string, [string, string]>> = {
  '+': ['add', 'adc'], '-': ['sub', 'sbb'], '&': ['and', 'and'], '|': ['or', 'or'], '^': ['xor', 'xor'],
};
/** Each condition code's inverse. */
const CC_INVERSE: Record<string, string> = {
  e: 'ne', ne: 'e', l: 'ge', ge: 'l', le: 'g', g: 'le', b: 'ae', ae: 'b', be: 'a', a: 'be',
};

class CodeGen {
  private out: string[] = [];
  private fn!: Func;
  private label = 0;
  private lastLine = '';
  /** Runtime routines the generated code calls (the 64-bit division helpers). */
  private helpers = new Set<string>();
  private fp: FloatGen;

  constructor(private prog: Program) {
    this.fp = new FloatGen({
      emit: (s) => this.emit(s), raw: (s) => this.raw(s), newLabel: () => this.newLabel(),
      expr: (e) => this.expr(e), helper: (n) => this.helpers.add(n),
    }, prog.unitPrefix);
  }

  private emit(s: string): void { this.out.push('    ' + s); }
  private raw(s: string): void { this.out.push(s); }
  private newLabel(): string { return `.Lc${++this.label}`; }

  private internal(pos: SrcPos, msg: string): never {
    throw new CompileError([formatDiagnostic(pos, `internal compiler error: ${msg}`)]);
  }

  run(): string {
    const defined = new Set<string>();
    for (const f of this.prog.funcs) defined.add(f.asmName);
    for (const g of this.prog.globals) if (g.isDefined) defined.add(g.asmName);
    for (const s of this.prog.strings) defined.add(s.label);
    // Labels defined by asm("...") text count as defined here too (NASM rejects extern + definition).
    const asmText = [...this.prog.topAsm, ...this.prog.funcs.flatMap((f) => asmTexts(f.body))].join('\n');
    for (const m of asmText.matchAll(/^\s*\$?([A-Za-z_.?@][\w.?@$]*)\s*:/gm)) defined.add(m[1]!);
    const externs = [...this.prog.referenced].filter((n) => !defined.has(n)).sort();
    for (const n of externs) this.raw(`extern ${sym(n)}`);
    const helperExternsAt = this.out.length;

    for (const a of this.prog.topAsm) this.raw(a);
    this.raw('section .text');
    for (const f of this.prog.funcs) this.func(f);
    // Helpers are known only once the code is generated; their externs join the others at the top.
    const helperExterns = [...this.helpers].filter((n) => !defined.has(n) && !externs.includes(n)).sort();
    this.out.splice(helperExternsAt, 0, ...helperExterns.map((n) => `extern ${sym(n)}`));

    const consts = this.fp.constants();
    if (this.prog.strings.length > 0 || consts.length > 0) {
      this.raw('section .rodata');
      for (const s of this.prog.strings) {
        this.raw(`${s.label}:    ; ${JSON.stringify(String.fromCharCode(...s.bytes.slice(0, Math.min(60, s.bytes.length - 1)))).slice(0, 60)}`);
        this.dataBytes(s.bytes, []);
      }
      for (const c of consts) {
        this.raw(`${c.label}:    ; ${c.value}`);
        this.dataBytes(c.bytes, []);
      }
    }
    const data = this.prog.globals.filter((g) => g.isDefined && g.init);
    if (data.length > 0) {
      this.raw('section .data');
      for (const g of data) {
        if (!g.isStatic) this.raw(`global ${sym(g.asmName)}`);
        this.raw(`${sym(g.asmName)}:`);
        // Pad every object to a multiple of 4 so the next one stays aligned without `align`.
        const bytes = [...g.init!.bytes];
        while (bytes.length % 4 !== 0 || bytes.length === 0) bytes.push(0);
        this.dataBytes(bytes, g.init!.relocs);
      }
    }
    const bss = this.prog.globals.filter((g) => g.isDefined && !g.init);
    if (bss.length > 0) {
      this.raw('section .bss');
      for (const g of bss) {
        if (!g.isStatic) this.raw(`global ${sym(g.asmName)}`);
        this.raw(`${sym(g.asmName)}:`);
        this.emit(`resb ${alignTo(Math.max(sizeOf(g.type), 1), 4)}`);
      }
    }
    return this.out.join('\n') + '\n';
  }

  private dataBytes(bytes: number[], relocs: { offset: number; label: string; addend: number }[]): void {
    const at = new Map(relocs.map((r) => [r.offset, r]));
    let run: number[] = [];
    const flush = () => { if (run.length) this.emit(`db ${run.join(', ')}`); run = []; };
    for (let i = 0; i < bytes.length;) {
      const r = at.get(i);
      if (r) {
        flush();
        // An escaped name goes in parentheses: `dd ($add)` reads as data in every assembler we target.
        const name = sym(r.label);
        this.emit(`dd ${name.startsWith('$') ? `(${name})` : name}${r.addend > 0 ? '+' + r.addend : r.addend < 0 ? String(r.addend) : ''}`);
        i += 4;
        continue;
      }
      // Long runs of zeros (a big array with a short initializer) stay short in the text.
      let zeros = 0;
      while (i + zeros < bytes.length && bytes[i + zeros] === 0 && !at.has(i + zeros)) zeros++;
      if (zeros >= 32) {
        flush();
        this.emit(`times ${zeros} db 0`);
        i += zeros;
        continue;
      }
      run.push(bytes[i]!);
      if (run.length === 16) flush();
      i++;
    }
    flush();
  }

  // ---- functions ----
  private func(f: Func): void {
    this.fn = f;
    this.lastLine = '';
    // Parameters sit above the return address; a struct result's hidden pointer comes first.
    let argOff = 8;
    if (f.retBuf) { f.retBuf.offset = argOff; argOff += 4; }
    for (const p of f.params) { p.offset = argOff; argOff += alignTo(sizeOf(p.type), 4); }
    let frame = 0;
    for (const l of f.locals) {
      frame += sizeOf(l.type);
      frame = alignTo(frame, Math.min(4, Math.max(1, alignOf(l.type))));
      l.offset = -frame;
    }
    frame = alignTo(frame, 4);
    f.stackSize = frame;
    this.raw('');
    if (!f.isStatic) this.raw(`global ${sym(f.asmName)}`);
    this.raw(`${sym(f.asmName)}:`);
    this.line(f.pos);
    this.emit('push ebp');
    this.emit('mov ebp, esp');
    if (frame > 0) this.emit(`sub esp, ${frame}`);
    this.stmt(f.body);
    if (f.name === 'main') this.emit('xor eax, eax'); // main falls off the end: return 0
    this.raw('.Lreturn:');
    this.emit('mov esp, ebp');
    this.emit('pop ebp');
    this.emit('ret');
  }

  private line(pos: SrcPos): void {
    const key = `${pos.line}+0 ${pos.file.name}`;
    if (key === this.lastLine) return;
    this.lastLine = key;
    this.raw(`%line ${key}`);
  }

  // ---- statements ----
  private stmt(s: Stmt): void {
    if (s.k !== 'block') this.line(s.pos);
    switch (s.k) {
      case 'block': for (const x of s.body) this.stmt(x); return;
      case 'expr': this.discard(s.e); return;
      case 'return':
        if (s.e) {
          this.expr(s.e);
          if (s.e.type.kind === 'struct' && this.fn.retBuf) {
            this.emit(`mov ecx, [ebp+${this.fn.retBuf.offset}]`);
            this.copy(s.e.type);
            this.emit(`mov eax, [ebp+${this.fn.retBuf.offset}]`);
          }
        }
        this.emit('jmp .Lreturn');
        return;
      case 'if': {
        const els = this.newLabel(), end = this.newLabel();
        this.branchFalse(s.c, els);
        this.stmt(s.then);
        if (s.els) this.emit(`jmp ${end}`);
        this.raw(`${els}:`);
        if (s.els) { this.stmt(s.els); this.raw(`${end}:`); }
        return;
      }
      case 'for': {
        const top = this.newLabel();
        if (s.init) this.stmt(s.init);
        this.raw(`${top}:`);
        if (s.c) this.branchFalse(s.c, s.brk);
        this.stmt(s.body);
        this.raw(`${s.cont}:`);
        if (s.inc) this.discard(s.inc);
        this.emit(`jmp ${top}`);
        this.raw(`${s.brk}:`);
        return;
      }
      case 'do': {
        const top = this.newLabel();
        this.raw(`${top}:`);
        this.stmt(s.body);
        this.raw(`${s.cont}:`);
        this.branch(s.c, top, true);
        this.raw(`${s.brk}:`);
        return;
      }
      case 'switch':
        this.expr(s.e);
        for (const c of s.cases) {
          this.emit(`cmp eax, ${low32(c.value)}`);
          if (!is64(s.e.type)) { this.emit(`je ${c.label}`); continue; }
          const next = this.newLabel();
          this.emit(`jne ${next}`);
          this.emit(`cmp edx, ${low32(c.value >> 32n)}`);
          this.emit(`je ${c.label}`);
          this.raw(`${next}:`);
        }
        this.emit(`jmp ${s.dflt ?? s.brk}`);
        this.stmt(s.body);
        this.raw(`${s.brk}:`);
        return;
      case 'case': this.raw(`${s.label}:`); this.stmt(s.body); return;
      case 'label': this.raw(`${s.label}:`); this.stmt(s.body); return;
      case 'goto': case 'jump': this.emit(`jmp ${s.label}`); return;
      case 'asm': for (const l of s.text.split('\n')) this.emit(l.trim()); return;
    }
  }

  /** Evaluate for side effects only: `i++` as a statement needs no `- 1` to recover the old value. */
  private discard(e: Expr): void {
    if (e.k === 'cast') return this.discard(e.e);
    if (e.k === 'binop' && (e.op === '+' || e.op === '-') && e.rhs.k === 'num') return this.discard(e.lhs);
    if (e.k === 'comma') { this.discard(e.lhs); this.discard(e.rhs); return; }
    this.expr(e);
    if (isFloat(e.type)) this.emit('fstp st0'); // nothing may stay on the FPU stack
  }

  /** Jump to `target` when the scalar condition is zero (or, with `when`, nonzero). */
  private branchFalse(c: Expr, target: string): void { this.branch(c, target, false); }

  private branch(c: Expr, target: string, when: boolean): void {
    if (c.k === 'num') { if ((c.value !== 0) === when) this.emit(`jmp ${target}`); return; }
    if (c.k === 'not') { this.branch(c.e, target, !when); return; }
    if (c.k === 'logand' || c.k === 'logor') {
      // Jump when the whole is `when`: for && false (|| true) the first operand decides early.
      const decidesEarly = (c.k === 'logand') !== when;
      if (decidesEarly) { this.branch(c.lhs, target, when); this.branch(c.rhs, target, when); return; }
      const skip = this.newLabel();
      this.branch(c.lhs, skip, !when);
      this.branch(c.rhs, target, when);
      this.raw(`${skip}:`);
      return;
    }
    if (c.k === 'binop' && isCompare(c.op) && isFloat(c.lhs.type)) { this.fp.branch(c, target, when); return; }
    if (c.k === 'binop' && isCompare(c.op) && is64(c.lhs.type)) { this.branch64(c, target, when); return; }
    if (c.k === 'binop' && isCompare(c.op)) {
      const cc = (c.unsigned ? UNSIGNED_CC : SIGNED_CC)[c.op]!;
      if (c.rhs.k === 'num') {
        this.expr(c.lhs);
        this.emit(`cmp eax, ${c.rhs.value | 0}`);
      } else {
        this.operands(c);
        this.emit('cmp eax, ecx');
      }
      this.emit(`j${when ? cc : CC_INVERSE[cc]!} ${target}`);
      return;
    }
    this.expr(c);
    this.emit('test eax, eax');
    this.emit(`${when ? 'jne' : 'je'} ${target}`);
  }

  /**
   * A 64-bit comparison as a jump: the high halves decide unless they are
   * equal, then the low halves (unsigned). The right operand is an immediate
   * pair or comes off the stack (low half into ECX; LEA pops without touching flags).
   */
  private branch64(c: Extract<Expr, { k: 'binop' }>, target: string, when: boolean): void {
    let lo: string;
    if (c.rhs.k === 'num') {
      const v = exactValue(c.rhs);
      this.expr(c.lhs);
      this.emit(`cmp edx, ${low32(v >> 32n)}`);
      lo = String(low32(v));
    } else {
      this.expr(c.rhs);
      this.emit('push edx');
      this.emit('push eax');
      this.expr(c.lhs);
      this.emit('pop ecx');
      this.emit('cmp edx, dword [esp]');
      this.emit('lea esp, [esp+4]');
      lo = 'ecx';
    }
    const skip = this.newLabel();
    const yes = when ? target : skip, no = when ? skip : target;
    if (c.op === '==' || c.op === '!=') {
      this.emit(`jne ${c.op === '==' ? no : yes}`);
    } else {
      const less = c.unsigned ? 'b' : 'l', greater = c.unsigned ? 'a' : 'g';
      const below = c.op === '<' || c.op === '<=';
      this.emit(`j${below ? less : greater} ${yes}`);
      this.emit(`j${below ? greater : less} ${no}`);
    }
    this.emit(`cmp eax, ${lo}`);
    const cc = UNSIGNED_CC[c.op]!;
    this.emit(`j${when ? cc : CC_INVERSE[cc]!} ${target}`);
    this.raw(`${skip}:`);
  }

  /** Left operand into EAX, right into ECX; simple right operands skip the stack. */
  private operands(e: Extract<Expr, { k: 'binop' }>): void {
    const simple = this.simpleOperand(e.rhs);
    if (simple) {
      this.expr(e.lhs);
      for (const ins of simple) this.emit(ins);
      return;
    }
    this.expr(e.rhs);
    this.emit('push eax');
    this.expr(e.lhs);
    this.emit('pop ecx');
  }

  /** Instructions computing a simple right operand into ECX without touching EAX. */
  private simpleOperand(e: Expr): string[] | undefined {
    const one = this.simpleLoad(e, 'ecx');
    if (one) return [one];
    // A scaled index (i * 2^k), as pointer arithmetic produces.
    if (e.k === 'binop' && e.op === '*' && e.rhs.k === 'num' && e.rhs.value > 0 && (e.rhs.value & (e.rhs.value - 1)) === 0) {
      const load = this.simpleLoad(e.lhs, 'ecx');
      if (load) return [load, `shl ecx, ${Math.log2(e.rhs.value)}`];
    }
    return undefined;
  }

  /** A constant or a 4-byte variable can be pushed without going through EAX. */
  private directPush(e: Expr): string | undefined {
    if (e.k === 'num' && !is64(e.type)) return `push dword ${e.value | 0}`;
    if (e.k === 'var' && (e.type.kind === 'ptr' || (e.type.kind === 'int' && e.type.size === 4)))
      return `push dword ${e.v.isLocal ? `[ebp${signed(e.v.offset)}]` : `[${sym(e.v.asmName)}]`}`;
    return undefined;
  }

  /** One instruction that loads a constant or a scalar variable into `reg`, if possible. */
  private simpleLoad(e: Expr, reg: 'ecx'): string | undefined {
    if (is64(e.type)) return undefined;
    if (e.k === 'num') return `mov ${reg}, ${e.value | 0}`;
    if (e.k !== 'var' || (e.type.kind !== 'int' && e.type.kind !== 'ptr')) return undefined;
    const mem = e.v.isLocal ? `[ebp${signed(e.v.offset)}]` : `[${sym(e.v.asmName)}]`;
    const t = e.type;
    if (t.kind === 'int' && t.size === 1) return `${t.unsigned ? 'movzx' : 'movsx'} ${reg}, byte ${mem}`;
    if (t.kind === 'int' && t.size === 2) return `${t.unsigned ? 'movzx' : 'movsx'} ${reg}, word ${mem}`;
    return `mov ${reg}, dword ${mem}`;
  }

  // ---- expressions ----
  /** Load the scalar at `mem` (default: the address in EAX) into EAX (64-bit: EDX:EAX), widening to 32 bits. */
  private load(t: Type, mem = '[eax]'): void {
    if (t.kind === 'array' || t.kind === 'struct' || t.kind === 'func') return;
    if (t.kind === 'float') { this.emit(`fld ${t.size === 4 ? 'dword' : 'qword'} ${mem}`); return; }
    if (is64(t)) {
      // The high half first when the address is in EAX, which the low half overwrites.
      this.emit(`mov edx, dword ${highHalf(mem)}`);
      this.emit(`mov eax, dword ${mem}`);
      return;
    }
    if (t.kind === 'int' && t.size === 1) this.emit(`${t.unsigned ? 'movzx' : 'movsx'} eax, byte ${mem}`);
    else if (t.kind === 'int' && t.size === 2) this.emit(`${t.unsigned ? 'movzx' : 'movsx'} eax, word ${mem}`);
    else this.emit(`mov eax, dword ${mem}`);
  }

  /** Store EAX (or, for structs, the object at EAX) to the address in ECX; EAX keeps the value. */
  private store(t: Type): void {
    if (t.kind === 'struct') { this.copy(t); this.emit('mov eax, ecx'); return; }
    if (t.kind === 'float') { this.fp.store(t, '[ecx]'); return; }
    const size = sizeOf(t);
    if (size === 8) { this.emit('mov [ecx], eax'); this.emit('mov [ecx+4], edx'); return; }
    if (size === 1) this.emit('mov [ecx], al');
    else if (size === 2) this.emit('mov [ecx], ax');
    else this.emit('mov [ecx], eax');
  }

  /** Copy a struct from [EAX] to [ECX]; ECX is preserved. */
  private copy(t: Type): void {
    this.emit('push esi');
    this.emit('push edi');
    this.emit('push ecx');
    this.emit('mov esi, eax');
    this.emit('mov edi, ecx');
    this.emit(`mov ecx, ${sizeOf(t)}`);
    this.emit('cld');
    this.emit('rep movsb');
    this.emit('pop ecx');
    this.emit('pop edi');
    this.emit('pop esi');
  }

  private addr(e: Expr): void {
    switch (e.k) {
      case 'var':
        if (e.v.isLocal) this.emit(`lea eax, [ebp${signed(e.v.offset)}]`);
        else this.emit(`mov eax, ${sym(e.v.asmName)}`);
        return;
      case 'str': this.emit(`mov eax, ${e.label}`); return;
      case 'deref': this.expr(e.e); return;
      case 'comma':
        if (e.literal) { this.discard(e.lhs); this.addr(e.rhs); return; }
        break;
      case 'member':
        this.addr(e.e);
        if (e.member.offset) this.emit(`add eax, ${e.member.offset}`);
        return;
    }
    if (e.type.kind === 'struct') { this.expr(e); return; } // struct rvalues live in memory already
    this.internal(e.pos, `not an lvalue (${e.k})`);
  }

  private expr(e: Expr): void {
    switch (e.k) {
      case 'fnum': this.fp.constant(e.value); return;
      case 'num':
        if (is64(e.type)) {
          const v = exactValue(e);
          this.emit(`mov eax, ${low32(v)}`);
          this.emit(`mov edx, ${low32(v >> 32n)}`);
          return;
        }
        this.emit(`mov eax, ${e.value | 0}`);
        return;
      case 'var':
        // Scalars in the frame load directly instead of through their address.
        if (e.v.isLocal && (e.type.kind === 'int' || e.type.kind === 'ptr' || e.type.kind === 'float')) { this.load(e.type, `[ebp${signed(e.v.offset)}]`); return; }
        this.addr(e); this.load(e.type); return;
      case 'str': this.addr(e); this.load(e.type); return;
      case 'member': this.addr(e); this.load(e.type); return;
      case 'deref': this.expr(e.e); this.load(e.type); return;
      case 'addr': this.addr(e.e); return;
      case 'cast': this.expr(e.e); this.convert(e.e.type, e.type); return;
      case 'neg':
        this.expr(e.e);
        if (isFloat(e.type)) { this.emit('fchs'); return; }
        // 64-bit: negate the low half; its borrow goes into the high half before negating that.
        if (is64(e.type)) { this.emit('neg eax'); this.emit('adc edx, 0'); this.emit('neg edx'); }
        else this.emit('neg eax');
        return;
      case 'bitnot': this.expr(e.e); this.emit('not eax'); if (is64(e.type)) this.emit('not edx'); return;
      case 'not':
        this.expr(e.e);
        this.emit('test eax, eax');
        this.emit('sete al');
        this.emit('movzx eax, al');
        return;
      case 'assign':
        if (e.lhs.k === 'var' && (e.lhs.type.kind === 'int' || e.lhs.type.kind === 'ptr' || e.lhs.type.kind === 'float')) {
          // Scalar variables are stored straight to their frame slot or label.
          this.expr(e.rhs);
          const mem = e.lhs.v.isLocal ? `[ebp${signed(e.lhs.v.offset)}]` : `[${sym(e.lhs.v.asmName)}]`;
          if (e.lhs.type.kind === 'float') { this.fp.store(e.lhs.type, mem); return; }
          const size = sizeOf(e.lhs.type);
          if (size === 8) { this.emit(`mov dword ${mem}, eax`); this.emit(`mov dword ${highHalf(mem)}, edx`); return; }
          this.emit(`mov ${size === 1 ? 'byte' : size === 2 ? 'word' : 'dword'} ${mem}, ${size === 1 ? 'al' : size === 2 ? 'ax' : 'eax'}`);
          return;
        }
        this.addr(e.lhs);
        this.emit('push eax');
        this.expr(e.rhs);
        this.emit('pop ecx');
        this.store(e.lhs.type);
        return;
      case 'comma':
        this.expr(e.lhs);
        if (isFloat(e.lhs.type)) this.emit('fstp st0');
        this.expr(e.rhs);
        return;
      case 'cond': {
        const els = this.newLabel(), end = this.newLabel();
        this.branchFalse(e.c, els);
        this.expr(e.a);
        this.emit(`jmp ${end}`);
        this.raw(`${els}:`);
        this.expr(e.b);
        this.raw(`${end}:`);
        return;
      }
      case 'logand': case 'logor': {
        const short = this.newLabel(), end = this.newLabel();
        const jmp = e.k === 'logand' ? 'je' : 'jne';
        this.expr(e.lhs);
        this.emit('test eax, eax');
        this.emit(`${jmp} ${short}`);
        this.expr(e.rhs);
        this.emit('test eax, eax');
        this.emit(`${jmp} ${short}`);
        this.emit(`mov eax, ${e.k === 'logand' ? 1 : 0}`);
        this.emit(`jmp ${end}`);
        this.raw(`${short}:`);
        this.emit(`mov eax, ${e.k === 'logand' ? 0 : 1}`);
        this.raw(`${end}:`);
        return;
      }
      case 'binop': return this.binop(e);
      case 'call': return this.call(e);
      case 'memzero':
        this.emit('push edi');
        this.emit(`lea edi, [ebp${signed(e.v.offset)}]`);
        this.emit(`mov ecx, ${sizeOf(e.v.type)}`);
        this.emit('xor eax, eax');
        this.emit('cld');
        this.emit('rep stosb');
        this.emit('pop edi');
        return;
    }
  }

  private convert(from: Type, to: Type): void {
    if (isFloat(from) || isFloat(to)) { this.fp.convert(from, to); return; }
    if (is64(to)) {
      // Widening to 64 bits: EAX already holds the value extended to 32 bits by its own signedness.
      // A pointer sign-extends, as gcc does on i386.
      if (is64(from)) return;
      if ((from.kind === 'int' && !from.unsigned) || from.kind === 'ptr') this.emit('cdq');
      else this.emit('xor edx, edx');
      return;
    }
    // Narrowing from 64 bits keeps EAX, then narrows further like any 32-bit value.
    if (to.kind !== 'int' || to.size === 4) return;
    if (from.kind === 'int' && from.size <= to.size && from.unsigned === to.unsigned) return;
    const reg = to.size === 1 ? 'al' : 'ax';
    this.emit(`${to.unsigned ? 'movzx' : 'movsx'} eax, ${reg}`);
  }

  private binop(e: Extract<Expr, { k: 'binop' }>): void {
    if (isFloat(e.lhs.type)) return this.fp.binop(e);
    if (is64(e.lhs.type)) return this.binop64(e);
    // Constant right operands become immediates where the instruction takes one.
    const imm = IMMEDIATE_OPS[e.op];
    if (e.rhs.k === 'num' && imm) {
      this.expr(e.lhs);
      const mnemonic = e.op === '>>' ? (e.unsigned ? 'shr' : 'sar') : imm;
      this.emit(`${mnemonic} eax, ${e.op === '<<' || e.op === '>>' ? e.rhs.value & 31 : e.rhs.value | 0}`);
      return;
    }
    this.operands(e);
    switch (e.op) {
      case '+': this.emit('add eax, ecx'); return;
      case '-': this.emit('sub eax, ecx'); return;
      case '*': this.emit('imul eax, ecx'); return;
      case '/': case '%':
        if (e.unsigned) { this.emit('xor edx, edx'); this.emit('div ecx'); }
        else { this.emit('cdq'); this.emit('idiv ecx'); }
        if (e.op === '%') this.emit('mov eax, edx');
        return;
      case '&': this.emit('and eax, ecx'); return;
      case '|': this.emit('or eax, ecx'); return;
      case '^': this.emit('xor eax, ecx'); return;
      case '<<': this.emit('shl eax, cl'); return;
      case '>>': this.emit(`${e.unsigned ? 'shr' : 'sar'} eax, cl`); return;
      default: {
        const cc = (e.unsigned ? UNSIGNED_CC : SIGNED_CC)[e.op]!;
        this.emit('cmp eax, ecx');
        this.emit(`set${cc} al`);
        this.emit('movzx eax, al');
      }
    }
  }

  /**
   * A 64-bit operator: the right operand is parked on the stack ([esp] low,
   * [esp+4] high) and the left one computed into EDX:EAX.
   */
  private binop64(e: Extract<Expr, { k: 'binop' }>): void {
    if (e.op === '<<' || e.op === '>>') return this.shift64(e);
    const halves = PAIR_OPS[e.op];
    if (halves && e.rhs.k === 'num') {
      // A constant right operand: each half is an immediate.
      const v = exactValue(e.rhs);
      this.expr(e.lhs);
      this.emit(`${halves[0]} eax, ${low32(v)}`);
      this.emit(`${halves[1]} edx, ${low32(v >> 32n)}`);
      return;
    }
    this.expr(e.rhs);
    this.emit('push edx');
    this.emit('push eax');
    this.expr(e.lhs);
    const pair = (lo: string, hi: string) => { this.emit(`${lo} eax, dword [esp]`); this.emit(`${hi} edx, dword [esp+4]`); };
    switch (e.op) {
      case '+': case '-': case '&': case '|': case '^': pair(...PAIR_OPS[e.op]!); break;
      case '*':
        // Low 64 bits of the product: lo*lo in full, plus both cross products into the high half.
        this.emit('mov ecx, edx');
        this.emit('imul ecx, dword [esp]');
        this.emit('mov edx, dword [esp+4]');
        this.emit('imul edx, eax');
        this.emit('add ecx, edx');
        this.emit('mul dword [esp]');
        this.emit('add edx, ecx');
        break;
      case '/': case '%': {
        const name = `__${e.unsigned ? 'u' : ''}${e.op === '/' ? 'div' : 'mod'}di3`;
        this.helpers.add(name);
        this.emit('push edx');
        this.emit('push eax');
        this.emit(`call ${sym(name)}`);
        this.emit('add esp, 8');
        break;
      }
      case '==': case '!=':
        pair('xor', 'xor');
        this.emit('or eax, edx');
        this.emit(`set${e.op === '==' ? 'e' : 'ne'} al`);
        this.emit('movzx eax, al');
        break;
      default: {
        // Ordered: the high halves decide (signed or not) unless equal; then the low halves, unsigned.
        const high = this.newLabel(), done = this.newLabel();
        this.emit('cmp edx, dword [esp+4]');
        this.emit(`jne ${high}`);
        this.emit('cmp eax, dword [esp]');
        this.emit(`set${UNSIGNED_CC[e.op]!} al`);
        this.emit(`jmp ${done}`);
        this.raw(`${high}:`);
        this.emit(`set${(e.unsigned ? UNSIGNED_CC : SIGNED_CC)[e.op]!} al`);
        this.raw(`${done}:`);
        this.emit('movzx eax, al');
      }
    }
    this.emit('add esp, 8');
  }

  /** 64-bit shifts with SHLD/SHRD; a count of 32 or more moves one half into the other. */
  private shift64(e: Extract<Expr, { k: 'binop' }>): void {
    const left = e.op === '<<';
    const right = e.unsigned ? 'shr' : 'sar';
    if (e.rhs.k === 'num') {
      const n = Number(exactValue(e.rhs) & 63n);
      this.expr(e.lhs);
      if (n === 0) return;
      if (n < 32) {
        if (left) { this.emit(`shld edx, eax, ${n}`); this.emit(`shl eax, ${n}`); }
        else { this.emit(`shrd eax, edx, ${n}`); this.emit(`${right} edx, ${n}`); }
        return;
      }
      if (left) { this.emit('mov edx, eax'); if (n > 32) this.emit(`shl edx, ${n - 32}`); this.emit('xor eax, eax'); }
      else {
        this.emit('mov eax, edx');
        if (n > 32) this.emit(`${right} eax, ${n - 32}`);
        this.emit(e.unsigned ? 'xor edx, edx' : 'cdq');
      }
      return;
    }
    this.expr(e.rhs);
    this.emit('push eax');
    this.expr(e.lhs);
    this.emit('pop ecx');
    const done = this.newLabel();
    if (left) { this.emit('shld edx, eax, cl'); this.emit('shl eax, cl'); }
    else { this.emit('shrd eax, edx, cl'); this.emit(`${right} edx, cl`); }
    this.emit('test cl, 32');
    this.emit(`je ${done}`);
    if (left) { this.emit('mov edx, eax'); this.emit('xor eax, eax'); }
    else { this.emit('mov eax, edx'); this.emit(e.unsigned ? 'xor edx, edx' : 'sar edx, 31'); }
    this.raw(`${done}:`);
  }

  private call(e: Extract<Expr, { k: 'call' }>): void {
    let bytes = 0;
    for (let i = e.args.length - 1; i >= 0; i--) {
      const a = e.args[i]!;
      const direct = this.directPush(a);
      if (direct) { this.emit(direct); bytes += 4; continue; }
      this.expr(a);
      if (a.type.kind === 'float') {
        this.fp.push(a.type);
        bytes += a.type.size;
      } else if (is64(a.type)) {
        this.emit('push edx');
        this.emit('push eax');
        bytes += 8;
      } else if (a.type.kind === 'struct') {
        const size = alignTo(sizeOf(a.type), 4);
        this.emit(`sub esp, ${size}`);
        this.emit('mov ecx, esp');
        this.copy(a.type);
        bytes += size;
      } else {
        this.emit('push eax');
        bytes += 4;
      }
    }
    if (e.retBuf) {
      this.emit(`lea eax, [ebp${signed(e.retBuf.offset)}]`);
      this.emit('push eax');
      bytes += 4;
    }
    const direct = e.fn.k === 'addr' && e.fn.e.k === 'var' && e.fn.e.type.kind === 'func' ? e.fn.e.v : undefined;
    if (direct) this.emit(`call ${sym(direct.asmName)}`);
    else { this.expr(e.fn); this.emit('call eax'); }
    if (bytes > 0) this.emit(`add esp, ${bytes}`);
  }
}

function asmTexts(s: Stmt): string[] {
  switch (s.k) {
    case 'asm': return [s.text];
    case 'block': return s.body.flatMap(asmTexts);
    case 'if': return [...asmTexts(s.then), ...(s.els ? asmTexts(s.els) : [])];
    case 'for': return [...(s.init ? asmTexts(s.init) : []), ...asmTexts(s.body)];
    case 'do': case 'switch': case 'case': case 'label': return asmTexts(s.body);
    default: return [];
  }
}

/** The address 4 bytes above a memory operand: `[ebp-8]` -> `[ebp-8+4]`. */
function highHalf(mem: string): string { return `${mem.slice(0, -1)}+4]`; }

function signed(n: number): string { return n >= 0 ? `+${n}` : String(n); }

