// Parses lines of NASM-flavoured Intel syntax into statements (statements.ts).
import { LineError } from './errors.ts';
import { Cursor, mapSymbols, parseExpr, evaluate, type Expr } from './expr.ts';
import { tokenizeLine } from './lexer.ts';
import { isMnemonic } from './mnemonics.ts';
import { lookupRegister, lookupX87Register } from './registers.ts';
import type { Loc, Operand, SizeKw, Statement } from './statements.ts';

const SIZE_WORDS: Record<string, SizeKw> = { byte: 8, word: 16, dword: 32, fword: 48, qword: 64, tword: 80, tbyte: 80 };
const DATA_WIDTH: Record<string, 1 | 2 | 4 | 8> = { db: 1, dw: 2, dd: 4, dq: 8 };
const RES_WIDTH: Record<string, 1 | 2 | 4 | 8> = { resb: 1, resw: 2, resd: 4, resq: 8 };
const PREFIX_WORDS = new Set(['lock', 'rep', 'repe', 'repz', 'repne', 'repnz', 'o16', 'o32', 'a16', 'a32', 'data16', 'addr16', 'data32', 'addr32']);
const SEG_WORDS = new Set(['es', 'cs', 'ss', 'ds', 'fs', 'gs']);
const NO_PREFIXES: string[] = [];
const DIRECTIVES = new Set(['bits', 'use32', 'use16', 'section', 'segment', 'global', 'extern', 'common', 'align', 'times', 'equ', 'default', 'cpu']);

/** Parses the lines of one unit. Local labels (".x") are renamed to "owner.x" here. */
export class UnitParser {
  private owner = '';
  /** The line being parsed. */
  private lineNo = 0;
  readonly errors: { loc: Loc; message: string }[] = [];
  /** parseText stopped at its error limit, before the end of the text. */
  stopped = false;

  constructor(readonly file: string) {}

