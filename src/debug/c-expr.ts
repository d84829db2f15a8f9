// C expressions for a debugger: `x`, `*p`, `a[3]`, `s.field`, `p->f`, `&x`,
// `-x`, `a + 1`, `(expr)`, casts (`(int *)0x40001000`, `(struct point *)p`,
// `(unsigned char)x`) and number literals, parsed and evaluated against
// DWARF types (debug-info.ts) and guest memory read through the current page
// tables, and values formatted as gdb prints them: `{x = 3, y = 4}`,
// `{10, 20, 30}`, `0x40001000 "hi"`, `112 'p'`. Errors are ExprError with a
// message for the user.
import { sizeOf, typeString, VOID, type CType, type DebugInfo, type VarInfo } from './debug-info.ts';
import type { CodeFrame, DebugTarget } from './unwind.ts';

export class ExprError extends Error {
  override name = 'ExprError';
}

/** Where names are looked up: the frame's parameters and locals, then the images' globals in order. */
export interface ExprScope {
  target: DebugTarget;
  frame: CodeFrame | null;
  images: readonly DebugInfo[];
}

/** A value: an lvalue in guest memory (addr) or a computed scalar (num). */
export interface CValue {
  type: CType;
  addr: number | null;
  num: bigint;
}

type Node =
  | { op: 'num'; value: bigint }
  | { op: 'name'; name: string }
  | { op: 'deref' | 'addr' | 'neg'; arg: Node }
  | { op: 'index'; arg: Node; index: Node }
  | { op: 'member'; arg: Node; name: string; arrow: boolean }
  | { op: '+' | '-' | '*' | '/'; left: Node; right: Node }
  | { op: 'cast'; type: TypeSpec; arg: Node };

/** A type name as written in a cast: base words or `struct X`, then the number of `*`s. */
interface TypeSpec {
  words: string[];
  tag: { kind: 'struct' | 'union'; name: string } | null;
  pointers: number;
}

const TYPE_WORDS = new Set(['void', 'char', 'short', 'int', 'long', 'signed', 'unsigned', '_Bool', 'struct', 'union']);

const INT: CType = { kind: 'int', name: 'int', size: 4, signed: true, char: false, bool: false };
const UINT: CType = { kind: 'int', name: 'unsigned int', size: 4, signed: false, char: false, bool: false };

// ------------------------------------------------------------------ parsing

const TOKEN = /\s*(0x[0-9a-fA-F]+|\d+|[A-Za-z_]\w*|->|[-+*/&()[\].])/y;

