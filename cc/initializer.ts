// Initializers: parsing `= expr` / `= { ... }` (with brace elision) into a
// tree shaped like the object, then either writing constant bytes for globals
// or lowering to assignments for locals.
import type { Expr, GlobalInit, Var } from './ast.ts';
import type { Diagnostics, SrcPos } from './diagnostics.ts';
import type { ExprBuilder } from './expr-build.ts';
import { exactValue, low32, truncate, wrap64 } from './expr-build.ts';
import type { Token } from './lexer.ts';
import { CHAR, is64, pointerTo, sameStruct, sizeOf, typeName, type Type } from './types.ts';

export type Init =
  | { kind: 'expr'; e: Expr }
  | { kind: 'string'; bytes: number[]; pos: SrcPos }
  | { kind: 'list'; items: (Init | undefined)[] };

export interface InitParseContext {
  diags: Diagnostics;
  b: ExprBuilder;
  tok(): Token;
  peek(n: number): Token;
  is(t: string): boolean;
  consume(t: string): boolean;
  expect(t: string): Token;
  assign(): Expr;
}

/** Parse an initializer for `type`; for `T x[] = ...` also reports the deduced length. */
export function parseInitializer(ctx: InitParseContext, type: Type): { init: Init; arrayLen?: number } {
  const p = new InitParser(ctx);
  const init = p.parse(type, true);
  let arrayLen: number | undefined;
  if (type.kind === 'array' && type.len < 0) {
    arrayLen = init.kind === 'string' ? init.bytes.length : init.kind === 'list' ? init.items.length : 0;
  }
  return { init, arrayLen };
}

class InitParser {
  private depth = 0;
  constructor(private c: InitParseContext) {}

  parse(type: Type, braceOk: boolean): Init {
    if (++this.depth > 100) this.c.diags.fatal(this.c.tok().pos, 'initializer is nested too deeply');
    try { return this.parseInner(type, braceOk); } finally { this.depth--; }
  }

  private designator(type: Type, i: number): number { return designatorIndex(this.c, type, i); }

  private isCharArray(t: Type): boolean { return t.kind === 'array' && t.base.kind === 'int' && t.base.size === 1; }

  private parseInner(type: Type, topLevel: boolean): Init {
    const c = this.c;
    if (this.isCharArray(type)) {
      const braced = c.is('{') && c.peek(1).kind === 'str';
      if (braced) c.expect('{');
      if (c.tok().kind === 'str') {
        const init = this.stringInit(type as Extract<Type, { kind: 'array' }>);
        if (braced) { c.consume(','); c.expect('}'); }
        return init;
      }
    }
    if (type.kind === 'array' || type.kind === 'struct') {
      if (c.is('{')) { c.expect('{'); return this.aggregate(type, true); }
      if (type.kind === 'struct') {
        // A struct may be initialized from an expression of the same struct type.
        const e = c.assign();
        if (sameStruct(e.type, type)) return { kind: 'expr', e };
        if (topLevel) c.diags.fatal(e.pos, `invalid initializer for '${typeName(type)}'`);
        return this.aggregate(type, false, { kind: 'expr', e });
      }
      if (topLevel) c.diags.fatal(c.tok().pos, `array initializer must be a list in braces or a string literal`);
      return this.aggregate(type, false);
    }
    if (c.is('{')) {
      c.expect('{');
      const inner = this.parse(type, false);
      c.consume(',');
      c.expect('}');
      return inner;
    }
    const e = c.assign();
    if (type.kind === 'int' || type.kind === 'ptr' || type.kind === 'float') return { kind: 'expr', e: c.b.convert(e, type, { k: 'init' }) };
    return c.diags.fatal(e.pos, `cannot initialize '${typeName(type)}'`);
  }

  private stringInit(type: Extract<Type, { kind: 'array' }>): Init {
    const c = this.c;
    const pos = c.tok().pos;
    const e = c.assign();
    if (e.k !== 'str' && !(e.k === 'addr' && e.e.k === 'str')) c.diags.fatal(pos, 'invalid initializer for a char array');
    const bytes = stringBytesOf(e);
    if (type.len >= 0 && bytes.length - 1 > type.len) c.diags.fatal(pos, 'initializer-string for array of chars is too long');
    return { kind: 'string', bytes: type.len >= 0 ? bytes.slice(0, type.len) : bytes, pos };
  }

