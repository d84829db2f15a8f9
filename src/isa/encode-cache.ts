// Encodings of instruction and data statements, remembered across layout passes.
// A statement's bytes are a function of the values its symbols have, of its own
// address (relative branches, `$`) and of its section's start (`$$`), and nothing
// else. So each pass looks those up, and when they are what they were in the pass
// before, the statement is not encoded again. A statement with none of these
// inputs is encoded once, and equal ones (every `push ebp`) share one encoding.
import { tryEncodeInstruction, type EncodeEnv, type EncodePlan } from './encoder.ts';
import { LineError } from './errors.ts';
import { evaluate, type EvalEnv, type Expr } from './expr.ts';
import { MNEMONICS } from './mnemonics.ts';
import type { Operand, Statement } from './statements.ts';

type Insn = Extract<Statement, { s: 'insn' }>;
type Data = Extract<Statement, { s: 'data' }>;
export type Encodable = Insn | Data;

/** Mnemonics with a relative-target form: their bytes depend on the instruction's address. */
const RELATIVE_BRANCHES: ReadonlySet<string> = new Set([...MNEMONICS].filter(([, cs]) =>
  cs.some((c) => c.form.operands.includes('Jb') || c.form.operands.includes('Jv'))).map(([n]) => n));

/** What an encoding is computed from, besides the statement. */
interface Inputs {
  names: string[];
  address: boolean;
  sectionStart: boolean;
  /**
   * The target of a relative branch with one operand ("jne .L3", "call f"). Once it is
   * known, the bytes depend only on how far the target is from the branch, which
   * stays the same when both move: the usual case in the passes after the first.
   */
  target: Expr | null;
}

function addExpr(e: Expr | null, into: Inputs): void {
  // Trees are at most MAX_EXPR_DEPTH deep (the parser's limit), so recursion is safe.
  if (e === null) return;
  switch (e.k) {
    case 'sym': if (!into.names.includes(e.name)) into.names.push(e.name); return;
    case 'here': into.address = true; return;
    case 'sectionStart': into.sectionStart = true; return;
    case 'un': addExpr(e.a, into); return;
    case 'bin': addExpr(e.a, into); addExpr(e.b, into); return;
    default: return;
  }
}

function addOperand(op: Operand, into: Inputs): void {
  switch (op.kind) {
    case 'reg': return;
    case 'mem': addExpr(op.disp, into); return;
    case 'imm': addExpr(op.expr, into); return;
    case 'farptr': addExpr(op.sel, into); addExpr(op.off, into); return;
  }
}

/** The inputs of a statement, or null when it has none (its bytes never change). */
function inputsOf(st: Encodable): Inputs | null {
  const into: Inputs = { names: [], address: false, sectionStart: false, target: null };
  if (st.s === 'insn') {
    into.address = RELATIVE_BRANCHES.has(st.mnemonic);
    const only = st.operands.length === 1 ? st.operands[0]! : null;
    if (into.address && only?.kind === 'imm') into.target = only.expr;
    for (const op of st.operands) addOperand(op, into);
  } else {
    for (const it of st.items) if ('expr' in it) addExpr(it.expr, into);
  }
  if (into.names.length === 0 && !into.address && !into.sectionStart) return null;
  into.names = into.names.slice(); // kept for the whole layout: exact size
  return into;
}

/** An instruction or data statement whose bytes never change (no symbol, no `$`, no relative target). */
export function statementIsConstant(st: Statement): boolean {
  return (st.s === 'insn' || st.s === 'data') && inputsOf(st) === null;
}

const NO_SYMBOLS: EvalEnv = { lookup: () => undefined, here: 0, sectionStart: 0 };
/** Longer data statements are not shared: their key would cost as much as their bytes. */
const MAX_SHARED_DATA = 64;

/**
 * A text that two constant statements share only if they encode the same: the
 * values of their expressions (all constant) and everything else the encoder reads.
 * Null when the statement is not worth sharing or an expression does not evaluate.
 */
