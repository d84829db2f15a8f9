// x87 code for float and double (the 486 has an FPU but no FCOMI, FCMOV or SSE).
// A floating expression leaves its value in ST0 and nothing else on the FPU
// stack. A binary operator computes its right operand first and parks it on the
// CPU stack as a double (unless it is a variable or a constant, which the
// instruction reads from memory), then computes the left operand into ST0, so
// at most two x87 registers are ever in use and every call sees an empty stack.
// The start-up (runtime/fp/fpstart.s) sets the precision control to 53 bits: + - * / round as doubles do.
import type { Expr } from './ast.ts';
import { asmSymbol as sym } from './asm-names.ts';
import { floatBytes } from './initializer.ts';
import { is64, type Type } from './types.ts';

/** What the float code needs from the main code generator. */
export interface FloatHost {
  emit(s: string): void;
  raw(s: string): void;
  newLabel(): string;
  expr(e: Expr): void;
  helper(name: string): void;
}

type FloatType = Extract<Type, { kind: 'float' }>;
type Binop = Extract<Expr, { k: 'binop' }>;

const ARITH: Partial<Record<string, string>> = { '+': 'fadd', '-': 'fsub', '*': 'fmul', '/': 'fdiv' };
const TWO_POW_64 = 18446744073709551616;

const width = (t: Type): string => (t.kind === 'float' && t.size === 4 ? 'dword' : 'qword');

export class FloatGen {
  private consts = new Map<string, { label: string; value: number; bytes: number[] }>();

  constructor(private h: FloatHost, private prefix: string) {}

  /** The unit's floating constants, for .rodata (each a double). */
  constants(): { label: string; value: number; bytes: number[] }[] { return [...this.consts.values()]; }

  private constLabel(v: number): string {
    const bytes = floatBytes(v, 8);
    const key = bytes.join(',');
    let c = this.consts.get(key);
    if (!c) {
      c = { label: `${this.prefix}fc${this.consts.size}`, value: v, bytes };
      this.consts.set(key, c);
    }
    return c.label;
  }

  /** Push a constant onto the FPU stack (0 and 1 have their own instructions). */
  constant(v: number): void {
    if (v === 0 && !Object.is(v, -0)) this.h.emit('fldz');
    else if (v === 1) this.h.emit('fld1');
    else this.h.emit(`fld qword [${this.constLabel(v)}]`);
  }

  /** Store ST0 to `mem` and keep it; a float keeps the value it was rounded to. */
  store(t: FloatType, mem: string): void {
    if (t.size === 8) { this.h.emit(`fst qword ${mem}`); return; }
    this.h.emit(`fstp dword ${mem}`);
    this.h.emit(`fld dword ${mem}`);
  }

  /** Pop ST0 onto the CPU stack as an argument of type `t`. */
  push(t: FloatType): void {
    this.h.emit(`sub esp, ${t.size}`);
    this.h.emit(`fstp ${width(t)} [esp]`);
  }

  /** Round ST0 to single precision (a conversion to float, or a float cast). */
  private roundToFloat(): void {
    this.h.emit('sub esp, 4');
    this.h.emit('fstp dword [esp]');
    this.h.emit('fld dword [esp]');
    this.h.emit('add esp, 4');
  }

  /** A memory operand for a variable or constant right operand, if it is one. */
  private memoryOperand(e: Expr): string | undefined {
    if (e.k === 'fnum') return `qword [${this.constLabel(e.value)}]`;
    if (e.k === 'var' && e.type.kind === 'float') {
      const mem = e.v.isLocal ? `[ebp${e.v.offset >= 0 ? '+' : ''}${e.v.offset}]` : `[${sym(e.v.asmName)}]`;
      return `${width(e.type)} ${mem}`;
    }
    return undefined;
  }

  /** Left operand into ST0; returns the right operand's memory form and the stack bytes to drop after. */
  private operands(e: Binop): { mem: string; parked: number } {
    const mem = this.memoryOperand(e.rhs);
    if (mem) { this.h.expr(e.lhs); return { mem, parked: 0 }; }
    this.h.expr(e.rhs);
    this.h.emit('sub esp, 8');
    this.h.emit('fstp qword [esp]');
    this.h.expr(e.lhs);
    return { mem: 'qword [esp]', parked: 8 };
  }

  binop(e: Binop): void {
    const op = ARITH[e.op];
    if (!op) { this.compare(e); this.h.emit(`set${this.flagTrue(e.op) ? 'e' : 'ne'} al`); this.h.emit('movzx eax, al'); return; }
    const { mem, parked } = this.operands(e);
    this.h.emit(`${op} ${mem}`);
    if (parked) this.h.emit(`add esp, ${parked}`);
  }