  /** Elements of an array or members of a struct; `braced` says whether we own a `{`. */
  private aggregate(type: Type, braced: boolean, first?: Init): Init {
    const c = this.c;
    const items: (Init | undefined)[] = [];
    const count = type.kind === 'array' ? (type.len < 0 ? Infinity : type.len) : type.kind === 'struct' ? (type.isUnion ? Math.min(1, type.members.length) : type.members.length) : 0;
    if (!braced && count === Infinity) c.diags.fatal(c.tok().pos, 'cannot infer the size of a nested array');
    const elemType = (i: number): Type => (type.kind === 'array' ? type.base : (type as Extract<Type, { kind: 'struct' }>).members[i]!.type);
    let pending = first;
    for (let i = 0; ; i++) {
      if (braced && c.is('}')) { c.expect('}'); break; }
      if (braced) i = this.designator(type, i);
      if (i >= count) {
        if (!braced) break;
        c.diags.fatal(c.tok().pos, `excess elements in ${type.kind === 'array' ? 'array' : typeName(type)} initializer`);
      }
      const et = elemType(i);
      if (pending) {
        // Re-interpret an already parsed expression as this element.
        const e = (pending as { e: Expr }).e;
        pending = undefined;
        if (sameStruct(e.type, et)) items[i] = { kind: 'expr', e };
        else if (et.kind === 'int' || et.kind === 'ptr' || et.kind === 'float') items[i] = { kind: 'expr', e: c.b.convert(e, et, { k: 'init' }) };
        else c.diags.fatal(e.pos, `invalid initializer for '${typeName(et)}'`);
      } else items[i] = this.parse(et, false);
      if (braced) {
        if (c.consume(',')) continue;
        c.expect('}');
        break;
      }
      // Elided braces: continue only while more elements fit and the list goes on.
      if (i + 1 < count && c.is(',') && c.peek(1).text !== '}' && c.peek(1).text !== '.' && c.peek(1).text !== '[') { c.consume(','); continue; }
      break;
    }
    return { kind: 'list', items };
  }
}

/** Designators `.member =` and `[index] =` move the position inside a braced list. */
function designatorIndex(c: InitParseContext, type: Type, i: number): number {
  if (c.is('.') && type.kind === 'struct') {
    c.expect('.');
    const name = c.tok();
    if (name.kind !== 'ident') c.diags.fatal(name.pos, 'expected a member name after \'.\'');
    const idx = type.members.findIndex((m) => m.name === name.text);
    if (idx < 0) c.diags.fatal(name.pos, `'${typeName(type)}' has no member named '${name.text}'`);
    c.consume(name.text);
    c.expect('=');
    return idx;
  }
  if (c.is('[') && type.kind === 'array') {
    const open = c.expect('[');
    const e = c.assign();
    if (e.k !== 'num') c.diags.fatal(e.pos, 'array index in initializer is not an integer constant');
    if (e.value < 0 || (type.len >= 0 && e.value >= type.len)) c.diags.fatal(open.pos, `array index ${e.value} in initializer exceeds array bounds`);
    c.expect(']');
    c.expect('=');
    return e.value;
  }
  return i;
}

function stringBytesOf(e: Expr): number[] {
  if (e.k === 'str') return e.bytes;
  if (e.k === 'addr' && e.e.k === 'str') return e.e.bytes;
  return [0];
}

/** Writes constant initial data for a global, with relocations for addresses. */
export class GlobalInitWriter {
  private bytes: number[];
  private relocs: GlobalInit['relocs'] = [];
  constructor(size: number, private diags: Diagnostics, private noteRef: (label: string) => void) {
    this.bytes = new Array<number>(size).fill(0);
  }

  result(): GlobalInit { return { bytes: this.bytes, relocs: this.relocs }; }

  write(init: Init, type: Type, offset: number): void {
    if (init.kind === 'string') {
      for (let i = 0; i < init.bytes.length && i < sizeOf(type); i++) this.bytes[offset + i] = init.bytes[i]!;
      return;
    }
    if (init.kind === 'list') {
      init.items.forEach((item, i) => {
        if (!item) return;
        if (type.kind === 'array') this.write(item, type.base, offset + i * sizeOf(type.base));
        else if (type.kind === 'struct') { const m = type.members[i]!; this.write(item, m.type, offset + m.offset); }
      });
      return;
    }
    if (type.kind === 'struct') this.diags.fatal(init.e.pos, 'initializer element is not constant');
    if (type.kind === 'float') {
      // Converted to the floating type, a constant initializer has folded to one value.
      if (init.e.k !== 'fnum') this.diags.fatal(init.e.pos, 'initializer element is not constant');
      floatBytes(init.e.value, type.size).forEach((b, i) => { this.bytes[offset + i] = b; });
      return;
    }
    if (is64(type)) {
      // The initializer was converted to the 64-bit type, so a constant is folded to its exact value.
      if (init.e.k !== 'num') this.diags.fatal(init.e.pos, 'initializer element is not computable at load time');
      const v = wrap64(exactValue(init.e), type);
      for (let i = 0; i < 8; i++) this.bytes[offset + i] = Number((v >> BigInt(8 * i)) & 0xffn);
      return;
    }
    const r = evalReloc(init.e, this.diags);
    const size = sizeOf(type);
    if (r.label) {
      if (size !== 4) this.diags.fatal(init.e.pos, 'initializer element is not computable at load time');
      this.relocs.push({ offset, label: r.label, addend: r.addend });
      this.noteRef(r.label);
      return;
    }
    const v = truncate(r.addend, type);
    for (let i = 0; i < size; i++) this.bytes[offset + i] = (v >>> (8 * i)) & 0xff;
  }
}