function constantKey(st: Encodable): string | null {
  try {
    if (st.s === 'data') {
      if (st.items.length > MAX_SHARED_DATA) return null;
      let key = `d${st.width}`;
      for (const it of st.items) {
        if ('str' in it) { if (it.str.length > MAX_SHARED_DATA) return null; key += `|s${JSON.stringify(it.str)}`; }
        else if ('big' in it) key += `|b${it.big}`;
        else key += `|${evaluate(it.expr, NO_SYMBOLS).v}`;
      }
      return key;
    }
    let key = `${st.prefixes.join(' ')}|${st.mnemonic}`;
    for (const op of st.operands) {
      switch (op.kind) {
        case 'reg': key += `|r${op.name}`; break;
        case 'imm': key += `|i${op.size}:${op.hint}:${evaluate(op.expr, NO_SYMBOLS).v}`; break;
        case 'farptr': key += `|f${evaluate(op.sel, NO_SYMBOLS).v}:${evaluate(op.off, NO_SYMBOLS).v}`; break;
        case 'mem':
          key += `|m${op.size}:${op.seg}:${op.far}:${op.disp === null ? '-' : evaluate(op.disp, NO_SYMBOLS).v}`;
          for (const r of op.regs) key += `:${r.name}*${r.coef}`;
          break;
      }
    }
    return key;
  } catch (e) {
    if (e instanceof LineError) return null;
    throw e;
  }
}

/**
 * Candidates shortest first, one per length (the first of that length, which is the
 * one a pick by minimum length takes), and the very last candidate at the end (the
 * one taken when all are shorter than required).
 */
function byLength(cands: number[][], relFields?: Map<number[], number>, widths?: number[]): number[][] {
  cands.sort((a, b) => a.length - b.length);
  const out: number[][] = [];
  for (const c of cands) if (out.length === 0 || out[out.length - 1]!.length !== c.length) out.push(c);
  const last = cands[cands.length - 1];
  if (last && out[out.length - 1] !== last) out.push(last);
  if (relFields && widths) for (const c of out) widths.push(relFields.get(c) ?? 0);
  // Kept for the whole layout: exact-size copies (an array grown by push has room for 17).
  return out.map((c) => c.slice());
}

/**
 * Whether a short branch fits at both distances or at neither, for any length it
 * could have (1-15 bytes): then the branch has the same candidate forms at both.
 */
function sameShortness(a: number, b: number): boolean {
  const fits = (d: number) => d >= -113 && d <= 128;
  const never = (d: number) => d > 142 || d < -127;
  return (fits(a) && fits(b)) || (never(a) && never(b));
}

/** A branch's encoding moved to another distance: its last `width` bytes are the displacement. */
function atDistance(c: number[], width: number, distance: number): number[] {
  const out = c.slice();
  const disp = (distance - c.length) | 0;
  for (let i = 0; i < width; i++) out[c.length - width + i] = (disp >>> (8 * i)) & 0xff;
  return out;
}

/** What the encoder reads of an instruction, but its values: instructions of one shape share an EncodePlan. */
function shapeKey(st: Insn): string {
  let key = `${st.prefixes.join(' ')}|${st.mnemonic}`;
  for (const op of st.operands) {
    switch (op.kind) {
      case 'reg': key += `|r${op.name}`; break;
      case 'imm': key += `|i${op.size}:${op.hint}`; break;
      case 'farptr': key += '|f'; break;
      case 'mem':
        key += `|m${op.size}:${op.seg}:${op.far}:${op.disp === null ? '-' : 'd'}`;
        for (const r of op.regs) key += `:${r.name}*${r.coef}`;
        break;
    }
  }
  return key;
}

