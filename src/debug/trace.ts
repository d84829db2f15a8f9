// Parses the kernel's trace lines on the debug console (port 0xE9):
// `RS <event> key=value ...`, values with spaces double-quoted, hex with 0x.

/** One key=value field: numbers are parsed (decimal or 0x hex), the rest kept as text. */
export type TraceValue = number | string;

export interface TraceLine {
  event: string;
  fields: Record<string, TraceValue>;
  /** The line as the kernel wrote it. */
  raw: string;
}

export type TraceEvent =
  | { kind: 'boot'; memKib: number; modules: number; opts: string; raw: string }
  /** cr3/esp0: the new address space and kernel stack (null from a kernel that does not say). */
  | { kind: 'run'; pid: number; name: string; entry: number; cr3: number | null; esp0: number | null; raw: string }
  /** `pid` forked `child`: the child's parent is pid, its name pid's until it execs. */
  | { kind: 'fork'; pid: number; child: number; raw: string }
  /** A context switch; 0 is the kernel's idle loop. esp0/cr3: what the kernel wrote into TSS.esp0 and CR3 for `to`. */
  | { kind: 'switch'; from: number; to: number; esp0: number; cr3: number; raw: string }
  /** `pid` sleeps on `on` (read, write, wait, sleep). */
  | { kind: 'block'; pid: number; on: string; raw: string }
  | { kind: 'wake'; pid: number; raw: string }
  /** `from` (0: the kernel) sent signal `sig` to `pid`. */
  | { kind: 'signal'; pid: number; sig: number; from: number; raw: string }
  /** Parent `pid` collected zombie `child`; status is the POSIX wait status. */
  | { kind: 'reap'; pid: number; child: number; status: number; raw: string }
  /** `pid`'s parent died: `ppid` (init) adopts it. */
  | { kind: 'reparent'; pid: number; ppid: number; raw: string }
  | { kind: 'syscall'; pid: number; nr: number; name: string; args: number[]; raw: string }
  | { kind: 'check'; pid: number; addr: number; len: number; write: boolean; ok: boolean; raw: string }
  | { kind: 'sysret'; pid: number; name: string; ret: number; raw: string }
  | {
      kind: 'kill';
      pid: number;
      name: string;
      reason: string;
      vector: number | null;
      error: number | null;
      cr2: number | null;
      eip: number | null;
      status: number;
      raw: string;
    }
  | { kind: 'exit'; pid: number; name: string; status: number; raw: string }
  | { kind: 'halt'; status: number; raw: string }
  | { kind: 'panic'; reason: string; vector: number | null; error: number | null; cr2: number | null; eip: number | null; raw: string }
  /** A well-formed line with an event this parser does not know: kept, not dropped. */
  | { kind: 'other'; event: string; fields: Record<string, TraceValue>; raw: string };

export class TraceParseError extends Error {
  override name = 'TraceParseError';
}

const PREFIX = 'RS ';

/** Splits a trace line into event and fields; null if the line is not a trace line. */
export function splitTraceLine(line: string): TraceLine | null {
  const raw = line.replace(/\r?\n$/, '');
  if (!raw.startsWith(PREFIX)) return null;
  const body = raw.slice(PREFIX.length);
  const m = /^([A-Za-z_][\w-]*)/.exec(body);
  if (!m) return null;
  const fields: Record<string, TraceValue> = {};
  let i = m[1]!.length;
  while (i < body.length) {
    while (body[i] === ' ') i++;
    if (i >= body.length) break;
    const eq = body.indexOf('=', i);
    if (eq < 0) throw new TraceParseError(`trace line field without '=': ${raw}`);
    const key = body.slice(i, eq);
    if (!/^[A-Za-z_]\w*$/.test(key)) throw new TraceParseError(`bad field name "${key}" in trace line: ${raw}`);
    i = eq + 1;
    let text: string;
    if (body[i] === '"') {
      const close = body.indexOf('"', i + 1);
      if (close < 0) throw new TraceParseError(`unterminated quoted value in trace line: ${raw}`);
      fields[key] = body.slice(i + 1, close); // quoted values stay text
      i = close + 1;
      continue;
    }
    const end = body.indexOf(' ', i);
    text = end < 0 ? body.slice(i) : body.slice(i, end);
    i = end < 0 ? body.length : end;
    fields[key] = parseValue(text);
  }
  return { event: m[1]!, fields, raw };
}

function parseValue(text: string): TraceValue {
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.slice(2), 16);
  if (/^-?\d+$/.test(text)) return parseInt(text, 10);
  return text;
}