  branch(e: Binop, target: string, when: boolean): void {
    this.compare(e);
    this.h.emit(`${this.flagTrue(e.op) === when ? 'je' : 'jne'} ${target}`);
  }

  /** After compare(): does ZF=1 mean the comparison holds? (Only != is the other way.) */
  private flagTrue(op: string): boolean { return op !== '!='; }

  /**
   * Compare with FUCOMPP and leave the answer in ZF. FUCOM sets C0 (ST0 < ST1),
   * C3 (equal) or all of C3 C2 C0 (unordered: a NaN). `>` and `>=` are tested on
   * ST0 > ST1 with C2 included, so a NaN makes every ordered comparison false;
   * `<` and `<=` swap the operands to become `>` and `>=`.
   */
  private compare(e: Binop): void {
    const { mem, parked } = this.operands(e);
    this.h.emit(`fld ${mem}`);                         // ST0 = rhs, ST1 = lhs
    if (e.op === '>' || e.op === '>=') this.h.emit('fxch st1');
    this.h.emit('fucompp');
    if (parked) this.h.emit(`add esp, ${parked}`);
    this.h.emit('fnstsw ax');
    switch (e.op) {
      case '==': case '!=': this.h.emit('and ah, 0x45'); this.h.emit('cmp ah, 0x40'); return; // C3 alone
      case '<': case '>': this.h.emit('test ah, 0x45'); return;                               // none of C3 C2 C0
      default: this.h.emit('test ah, 0x05'); return;                                          // neither C2 nor C0
    }
  }

  /** Conversions with a floating side: the value comes in EAX / EDX:EAX / ST0 and goes out the same way. */
  convert(from: Type, to: Type): void {
    if (from.kind === 'float' && to.kind === 'float') {
      if (to.size === 4 && from.size === 8) this.roundToFloat();
      return;
    }
    if (to.kind === 'float') return this.fromInteger(from, to);
    if (to.kind === 'int') return this.toInteger(to);
  }

  private fromInteger(from: Type, to: FloatType): void {
    if (is64(from)) {
      this.h.emit('push edx');
      this.h.emit('push eax');
      this.h.emit('fild qword [esp]');
      this.h.emit('add esp, 8');
      if (from.kind === 'int' && from.unsigned) {
        // FILD reads a signed value: one with the top bit set is 2^64 too small.
        const done = this.h.newLabel();
        this.h.emit('test edx, edx');
        this.h.emit(`jns ${done}`);
        this.h.emit(`fadd qword [${this.constLabel(TWO_POW_64)}]`);
        this.h.raw(`${done}:`);
      }
    } else if (from.kind === 'int' && from.unsigned && from.size === 4) {
      // Zero-extended to 64 bits, so values of 2^31 and up stay positive.
      this.h.emit('push 0');
      this.h.emit('push eax');
      this.h.emit('fild qword [esp]');
      this.h.emit('add esp, 8');
    } else {
      this.h.emit('push eax');
      this.h.emit('fild dword [esp]');
      this.h.emit('add esp, 4');
    }
    // A 32-bit integer is exact in a double; a float rounds it once here.
    if (to.size === 4) this.roundToFloat();
  }

  /**
   * C truncates toward zero: switch the rounding control to chop for one
   * FISTP (into 64 bits, which holds every unsigned int too), then restore it.
   * unsigned long long calls the runtime for values of 2^63 and more.
   */
  private toInteger(to: Extract<Type, { kind: 'int' }>): void {
    if (to.size === 8 && to.unsigned) {
      this.h.helper('__fixunsdfdi');
      this.h.emit('sub esp, 8');
      this.h.emit('fstp qword [esp]');
      this.h.emit(`call ${sym('__fixunsdfdi')}`);
      this.h.emit('add esp, 8');
      return;
    }
    this.h.emit('sub esp, 12');
    this.h.emit('fnstcw word [esp]');
    this.h.emit('mov ax, word [esp]');
    this.h.emit('or ah, 0x0c');                       // RC = 11: round toward zero
    this.h.emit('mov word [esp+2], ax');
    this.h.emit('fldcw word [esp+2]');
    this.h.emit('fistp qword [esp+4]');
    this.h.emit('fldcw word [esp]');
    this.h.emit('mov eax, dword [esp+4]');
    if (to.size === 8) this.h.emit('mov edx, dword [esp+8]');
    this.h.emit('add esp, 12');
    if (to.size === 1) this.h.emit(`${to.unsigned ? 'movzx' : 'movsx'} eax, al`);
    if (to.size === 2) this.h.emit(`${to.unsigned ? 'movzx' : 'movsx'} eax, ax`);
  }
}