  /** The statements of `text`; after `maxErrors` errors the rest is not read. */
  parseText(text: string, maxErrors = Infinity): Statement[] {
    const out: Statement[] = [];
    let lineNo = 0;
    for (let start = 0; start <= text.length;) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      lineNo++;
      try {
        for (const st of this.parseLine(text.slice(start, end), lineNo)) out.push(st);
      } catch (e) {
        if (!(e instanceof LineError)) throw e;
        this.errors.push({ loc: { file: this.file, line: lineNo, col: e.col ?? 1 }, message: e.message });
        if (this.errors.length >= maxErrors) { this.stopped = true; break; }
      }
      start = end + 1;
    }
    return out;
  }

  private qualify(name: string): string {
    if (name.startsWith('..@')) return name;
    return name.startsWith('.') ? `${this.owner}${name}` : name;
  }

  private qualifyExpr(e: Expr): Expr {
    return mapSymbols(e, (n) => this.qualify(n));
  }

  parseLine(line: string, lineNo: number): Statement[] {
    const trimmed = line.trim();
    if (trimmed.startsWith('%')) return [this.parsePercent(trimmed, lineNo, line.indexOf('%') + 1)];
    let toks = tokenizeLine(line);
    if (toks.length === 0) return [];
    // "[bits 32]" and "[section .text]" are NASM's primitive forms of the directives.
    if (toks[0].kind === 'punct' && toks[0].text === '[' && toks[toks.length - 1].text === ']') {
      toks = toks.slice(1, -1);
      if (toks.length === 0) throw new LineError('empty [ ] directive', 1);
    }
    const c = new Cursor(toks);
    this.lineNo = lineNo;
    const out: Statement[] = [];
    // Labels: "name:" or "name" before a data/equ/times directive.
    const t0 = c.peek()!;
    if (t0.kind === 'ident' && (c.isPunct(':', 1) && (t0.escaped || !lookupRegister(t0.text)) ||
        c.peek(1)?.kind === 'ident' && (t0.escaped || !isMnemonic(t0.text) && !DIRECTIVES.has(t0.text.toLowerCase()) &&
        !PREFIX_WORDS.has(t0.text.toLowerCase())) && isLabelFollower(c.peek(1)!.text))) {
      c.next();
      c.eatPunct(':');
      if (c.isIdent('equ')) {
        c.next();
        const name = this.qualify(t0.text);
        const expr = this.qualifyExpr(parseExpr(c));
        this.expectEnd(c);
        return [{ s: 'equ', name, expr, loc: this.loc(t0.col) }];
      }
      const local = t0.text.startsWith('.') || t0.text.startsWith('..@');
      if (!local) this.owner = t0.text;
      out.push({ s: 'label', name: this.qualify(t0.text), local, loc: this.loc(t0.col) });
    }
    if (!c.atEnd()) out.push(this.parseBody(c));
    return out;
  }

  private loc(col: number): Loc {
    return { file: this.file, line: this.lineNo, col };
  }

  private parsePercent(text: string, lineNo: number, col: number): Statement {
    const m = /^%line\s+(\d+)(?:\+(\d+))?\s*(.*)$/.exec(text.replace(/\s*;.*$/, ''));
    if (!m) throw new LineError(`unsupported preprocessor directive '${text.split(/\s+/)[0]}'`, col);
    return { s: 'line', line: Number(m[1]), inc: m[2] === undefined ? 1 : Number(m[2]), file: m[3].trim().replace(/^"(.*)"$/, '$1'), loc: { file: this.file, line: lineNo, col } };
  }

  private expectEnd(c: Cursor): void {
    if (!c.atEnd()) throw new LineError(`unexpected '${c.peek()!.text}'`, c.col());
  }

  private parseBody(c: Cursor): Statement {
    const t = c.next();
    if (t.kind !== 'ident') throw new LineError(`expected an instruction or directive but found '${t.text}'`, t.col);
    const word = t.text.toLowerCase();
    const here = this.loc(t.col);
    if (word === 'bits' || word === 'use32' || word === 'use16') {
      const bits = word === 'use32' ? 32 : word === 'use16' ? 16 : c.next().value;
      if (bits !== 32) throw new LineError(`only 32-bit code is supported (bits ${bits})`, t.col);
      this.expectEnd(c);
      return { s: 'bits', bits, loc: here };
    }
    if (word === 'section' || word === 'segment') {
      const name = c.next();
      if (name.kind !== 'ident') throw new LineError('expected a section name', name.col);
      const attrs: string[] = [];
      while (!c.atEnd()) attrs.push(c.next().text.toLowerCase());
      return { s: 'section', name: name.text, attrs, loc: here };
    }
    if (word === 'global' || word === 'extern' || word === 'common' || word === 'default' || word === 'cpu') {
      const names: string[] = [];
      while (!c.atEnd()) {
        const n = c.next();
        if (n.kind === 'ident') names.push(n.text);
        // "global main:function" carries an ELF type we do not need.
        if (c.eatPunct(':')) c.next();
        c.eatPunct(',');
      }
      return { s: 'global', names: word === 'global' ? names : [], loc: here };
    }
    if (word === 'align') {
      const n = parseExpr(c);
      if (c.eatPunct(',')) { while (!c.atEnd()) c.next(); }
      return { s: 'align', n, loc: here };
    }
    if (word === 'times') {
      const count = this.qualifyExpr(parseExpr(c));
      if (c.atEnd()) throw new LineError('times needs an instruction or data after the count', c.col());
      const body = this.parseBody(c);
      return { s: 'times', count, body, loc: here };
    }
    if (word in DATA_WIDTH) {
      const items: ({ str: string } | { expr: Expr } | { big: bigint })[] = [];
      do {
        const s = c.peek();
        // A string or number alone up to the next comma is a whole item.
        const whole = c.peek(1) === undefined || c.isPunct(',', 1);
        if (s && s.kind === 'string' && whole) { c.next(); items.push({ str: s.str }); }
        // dq takes 64-bit numbers as whole items (GDT descriptors: dq 0x00cf9a000000ffff).
        else if (s && s.kind === 'number' && s.big !== undefined && DATA_WIDTH[word] === 8 && whole) { c.next(); items.push({ big: s.big }); }
        else items.push({ expr: this.qualifyExpr(parseExpr(c)) });
      } while (c.eatPunct(','));
      this.expectEnd(c);
      return { s: 'data', width: DATA_WIDTH[word], items: items.slice(), loc: here };
    }
    if (word in RES_WIDTH) {
      const count = this.qualifyExpr(parseExpr(c));
      this.expectEnd(c);
      return { s: 'res', width: RES_WIDTH[word], count, loc: here };
    }
    if (word === 'equ') throw new LineError('equ needs a label before it', t.col);
    // Instruction with optional prefixes.
    const prefixes: string[] = [];
    let mn = t;
    for (;;) {
      const w = mn.text.toLowerCase();
      const isSegWord = SEG_WORDS.has(w) && c.peek()?.kind === 'ident';
      if (!PREFIX_WORDS.has(w) && !isSegWord) break;
      prefixes.push(w);
      if (c.atEnd()) break;
      mn = c.next();
      if (mn.kind !== 'ident') throw new LineError(`expected an instruction after prefix '${w}'`, mn.col);
    }
    const mnemonic = mn.text.toLowerCase();
    if (mn === t || !PREFIX_WORDS.has(mnemonic)) {
      if (!isMnemonic(mnemonic)) throw new LineError(`unknown instruction '${mn.text}'`, mn.col);
    } else {
      // A line holding only prefixes ("rep", "lock"): emit the prefix bytes.
      return { s: 'insn', prefixes, mnemonic: '', operands: [], loc: here };
    }
    const operands: Operand[] = [];
    if (!c.atEnd()) {
      const x87 = mnemonic.startsWith('f');
      do operands.push(this.parseOperand(c, x87)); while (c.eatPunct(','));
    }
    this.expectEnd(c);
    // Statements live through the whole assembly: exact-size arrays (one grown by push has room for 17).
    return { s: 'insn', prefixes: prefixes.length ? prefixes.slice() : NO_PREFIXES, mnemonic, operands: operands.slice(), loc: here };
  }

  private parseOperand(c: Cursor, x87: boolean): Operand {
    const col = c.col();
    let size: SizeKw | null = null;
    let hint: 'short' | 'near' | 'far' | null = null;
    for (;;) {
      const t = c.peek();
      if (!t || t.kind !== 'ident' || t.escaped) break;
      const w = t.text.toLowerCase();
      if (w in SIZE_WORDS) { size = SIZE_WORDS[w]; c.next(); if (c.isIdent('ptr')) c.next(); continue; }
      if (w === 'short' || w === 'near' || w === 'far') { hint = w; c.next(); continue; }
      if (w === 'strict') { c.next(); continue; }
      break;
    }
    const t = c.peek();
    if (!t) throw new LineError('expected an operand', c.endCol());
    // Segment override before the brackets ("fs:[eax]") or objdump's "ds:0x1234".
    if (t.kind === 'ident' && !t.escaped && SEG_WORDS.has(t.text.toLowerCase()) && c.isPunct(':', 1)) {
      c.next(); c.next();
      const seg = lookupRegister(t.text)!.num;
      if (c.isPunct('[')) return this.parseMemory(c, size, seg, hint === 'far', col);
      const disp = this.qualifyExpr(parseExpr(c));
      return { kind: 'mem', col, size, seg, regs: [], disp, far: hint === 'far' };
    }
    if (t.kind === 'punct' && t.text === '[') return this.parseMemory(c, size, null, hint === 'far', col);
    if (t.kind === 'ident' && !t.escaped && !c.isPunct(':', 1)) {
      const reg = lookupRegister(t.text) ?? (x87 ? lookupX87Register(t.text) : null);
      if (reg) {
        if (hint && hint !== 'near') throw new LineError(`'${hint}' cannot apply to register '${t.text}'`, t.col);
        c.next();
        // x87 "st(i)".
        if (reg.cls === 'st' && t.text.toLowerCase() === 'st' && c.isPunct('(')) {
          c.next();
          const n = c.next();
          if (n.kind !== 'number' || n.value > 7) throw new LineError('expected st(0) to st(7)', n.col);
          c.expectPunct(')');
          return { kind: 'reg', reg: lookupX87Register(`st${n.value}`)!, name: `st${n.value}`, col: t.col };
        }
        return { kind: 'reg', reg, name: t.text.toLowerCase(), col: t.col };
      }
    }
    const expr = this.qualifyExpr(parseExpr(c));
    if (c.eatPunct(':')) {
      const off = this.qualifyExpr(parseExpr(c));
      return { kind: 'farptr', sel: expr, off, col };
    }
    return { kind: 'imm', expr, size, hint, col };
  }

  private parseMemory(c: Cursor, size: SizeKw | null, seg: number | null, far: boolean, col: number): Operand {
    c.expectPunct('[');
    const st = c.peek();
    if (st && st.kind === 'ident' && !st.escaped && SEG_WORDS.has(st.text.toLowerCase()) && c.isPunct(':', 1)) {
      c.next(); c.next();
      seg = lookupRegister(st.text)!.num;
    }
    const e = this.qualifyExpr(parseExpr(c, true));
    c.expectPunct(']');
    const { regs, disp } = linearize(e);
    return { kind: 'mem', col, size, seg, regs, disp, far };
  }
}