export function parseExpr(text: string): Node {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < text.length) {
    if (/^\s*$/.test(text.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(text);
    if (!m) throw new ExprError(`unexpected "${text.slice(pos).trim()[0]}" at column ${pos + 1}`);
    tokens.push(m[1]!);
    pos = TOKEN.lastIndex;
  }
  if (tokens.length === 0) throw new ExprError('empty expression');
  let i = 0;
  const peek = () => tokens[i];
  const take = (t?: string) => {
    const tok = tokens[i];
    if (t !== undefined && tok !== t) throw new ExprError(tok === undefined ? `expected "${t}" at the end` : `expected "${t}", found "${tok}"`);
    i++;
    return tok;
  };
  const primary = (): Node => {
    const tok = take();
    if (tok === undefined) throw new ExprError('the expression ends too soon');
    if (tok === '(') {
      const e = additive();
      take(')');
      return e;
    }
    if (/^\d/.test(tok)) {
      const v = BigInt(tok);
      if (v > 0xffffffffn) throw new ExprError(`${tok} does not fit in 32 bits`);
      return { op: 'num', value: v };
    }
    if (/^[A-Za-z_]/.test(tok)) return { op: 'name', name: tok };
    throw new ExprError(`unexpected "${tok}"`);
  };
  const postfix = (): Node => {
    let e = primary();
    for (;;) {
      const t = peek();
      if (t === '[') {
        take();
        const index = additive();
        take(']');
        e = { op: 'index', arg: e, index };
      } else if (t === '.' || t === '->') {
        take();
        const name = take();
        if (!name || !/^[A-Za-z_]\w*$/.test(name)) throw new ExprError(`a member name must follow "${t}"`);
        e = { op: 'member', arg: e, name, arrow: t === '->' };
      } else return e;
    }
  };
  const unary = (): Node => {
    const t = peek();
    if (t === '(' && TYPE_WORDS.has(tokens[i + 1] ?? '')) {
      take();
      const type = typeSpec();
      take(')');
      return { op: 'cast', type, arg: unary() };
    }
    if (t === '*') { take(); return { op: 'deref', arg: unary() }; }
    if (t === '&') { take(); return { op: 'addr', arg: unary() }; }
    if (t === '-') { take(); return { op: 'neg', arg: unary() }; }
    return postfix();
  };
  const typeSpec = (): TypeSpec => {
    const words: string[] = [];
    let tag: TypeSpec['tag'] = null;
    if (peek() === 'struct' || peek() === 'union') {
      const kind = take() as 'struct' | 'union';
      const name = take();
      if (!name || !/^[A-Za-z_]\w*$/.test(name)) throw new ExprError(`a name must follow "${kind}"`);
      tag = { kind, name };
    } else {
      while (TYPE_WORDS.has(peek() ?? '') && peek() !== 'struct' && peek() !== 'union') words.push(take()!);
    }
    let pointers = 0;
    while (peek() === '*') {
      take();
      pointers++;
    }
    return { words, tag, pointers };
  };
  const multiplicative = (): Node => {
    let e = unary();
    while (peek() === '*' || peek() === '/') {
      const op = take() as '*' | '/';
      e = { op, left: e, right: unary() };
    }
    return e;
  };
  const additive = (): Node => {
    let e = multiplicative();
    while (peek() === '+' || peek() === '-') {
      const op = take() as '+' | '-';
      e = { op, left: e, right: multiplicative() };
    }
    return e;
  };
  const e = additive();
  if (i < tokens.length) throw new ExprError(`unexpected "${tokens[i]}"`);
  return e;
}

// ------------------------------------------------------------------ evaluating

export function evaluate(text: string, scope: ExprScope): CValue {
  return evalNode(parseExpr(text), scope);
}

function evalNode(n: Node, s: ExprScope): CValue {
  switch (n.op) {
    case 'num': return { type: n.value > 0x7fffffffn ? UINT : INT, addr: null, num: n.value };
    case 'name': return lookup(n.name, s);
    case 'addr': {
      const v = evalNode(n.arg, s);
      if (v.addr === null) throw new ExprError('cannot take the address of a value that is not in memory');
      return { type: { kind: 'pointer', target: v.type }, addr: null, num: BigInt(v.addr) };
    }
    case 'deref': {
      const v = decay(evalNode(n.arg, s), s);
      if (v.type.kind !== 'pointer') throw new ExprError(`cannot dereference a ${typeString(v.type)}`);
      if (v.type.target.kind === 'void') throw new ExprError('cannot dereference a void pointer');
      return { type: v.type.target, addr: Number(v.num), num: 0n };
    }
    case 'index': {
      const base = decay(evalNode(n.arg, s), s);
      const idx = scalar(evalNode(n.index, s), s);
      if (base.type.kind !== 'pointer') throw new ExprError(`cannot index a ${typeString(base.type)}`);
      const size = sizeOf(base.type.target);
      if (size === 0) throw new ExprError(`cannot index a ${typeString(base.type)}: its elements have no size`);
      return { type: base.type.target, addr: Number(BigInt.asUintN(32, base.num + idx * BigInt(size))), num: 0n };
    }
    case 'member': {
      let v = evalNode(n.arg, s);
      if (n.arrow) {
        v = decay(v, s);
        if (v.type.kind !== 'pointer') throw new ExprError(`"->" needs a pointer, not a ${typeString(v.type)}`);
        v = { type: v.type.target, addr: Number(v.num), num: 0n };
      }
      const t = v.type;
      if (t.kind !== 'struct' && t.kind !== 'union') throw new ExprError(`"${n.arrow ? '->' : '.'}${n.name}" needs a struct or union, not a ${typeString(t)}`);
      const m = t.members.find((x) => x.name === n.name);
      if (!m) throw new ExprError(`${typeString(t)} has no member named ${n.name}`);
      if (v.addr === null) throw new ExprError('the struct is not in memory');
      return { type: m.type, addr: (v.addr + m.offset) >>> 0, num: 0n };
    }
    case 'cast': return cast(resolveType(n.type, s), evalNode(n.arg, s), s);
    case 'neg': {
      const v = scalar(evalNode(n.arg, s), s);
      return { type: INT, addr: null, num: BigInt.asIntN(32, -v) };
    }
    default: return arithmetic(n.op, evalNode(n.left, s), evalNode(n.right, s), s);
  }
}

function arithmetic(op: '+' | '-' | '*' | '/', l0: CValue, r0: CValue, s: ExprScope): CValue {
  const l = decay(l0, s);
  const r = decay(r0, s);
  if ((op === '+' || op === '-') && l.type.kind === 'pointer' && r.type.kind === 'int') {
    const size = BigInt(Math.max(1, sizeOf(l.type.target)));
    const k = scalar(r, s) * size;
    return { type: l.type, addr: null, num: BigInt.asUintN(32, op === '+' ? l.num + k : l.num - k) };
  }
  if (op === '+' && l.type.kind === 'int' && r.type.kind === 'pointer') return arithmetic(op, r, l, s);
  if (op === '-' && l.type.kind === 'pointer' && r.type.kind === 'pointer') {
    const size = BigInt(Math.max(1, sizeOf(l.type.target)));
    return { type: INT, addr: null, num: BigInt.asIntN(32, (l.num - r.num) / size) };
  }
  const a = scalar(l, s);
  const b = scalar(r, s);
  if (op === '/' && b === 0n) throw new ExprError('division by zero');
  const v = op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : a / b;
  const unsigned = (l.type.kind === 'int' && !l.type.signed && l.type.size >= 4) || (r.type.kind === 'int' && !r.type.signed && r.type.size >= 4);
  return { type: unsigned ? UINT : INT, addr: null, num: unsigned ? BigInt.asUintN(32, v) : BigInt.asIntN(32, v) };
}

/** A cast's type: the base words as C reads them (`unsigned` is `unsigned int`, `long` 4 bytes), or a struct from the DWARF. */
function resolveType(spec: TypeSpec, s: ExprScope): CType {
  let t: CType;
  if (spec.tag) {
    const found = s.images.map((img) => img.taggedType(spec.tag!.kind, spec.tag!.name)).find((x) => x !== null);
    if (!found) throw new ExprError(`no ${spec.tag.kind} ${spec.tag.name} in the program's types`);
    t = found;
  } else {
    const w = spec.words;
    const sign = w.filter((x) => x === 'signed' || x === 'unsigned');
    const rest = w.filter((x) => x !== 'signed' && x !== 'unsigned').join(' ');
    const unsigned = sign[0] === 'unsigned';
    const bad = () => new ExprError(`"${w.join(' ')}" is not a type`);
    if (sign.length > 1) throw bad();
    const int = (name: string, size: number, char = false): CType => ({ kind: 'int', name: unsigned ? `unsigned ${name}` : name, size, signed: !unsigned, char, bool: false });
    switch (rest) {
      case 'void': if (sign.length) throw bad(); t = { kind: 'void' }; break;
      case '_Bool': if (sign.length) throw bad(); t = { kind: 'int', name: '_Bool', size: 1, signed: false, char: false, bool: true }; break;
      case 'char': t = int('char', 1, true); break;
      case 'short': case 'short int': t = int('short', 2); break;
      case '': if (!sign.length) throw bad(); t = int('int', 4); break;
      case 'int': t = int('int', 4); break;
      case 'long': case 'long int': t = int('long', 4); break;
      case 'long long': case 'long long int': t = int('long long', 8); break;
      default: throw bad();
    }
  }
  for (let k = 0; k < spec.pointers; k++) t = { kind: 'pointer', target: t };
  return t;
}

/** C's conversion of a scalar (arrays decay first) to an integer or pointer type. */
function cast(to: CType, v0: CValue, s: ExprScope): CValue {
  if (to.kind !== 'int' && to.kind !== 'pointer') throw new ExprError(`cannot cast to ${typeString(to)}: only to integer and pointer types`);
  const v = decay(v0, s);
  const n = scalar(v, s);
  if (to.kind === 'pointer') return { type: to, addr: null, num: BigInt.asUintN(32, n) };
  const bits = to.size * 8;
  return { type: to, addr: null, num: to.bool ? (n !== 0n ? 1n : 0n) : to.signed ? BigInt.asIntN(bits, n) : BigInt.asUintN(bits, n) };
}

/** Arrays become pointers to their first element; other values load. */
function decay(v: CValue, s: ExprScope): CValue {
  if (v.type.kind === 'array') {
    if (v.addr === null) throw new ExprError('the array is not in memory');
    return { type: { kind: 'pointer', target: v.type.elem }, addr: null, num: BigInt(v.addr) };
  }
  if (v.type.kind === 'pointer' || v.type.kind === 'int') return { type: v.type, addr: null, num: scalar(v, s) };
  return v;
}

/** The number a scalar value holds (loaded from memory for an lvalue). */
function scalar(v: CValue, s: ExprScope): bigint {
  const t = v.type;
  if (t.kind !== 'int' && t.kind !== 'pointer') throw new ExprError(`a ${typeString(t)} is not a number`);
  if (v.addr === null) return v.num;
  const size = sizeOf(t);
  const b = readOrFail(s, v.addr, size);
  let n = 0n;
  for (let i = size - 1; i >= 0; i--) n = (n << 8n) | BigInt(b[i]!);
  return t.kind === 'int' && t.signed ? BigInt.asIntN(size * 8, n) : n;
}

function readOrFail(s: ExprScope, addr: number, len: number): Uint8Array {
  const b = s.target.read(addr >>> 0, len);
  if (!b) throw new ExprError(`cannot read memory at 0x${(addr >>> 0).toString(16)}`);
  return b;
}

function lookup(name: string, s: ExprScope): CValue {
  const local = s.frame?.fn?.vars.find((v) => v.name === name && v.fbreg !== null);
  if (local && s.frame) return { type: local.type, addr: (s.frame.frameBase + local.fbreg!) >>> 0, num: 0n };
  for (const img of s.images) {
    const g: VarInfo | undefined = img.globals.get(name);
    if (g && g.addr !== null) return { type: g.type, addr: g.addr, num: 0n };
  }
  throw new ExprError(`no variable named ${name} here`);
}

// ------------------------------------------------------------------ formatting

const MAX_ELEMENTS = 8;
const MAX_STRING = 40;

/** A value as gdb prints it. Unreadable memory is shown in place, never thrown. */
export function formatValue(v: CValue, s: ExprScope, depth = 0): string {
  const t = v.type;
  try {
    switch (t.kind) {
      case 'int': return formatInt(t, scalar(v, s));
      case 'pointer': {
        const p = scalar(v, s);
        const hex = `0x${p.toString(16)}`;
        if (t.target.kind === 'int' && t.target.char && p !== 0n) return `${hex} ${readString(s, Number(p))}`;
        return hex;
      }
      case 'array': {
        if (v.addr === null) return '<not in memory>';
        const n = t.count ?? 0;
        const size = sizeOf(t.elem);
        if (t.elem.kind === 'int' && t.elem.char) return readString(s, v.addr, n);
        const shown = Math.min(n, MAX_ELEMENTS);
        const parts: string[] = [];
        for (let i = 0; i < shown; i++) parts.push(formatValue({ type: t.elem, addr: (v.addr + i * size) >>> 0, num: 0n }, s, depth + 1));
        return `{${parts.join(', ')}${n > shown ? ', ...' : ''}}`;
      }
      case 'struct':
      case 'union': {
        if (v.addr === null) return '<not in memory>';
        if (depth > 2) return '{...}';
        const parts = t.members.map((m) => `${m.name} = ${formatValue({ type: m.type, addr: (v.addr! + m.offset) >>> 0, num: 0n }, s, depth + 1)}`);
        return `{${parts.join(', ')}}`;
      }
      case 'function': return v.addr !== null ? `{${typeString(t)}} 0x${v.addr.toString(16)}` : typeString(t);
      case 'void': return 'void';
    }
  } catch (e) {
    if (e instanceof ExprError) return `<${e.message}>`;
    throw e;
  }
}

export function formatInt(t: Extract<CType, { kind: 'int' }>, n: bigint): string {
  if (t.bool) return n ? 'true' : 'false';
  if (t.char) {
    const c = Number(BigInt.asUintN(8, n));
    return `${n} ${charLiteral(c)}`;
  }
  return n.toString();
}

function charLiteral(c: number): string {
  const named: Record<number, string> = { 0: '\\0', 7: '\\a', 8: '\\b', 9: '\\t', 10: '\\n', 13: '\\r', 39: "\\'", 92: '\\\\' };
  if (named[c] !== undefined) return `'${named[c]}'`;
  if (c >= 0x20 && c < 0x7f) return `'${String.fromCharCode(c)}'`;
  return `'\\${c.toString(8).padStart(3, '0')}'`;
}

/** A C string at `addr` (at most `limit` bytes), quoted, or <cannot read ...>. */
function readString(s: ExprScope, addr: number, limit = MAX_STRING): string {
  let out = '';
  for (let i = 0; i < Math.min(limit, MAX_STRING); i++) {
    const b = s.target.read((addr + i) >>> 0, 1);
    if (!b) return i === 0 ? `<cannot read memory at 0x${addr.toString(16)}>` : `"${out}"...`;
    const c = b[0]!;
    if (c === 0) return `"${out}"`;
    out += c === 0x22 ? '\\"' : c >= 0x20 && c < 0x7f && c !== 0x5c ? String.fromCharCode(c) : charLiteral(c).slice(1, -1);
  }
  return `"${out}"...`;
}

/** The expression's value as text, or its error as `<message>` (watch lists show both). */
export function evaluateToString(text: string, scope: ExprScope): string {
  try {
    return formatValue(evaluate(text, scope), scope);
  } catch (e) {
    if (e instanceof ExprError) return `<${e.message}>`;
    throw e;
  }
}

