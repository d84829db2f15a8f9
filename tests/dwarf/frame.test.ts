// .debug_frame from cc: an FDE for every C function, rules that match its
// prologue and epilogue bytes, and the kernel's trap entry described by the
// .cfi_* directives of kernel/trap.s, down to the expressions that find the
// interrupted ESP and SS (evaluated here against a made-up trap frame). GNU
// readelf's tables of the same FDEs (tests/dwarf/fixtures/frames-readelf.txt,
// from scripts/dwarf-fixtures) must be our reader's, row by row.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { buildExecutable } from '../../cc/driver.ts';
import { assemble } from '../../src/isa/assembler.ts';
import { AsmError } from '../../src/isa/errors.ts';
import { readElf, type ElfFile } from '../../src/isa/elf-read.ts';
import { readDebugInfo, AT, TAG, type DwarfDie } from '../../src/debug/dwarf/reader.ts';
import { readDebugFrame, fdeFor, rulesAt, type Fde, type FrameRow } from '../../src/debug/dwarf/frame.ts';

const ESP = 4, EBP = 5, EIP = 8, EFLAGS = 9, CS = 41, SS = 42;

const sample = readElf(buildExecutable(['tests/dwarf/programs/sample.c'], { kind: 'user' }).elf);
const kernelSources = readdirSync('kernel').filter((f) => /\.[cs]$/.test(f)).sort().map((f) => `kernel/${f}`);
const kernel = readElf(buildExecutable(kernelSources, { kind: 'kernel', includePaths: ['kernel'] }).elf);

function subprograms(elf: ElfFile): DwarfDie[] {
  const out: DwarfDie[] = [];
  for (const u of readDebugInfo(elf)) for (const d of u.root.children) if (d.tag === TAG.subprogram) out.push(d);
  return out;
}

const symbol = (elf: ElfFile, name: string) => elf.symbols.find((s) => s.name === name)!;

function row(fdes: Fde[], addr: number): FrameRow {
  const f = fdeFor(fdes, addr);
  expect(f, `an FDE for 0x${addr.toString(16)}`).toBeDefined();
  return rulesAt(f!, addr);
}

describe('.debug_frame for C functions', () => {
  for (const [name, elf] of [['a user program', sample], ['the kernel', kernel]] as const) {
    it(`covers every function of ${name} with the rules of its prologue and epilogue`, () => {
      const fdes = readDebugFrame(elf);
      const funcs = subprograms(elf);
      expect(funcs.length).toBeGreaterThan(20);
      for (const f of funcs) {
        const lo = f.attrs.get(AT.low_pc) as number;
        const hi = lo + (f.attrs.get(AT.high_pc) as number);
        const fde = fdeFor(fdes, lo)!;
        expect(fde, `FDE of ${String(f.attrs.get(AT.name))}`).toBeDefined();
        expect([fde.start, fde.end]).toEqual([lo, hi]);
        expect(rulesAt(fde, lo)).toEqual({ cfa: { kind: 'reg', reg: ESP, offset: 4 }, regs: new Map([[EIP, { kind: 'offset', offset: -4 }]]) });
        const pushed = rulesAt(fde, lo + 1); // after push ebp
        expect(pushed.cfa).toEqual({ kind: 'reg', reg: ESP, offset: 8 });
        expect(pushed.regs.get(EBP)).toEqual({ kind: 'offset', offset: -8 });
        expect(rulesAt(fde, lo + 3).cfa).toEqual({ kind: 'reg', reg: EBP, offset: 8 }); // after mov ebp, esp
        expect(rulesAt(fde, hi - 3).cfa).toEqual({ kind: 'reg', reg: EBP, offset: 8 }); // inside mov esp, ebp
        expect(rulesAt(fde, hi - 2).cfa).toEqual({ kind: 'reg', reg: ESP, offset: 8 }); // at pop ebp
        const atRet = rulesAt(fde, hi - 1);
        expect(atRet.cfa).toEqual({ kind: 'reg', reg: ESP, offset: 4 });
        expect(atRet.regs.has(EBP)).toBe(false);
      }
    });
  }
});

/** A tiny DWARF expression machine for the operations trap.s uses. */
function evaluate(expr: number[], cfa: number, memory: Map<number, number>, regs: Map<number, number>): number {
  const st = [cfa];
  const pop = () => st.pop()!;
  let pc = 0;
  const s16 = () => { const v = expr[pc]! | (expr[pc + 1]! << 8); pc += 2; return (v << 16) >> 16; };
  while (pc < expr.length) {
    const op = expr[pc++]!;
    if (op >= 0x30 && op <= 0x4f) { st.push(op - 0x30); continue; } // lit0..lit31
    switch (op) {
      case 0x12: st.push(st[st.length - 1]!); break; // dup
      case 0x13: pop(); break; // drop
      case 0x16: { const a = pop(), b = pop(); st.push(a, b); break; } // swap
      case 0x08: st.push(expr[pc++]!); break; // const1u
      case 0x1c: { const b = pop(), a = pop(); st.push(a - b); break; } // minus
      case 0x1a: st.push(pop() & pop()); break; // and
      case 0x06: { const a = pop(); const v = memory.get(a); if (v === undefined) throw new Error(`read of 0x${a.toString(16)}`); st.push(v); break; }
      case 0x28: { const off = s16(); if (pop() !== 0) pc += off; break; } // bra
      case 0x2f: { const off = s16(); pc += off; break; } // skip
      case 0x92: { const r = expr[pc++]!; const off = expr[pc++]!; st.push(regs.get(r)! + off); break; } // bregx (small operands)
      default: throw new Error(`operation 0x${op.toString(16)} not expected`);
    }
  }
  return pop();
}