function isLabelFollower(w: string): boolean {
  const l = w.toLowerCase();
  return l in DATA_WIDTH || l in RES_WIDTH || l === 'equ' || l === 'times' || isMnemonic(l);
}

const noSymbols = { lookup: () => undefined, here: 0, sectionStart: 0 };

/** Splits an address expression into register terms (with scales) and a displacement. */
function linearize(e: Expr): { regs: { name: string; coef: number }[]; disp: Expr | null } {
  switch (e.k) {
    case 'reg': return { regs: [{ name: e.name, coef: 1 }], disp: null };
    case 'bin': {
      const a = linearize(e.a), b = linearize(e.b);
      if (e.op === '+') return { regs: [...a.regs, ...b.regs], disp: joinDisp(a.disp, b.disp, '+', e.col) };
      if (e.op === '-' && b.regs.length === 0) return { regs: a.regs, disp: joinDisp(a.disp, b.disp, '-', e.col) };
      if (e.op === '*' && (a.regs.length === 0) !== (b.regs.length === 0)) {
        const [r, k] = a.regs.length ? [a, e.b] : [b, e.a];
        const kv = evaluate(k, noSymbols);
        if (!kv.known || r.disp !== null) throw new LineError('a register can only be scaled by a constant', e.col);
        return { regs: r.regs.map((x) => ({ name: x.name, coef: x.coef * kv.v })), disp: null };
      }
      if (a.regs.length || b.regs.length) throw new LineError(`registers cannot be combined with '${e.op}' in an address`, e.col);
      return { regs: [], disp: e };
    }
    case 'un':
      if (linearize(e.a).regs.length) throw new LineError(`a register cannot be negated in an address`, 0);
      return { regs: [], disp: e };
    default: return { regs: [], disp: e };
  }
}

function joinDisp(a: Expr | null, b: Expr | null, op: '+' | '-', col: number): Expr | null {
  if (b === null) return a;
  if (a === null) return op === '+' ? b : { k: 'un', op: '-', a: b };
  return { k: 'bin', op, a, b, col };
}