/** The remembered encoding of a statement with inputs. */
class Remembered {
  /**
   * The inputs' values when last encoded: symbols (NaN: undefined), address, section
   * start; for a branch with a known target only the distance (after the others).
   */
  readonly seen: number[];
  /** Whether `seen` holds a branch distance rather than the symbols and address. */
  byDistance = false;
  valid = false;
  result: number[][] | LineError = [];
  /** Undefined symbols reported while encoding (name, column), reported again on reuse. */
  undefinedSeen: { name: string; col: number }[] | null = null;
  /** The plan of the statement's shape, found on the first encoding. */
  plan: EncodePlan | null = null;
  /** For a branch encoded at a known distance: that distance and each candidate's displacement size. */
  encodedAt = NaN;
  widths: number[] | null = null;
  constructor(readonly inputs: Inputs) {
    this.seen = new Array<number>(inputs.names.length + 3).fill(0);
  }
}

/** Per layout: each statement's encoding, by statement index. */
export class EncodingCache {
  private readonly entries: (number[][] | LineError | Remembered | undefined)[];
  private readonly shared = new Map<string, number[][]>();
  private readonly plans = new Map<string, EncodePlan>();
  /** Statements really encoded (for tests bounding the work on large inputs). */
  encodings = 0;
  private recording: { name: string; col: number }[] | null = null;
  private report: EncodeEnv['onUndefined'] = () => {};
  private readonly record = (name: string, col: number): void => {
    (this.recording ??= []).push({ name, col });
    this.report(name, col);
  };

  constructor(count: number) {
    this.entries = new Array(count);
  }

  /** Candidate encodings of statement `i` in `env`, shortest first; throws its LineError. */
  encode(i: number, st: Encodable, env: EncodeEnv): number[][] {
    const r = this.encodeOrError(i, st, env);
    if (r instanceof LineError) throw r;
    return r;
  }

  /**
   * The same, with the error returned: a fuzzed file can have an error on every
   * other line, and throwing a remembered error again costs microseconds each
   * time, in every pass (a third of the time on 135,000 lines with 67,000 errors).
   */
  encodeOrError(i: number, st: Encodable, env: EncodeEnv): number[][] | LineError {
    let e = this.entries[i];
    if (e === undefined) e = this.entries[i] = this.first(st, env);
    if (e instanceof Remembered) return this.again(e, st, env);
    return e;
  }

  private first(st: Encodable, env: EncodeEnv): number[][] | LineError | Remembered {
    const inputs = inputsOf(st);
    if (inputs !== null) return new Remembered(inputs);
    const key = constantKey(st);
    const known = key === null ? undefined : this.shared.get(key);
    if (known) return known;
    this.encodings++;
    try {
      const cands = this.encodeOnce(st, env);
      if (key !== null && !(cands instanceof LineError)) this.shared.set(key, cands);
      return cands;
    } catch (err) {
      if (err instanceof LineError) return err;
      throw err;
    }
  }

  private encodeOnce(st: Encodable, env: EncodeEnv, r?: Remembered): number[][] | LineError {
    if (st.s === 'data') return [encodeData(st, env).slice()];
    let plan = r?.plan;
    if (!plan) {
      const shape = shapeKey(st);
      plan = this.plans.get(shape);
      if (!plan) this.plans.set(shape, (plan = []));
      if (r) r.plan = plan;
    }
    if (!r?.byDistance) {
      if (r) { r.widths = null; r.encodedAt = NaN; }
      const cands = tryEncodeInstruction(st, env, plan);
      return cands instanceof LineError ? cands : byLength(cands);
    }
    const relFields = new Map<number[], number>();
    const widths: number[] = [];
    const found = tryEncodeInstruction(st, env, plan, relFields);
    if (found instanceof LineError) return found;
    const cands = byLength(found, relFields, widths);
    r.encodedAt = r.seen[r.inputs.names.length + 2]!;
    r.widths = widths;
    return cands;
  }