/** Parses one trace line into a typed event; null if the line is not a trace line. */
export function parseTraceLine(line: string): TraceEvent | null {
  const t = splitTraceLine(line);
  if (!t) return null;
  const f = new FieldReader(t);
  const raw = t.raw;
  switch (t.event) {
    case 'boot':
      return { kind: 'boot', memKib: f.num('mem_kib'), modules: f.num('modules'), opts: f.text('opts', ''), raw };
    case 'run':
      return { kind: 'run', pid: f.num('pid'), name: f.text('name'), entry: f.num('entry'), cr3: f.optNum('cr3'), esp0: f.optNum('esp0'), raw };
    case 'fork':
      return { kind: 'fork', pid: f.num('pid'), child: f.num('child'), raw };
    case 'switch':
      // A switch to idle (to=0) names no kernel stack or address space: 0 stands in.
      return { kind: 'switch', from: f.num('from'), to: f.num('to'), esp0: f.optNum('esp0') ?? 0, cr3: f.optNum('cr3') ?? 0, raw };
    case 'block':
      return { kind: 'block', pid: f.num('pid'), on: f.text('on'), raw };
    case 'wake':
      return { kind: 'wake', pid: f.num('pid'), raw };
    case 'signal':
      return { kind: 'signal', pid: f.num('pid'), sig: f.num('sig'), from: f.num('from'), raw };
    case 'reap':
      return { kind: 'reap', pid: f.num('pid'), child: f.num('child'), status: f.num('status'), raw };
    case 'reparent':
      return { kind: 'reparent', pid: f.num('pid'), ppid: f.num('ppid'), raw };
    case 'syscall': {
      const args: number[] = [];
      for (let n = 0; `a${n}` in t.fields; n++) args.push(f.num(`a${n}`));
      return { kind: 'syscall', pid: f.num('pid'), nr: f.num('nr'), name: f.text('name'), args, raw };
    }
    case 'check': {
      const verdict = f.text('verdict');
      if (verdict !== 'ok' && verdict !== 'bad') throw new TraceParseError(`check verdict must be ok or bad: ${raw}`);
      return {
        kind: 'check', pid: f.num('pid'), addr: f.num('addr'), len: f.num('len'),
        write: f.num('write') !== 0, ok: verdict === 'ok', raw,
      };
    }
    case 'sysret':
      return { kind: 'sysret', pid: f.num('pid'), name: f.text('name'), ret: f.num('ret'), raw };
    case 'kill':
      return {
        kind: 'kill', pid: f.num('pid'), name: f.text('name'), reason: f.text('reason'),
        vector: f.optNum('vector'), error: f.optNum('error'), cr2: f.optNum('cr2'), eip: f.optNum('eip'),
        status: f.num('status'), raw,
      };
    case 'exit':
      return { kind: 'exit', pid: f.num('pid'), name: f.text('name'), status: f.num('status'), raw };
    case 'halt':
      return { kind: 'halt', status: f.num('status'), raw };
    case 'panic':
      return {
        kind: 'panic', reason: f.text('reason'),
        vector: f.optNum('vector'), error: f.optNum('error'), cr2: f.optNum('cr2'), eip: f.optNum('eip'), raw,
      };
    default:
      return { kind: 'other', event: t.event, fields: t.fields, raw };
  }
}

class FieldReader {
  constructor(private readonly line: TraceLine) {}

  num(key: string): number {
    const v = this.line.fields[key];
    if (typeof v !== 'number') throw new TraceParseError(`"${this.line.event}" trace line needs a numeric ${key}=: ${this.line.raw}`);
    return v;
  }

  optNum(key: string): number | null {
    return key in this.line.fields ? this.num(key) : null;
  }

  text(key: string, fallback?: string): string {
    const v = this.line.fields[key];
    if (v === undefined) {
      if (fallback !== undefined) return fallback;
      throw new TraceParseError(`"${this.line.event}" trace line needs ${key}=: ${this.line.raw}`);
    }
    return String(v);
  }
}

/** Lines longer than this are handed on in pieces: a guest that never writes a
 *  newline must not make the host buffer grow without bound. */
export const MAX_LINE = 4096;

/** Collects debug-console bytes into lines and hands each complete line on. */
export class LineSplitter {
  private pending = '';

  constructor(private readonly onLine: (line: string) => void) {}

  push(byte: number): void {
    if (byte === 0x0a) {
      const line = this.pending.endsWith('\r') ? this.pending.slice(0, -1) : this.pending;
      this.pending = '';
      this.onLine(line);
      return;
    }
    this.pending += String.fromCharCode(byte);
    if (this.pending.length >= MAX_LINE) {
      const line = this.pending;
      this.pending = '';
      this.onLine(line);
    }
  }
}