describe('.debug_frame for the kernel trap entry (kernel/trap.s)', () => {
  const fdes = readDebugFrame(kernel);
  const common = symbol(kernel, 'trap_common').value;
  const stub = symbol(kernel, 'trap_stub_128').value;

  it('puts the CFA at the end of a ring-3 trap frame at every instruction of the path', () => {
    expect(row(fdes, stub).cfa).toEqual({ kind: 'reg', reg: ESP, offset: 20 }); // EIP CS EFLAGS ESP SS
    expect(row(fdes, stub + 2).cfa).toEqual({ kind: 'reg', reg: ESP, offset: 24 }); // after push 0
    expect(row(fdes, common).cfa).toEqual({ kind: 'reg', reg: ESP, offset: 28 });
    const saved = row(fdes, common + 7); // after pushad; push ds es fs gs (1+1+1+2+2 bytes): the whole frame
    expect(saved.cfa).toEqual({ kind: 'reg', reg: ESP, offset: 76 });
    for (const [reg, off] of [[EIP, -20], [CS, -16], [EFLAGS, -12], [EBP, -52], [0, -32], [45, -76]]) {
      expect(saved.regs.get(reg!), `register ${reg}`).toEqual({ kind: 'offset', offset: off });
    }
    // trap() returns to the instruction after `call trap`: the frame pointer argument is still pushed.
    const call = kernel.symbols.find((s) => s.name === 'trap_return')!.value - 3 - 5; // add esp, 4 (3 bytes) after call (5)
    expect(row(fdes, call).cfa).toEqual({ kind: 'reg', reg: ESP, offset: 80 });
    expect(row(fdes, call + 5).cfa).toEqual({ kind: 'reg', reg: ESP, offset: 80 });
    expect(row(fdes, call + 8).cfa).toEqual({ kind: 'reg', reg: ESP, offset: 76 });
  });

  it('describes the other 48 stubs too, with and without the CPU\'s error code', () => {
    const withErrorCode = new Set([8, 10, 11, 12, 13, 14, 17]);
    for (let v = 0; v < 48; v++) {
      const at = symbol(kernel, `trap_stub_${v}`).value;
      const entry = row(fdes, at);
      expect(entry.cfa, `trap_stub_${v}`).toEqual({ kind: 'reg', reg: ESP, offset: withErrorCode.has(v) ? 24 : 20 });
      expect(entry.regs.get(EIP)).toEqual({ kind: 'offset', offset: -20 });
      expect(entry.regs.get(ESP)!.kind).toBe('val_expression');
      const jmp = at + (withErrorCode.has(v) ? 2 : 4); // push imm8 is 2 bytes
      expect(row(fdes, jmp).cfa, `trap_stub_${v} at its jmp`).toEqual({ kind: 'reg', reg: ESP, offset: 28 });
    }
  });

  it('finds the interrupted ESP and SS from ring 3 and from ring 0', () => {
    const rules = row(fdes, common + 7);
    const espRule = rules.regs.get(ESP)!;
    const ssRule = rules.regs.get(SS)!;
    expect(espRule.kind).toBe('val_expression');
    expect(ssRule.kind).toBe('val_expression');
    const cfa = 0x121ff0;
    const frame = (cs: number) => new Map([[cfa - 16, cs], [cfa - 8, 0x403ffe0], [cfa - 4, 0x23]]);
    const regs = new Map([[SS, 0x10]]);
    const expr = (r: typeof espRule) => (r.kind === 'val_expression' ? r.expr : []);
    expect(evaluate(expr(espRule), cfa, frame(0x1b), regs)).toBe(0x403ffe0); // the user's ESP, saved by the CPU
    expect(evaluate(expr(ssRule), cfa, frame(0x1b), regs)).toBe(0x23);
    expect(evaluate(expr(espRule), cfa, frame(0x08), regs)).toBe(cfa - 8); // ring 0: right above EFLAGS
    expect(evaluate(expr(ssRule), cfa, frame(0x08), regs)).toBe(0x10); // ring 0: the SS it has
  });
});