  /**
   * A branch whose distance changed but whose forms did not: the remembered bytes
   * with the new displacement (what the encoder would give, without running it).
   */
  private moved(r: Remembered): boolean {
    if (!r.byDistance || !r.valid || !r.widths || r.result instanceof LineError) return false;
    const distance = r.seen[r.inputs.names.length + 2]!;
    if (!sameShortness(r.encodedAt, distance) || r.widths.some((w) => w === 0)) return false;
    const widths = r.widths;
    r.result = r.result.map((c, i) => atDistance(c, widths[i]!, distance));
    r.encodedAt = distance;
    return true;
  }

  private again(r: Remembered, st: Encodable, env: EncodeEnv): number[][] | LineError {
    if (!sameInputs(r, env) && !this.moved(r)) {
      this.encodings++;
      r.valid = false;
      r.undefinedSeen = null;
      this.recording = null;
      this.report = env.onUndefined;
      env.onUndefined = this.record;
      try {
        r.result = this.encodeOnce(st, env, r);
      } catch (err) {
        if (!(err instanceof LineError)) throw err;
        r.result = err;
      } finally {
        env.onUndefined = this.report;
        // (Filled by `record` during the call, which the type checker cannot see.)
        const recorded = this.recording as { name: string; col: number }[] | null;
        r.undefinedSeen = recorded && recorded.slice();
        this.recording = null;
      }
      r.valid = true;
    } else if (r.undefinedSeen) {
      for (const u of r.undefinedSeen) env.onUndefined(u.name, u.col);
    }
    return r.result;
  }
}

/** Whether the inputs have the values they had when last encoded; remembers the new ones. */
function sameInputs(r: Remembered, env: EncodeEnv): boolean {
  const { names, address, sectionStart, target } = r.inputs;
  const seen = r.seen;
  const n = names.length;
  if (target !== null) {
    // Evaluated as the encoder will (a division by zero throws the same error there).
    const v = evaluate(target, env);
    if (v.known) {
      const distance = (v.v - env.addr) | 0;
      const same = r.valid && r.byDistance && seen[n + 2] === distance;
      r.byDistance = true;
      seen[n + 2] = distance;
      return same;
    }
    if (r.byDistance) { r.byDistance = false; r.valid = false; }
  }
  let same = r.valid;
  for (let i = 0; i < n; i++) {
    const v = env.lookup(names[i]!) ?? NaN;
    const was = seen[i]!;
    if (v !== was && !(v !== v && was !== was)) { same = false; seen[i] = v; }
  }
  if (address && seen[n] !== env.addr) { same = false; seen[n] = env.addr; }
  if (sectionStart && seen[n + 1] !== env.sectionStart) { same = false; seen[n + 1] = env.sectionStart; }
  return same;
}

/** Bytes of a data statement (db/dw/dd/dq). */
export function encodeData(st: Data, env: EncodeEnv): number[] {
  const out: number[] = [];
  for (const it of st.items) {
    if ('str' in it) {
      const start = out.length;
      for (const ch of it.str) {
        const code = ch.charCodeAt(0);
        if (code > 255) throw new LineError(`character '${ch}' is not a single byte`, st.loc.col);
        out.push(code);
      }
      while ((out.length - start) % st.width) out.push(0);
      continue;
    }
    if ('big' in it) {
      for (let i = 0n; i < 8n; i++) out.push(Number((it.big >> (8n * i)) & 0xffn));
      continue;
    }
    const v = evaluate(it.expr, env);
    if (!v.known && v.undefinedName) env.onUndefined(v.undefinedName, v.undefinedCol ?? 0);
    const lim = 1 << (8 * st.width);
    if (v.known && st.width < 4 && (v.v >= lim || v.v < -(lim >> 1))) {
      throw new LineError(`value ${v.v} does not fit in ${st.width === 1 ? 'a byte' : 'a word'}`, st.loc.col);
    }
    for (let i = 0; i < Math.min(st.width, 4); i++) out.push((v.v >>> (8 * i)) & 0xff);
    // dq of a 32-bit expression: sign-extended.
    for (let i = 4; i < st.width; i++) out.push(v.v < 0 ? 0xff : 0);
  }
  return out;
}