/** The little-endian IEEE bytes of a float (size 4) or double (size 8). */
export function floatBytes(v: number, size: number): number[] {
  // JavaScript keeps no NaN sign or payload: every NaN constant is the positive quiet NaN, as gcc's NAN.
  if (Number.isNaN(v)) return size === 4 ? [0, 0, 0xc0, 0x7f] : [0, 0, 0, 0, 0, 0, 0xf8, 0x7f];
  const buf = new DataView(new ArrayBuffer(size));
  if (size === 4) buf.setFloat32(0, v, true); else buf.setFloat64(0, v, true);
  return [...new Uint8Array(buf.buffer)];
}

/** A constant or a link-time address (label + addend). */
export function evalReloc(e: Expr, diags: Diagnostics): { label?: string; addend: number } {
  switch (e.k) {
    case 'num': return { addend: e.wide === undefined ? e.value : low32(e.wide) };
    case 'cast': {
      const r = evalReloc(e.e, diags);
      if (r.label) return r;
      return { addend: truncate(r.addend, e.type) };
    }
    case 'addr': return evalAddr(e.e, diags);
    case 'binop': {
      if (e.op === '+' || e.op === '-') {
        const a = evalReloc(e.lhs, diags), b = evalReloc(e.rhs, diags);
        if (b.label && (e.op === '-' || a.label)) break;
        if (b.label) return { label: b.label, addend: a.addend + b.addend };
        return { label: a.label, addend: e.op === '+' ? (a.addend + b.addend) | 0 : (a.addend - b.addend) | 0 };
      }
      break;
    }
  }
  return diags.fatal(e.pos, 'initializer element is not constant');
}

function evalAddr(e: Expr, diags: Diagnostics): { label?: string; addend: number } {
  switch (e.k) {
    case 'var': if (!e.v.isLocal) return { label: e.v.asmName, addend: 0 }; break;
    case 'str': return { label: e.label, addend: 0 };
    case 'member': { const r = evalAddr(e.e, diags); return { label: r.label, addend: r.addend + e.member.offset }; }
    case 'deref': return evalReloc(e.e, diags);
  }
  return diags.fatal(e.pos, 'initializer element is not constant');
}

/** Lower a local's initializer to expressions: zero the object, then assign each element. */
export function lowerLocalInit(b: ExprBuilder, v: Var, init: Init, pos: SrcPos): Expr[] {
  const varExpr = b.mk({ k: 'var', v }, v.type, pos);
  if (init.kind === 'expr') return [b.assign(varExpr, init.e, pos, true)];
  const out: Expr[] = [b.mk({ k: 'memzero', v }, v.type, pos)];
  const base = b.mk({ k: 'addr', e: varExpr }, pointerTo(CHAR), pos);
  const at = (offset: number, t: Type): Expr => {
    const p = b.mk({ k: 'binop', op: '+', lhs: base, rhs: b.num(offset, pos), unsigned: true }, pointerTo(t), pos);
    return b.mk({ k: 'deref', e: p }, t, pos);
  };
  const walk = (it: Init, t: Type, offset: number): void => {
    if (it.kind === 'string') {
      it.bytes.forEach((byte, i) => { if (byte !== 0 && i < sizeOf(t)) out.push(b.assign(at(offset + i, CHAR), b.num(byte, pos), pos, true)); });
      return;
    }
    if (it.kind === 'list') {
      it.items.forEach((item, i) => {
        if (!item) return;
        if (t.kind === 'array') walk(item, t.base, offset + i * sizeOf(t.base));
        else if (t.kind === 'struct') { const m = t.members[i]!; walk(item, m.type, offset + m.offset); }
      });
      return;
    }
    out.push(b.assign(at(offset, t), it.e, pos, true));
  };
  walk(init, v.type, 0);
  return out;
}