describe('.cfi_* directives', () => {
  const diagnostics = (text: string) => {
    try {
      assemble([{ name: 'c.s', text }], { base: 0x1000 });
    } catch (e) {
      if (e instanceof AsmError) return e.diagnostics;
      throw e;
    }
    return [];
  };

  it('report mistakes at their line', () => {
    expect(diagnostics('_start:\n.cfi_startproc\n.cfi_bogus 1\nret\n.cfi_endproc')).toEqual(["c.s:3:1: error: unknown CFI directive '.cfi_bogus'"]);
    expect(diagnostics('_start:\n.cfi_offset ebp, -8\nret')).toEqual(['c.s:2:1: error: CFI directive outside .cfi_startproc/.cfi_endproc']);
    expect(diagnostics('_start:\n.cfi_startproc\nret')).toEqual(['c.s:2:1: error: .cfi_startproc without .cfi_endproc']);
    expect(diagnostics('_start:\n.cfi_startproc\n.cfi_offset xmm0, -8\n.cfi_endproc')[0]).toMatch(/^c\.s:3:1: error: 'xmm0' is not a register CFI can name/);
    expect(diagnostics('_start:\n.cfi_startproc\n.cfi_offset ebp, -6\n.cfi_endproc')[0]).toMatch(/multiple of 4/);
  });

  it('add no bytes and no symbols, and keep local labels in scope', () => {
    const plain = assemble([{ name: 'p.s', text: '_start:\npush ebp\n.l: dec eax\njnz .l\nret' }], { base: 0x1000 });
    const withCfi = assemble([{ name: 'p.s', text: '_start:\n.cfi_startproc\npush ebp\n.cfi_def_cfa_offset 8\n.l: dec eax\njnz .l\nret\n.cfi_endproc' }], { base: 0x1000 });
    expect(withCfi.sections).toEqual(plain.sections);
    expect(withCfi.symbols).toEqual(plain.symbols);
    expect(withCfi.cfi).toEqual([{ start: 0x1000, end: 0x1005, rules: [{ addr: 0x1001, op: { op: 'def_cfa_offset', offset: 8 } }] }]);
  });
});

/** readelf --debug-dump=frames-interp's register column names. */
const READELF_REGS: Record<string, number> = {
  eax: 0, ecx: 1, edx: 2, ebx: 3, esp: 4, ebp: 5, esi: 6, edi: 7, ra: 8, eflags: 9, es: 40, cs: 41, ss: 42, ds: 43, fs: 44, gs: 45,
};
const REG_NAMES = Object.fromEntries(Object.entries(READELF_REGS).map(([k, v]) => [v, k]));

/** A row of our table as readelf prints it: the CFA and one cell per column. */
function asReadelf(r: FrameRow, columns: string[]): string[] {
  const cfa = r.cfa.kind === 'reg' ? `${REG_NAMES[r.cfa.reg]}+${r.cfa.offset}` : 'exp';
  const cell = (reg: number) => {
    const rule = r.regs.get(reg);
    if (!rule || rule.kind === 'undefined') return 'u';
    switch (rule.kind) {
      case 'offset': return `c${rule.offset >= 0 ? '+' : ''}${rule.offset}`;
      case 'val_offset': return `v${rule.offset >= 0 ? '+' : ''}${rule.offset}`;
      case 'same': return 's';
      case 'register': return REG_NAMES[rule.reg]!;
      case 'expression': return 'exp';
      case 'val_expression': return 'vexp';
    }
  };
  return [cfa, ...columns.map((c) => cell(READELF_REGS[c]!))];
}

describe('.debug_frame as GNU readelf reads it (recorded)', () => {
  const fixture = readFileSync('tests/dwarf/fixtures/frames-readelf.txt', 'utf8');
  const parts = fixture.split(/^== /m).filter(Boolean);

  it('has the same rule table at every row, for the sample and for the trap entry', () => {
    let rows = 0;
    for (const part of parts) {
      const elf = part.startsWith('sample.elf') ? sample : kernel;
      const fdes = readDebugFrame(elf);
      for (const block of part.split('\n\n')) {
        const head = / FDE cie=\w+ pc=([0-9a-f]+)\.\.([0-9a-f]+)/.exec(block);
        if (!head) continue;
        const [start, end] = [parseInt(head[1]!, 16), parseInt(head[2]!, 16)];
        const fde = fdeFor(fdes, start)!;
        expect([fde.start, fde.end]).toEqual([start, end]);
        const lines = block.split('\n');
        const header = lines.findIndex((l) => /^\s+LOC\s+CFA/.test(l));
        const columns = lines[header]!.trim().split(/\s+/).slice(2);
        for (const line of lines.slice(header + 1).filter((l) => /^[0-9a-f]{8} /.test(l))) {
          const [loc, ...cells] = line.trim().split(/\s+/);
          expect(asReadelf(rulesAt(fde, parseInt(loc!, 16)), columns), `row ${loc}`).toEqual(cells);
          rows++;
        }
      }
    }
    expect(rows).toBeGreaterThan(40);
  });
});
