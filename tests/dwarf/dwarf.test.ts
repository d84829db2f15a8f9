import { describe, it, expect } from 'vitest';
import { buildExecutable } from '../../cc/driver.ts';
import { readElf } from '../../src/isa/elf-read.ts';
import {
  readDebugInfo, readLineTable, indexDies, dieName, typeName, fbregOffset, addrLocation, AT, TAG, DwarfError,
  type DwarfDie,
} from '../../src/debug/dwarf/reader.ts';

const SAMPLE = 'tests/dwarf/programs/sample.c';
const built = buildExecutable([SAMPLE], { kind: 'user' });
const elf = readElf(built.elf);
const units = readDebugInfo(elf);
const index = indexDies(units);
const sampleUnit = units.find((u) => dieName(u.root) === SAMPLE)!;
const sym = (name: string) => elf.symbols.find((s) => s.name === name)!;
const child = (d: DwarfDie, tag: number, name: string) => d.children.find((c) => c.tag === tag && dieName(c) === name)!;
const fn = (name: string) => child(sampleUnit.root, TAG.subprogram, name);

describe('DWARF from cc: .debug_info', () => {
  it('has a DWARF 4 compile unit per C file, named relative to the project', () => {
    expect(sampleUnit).toBeDefined();
    expect(sampleUnit.version).toBe(4);
    expect(sampleUnit.addressSize).toBe(4);
    expect(sampleUnit.root.attrs.get(AT.producer)).toBe('ringside cc');
    expect(sampleUnit.root.attrs.get(AT.language)).toBe(0x0c); // C99
    // The runtime's units are there too, and no name is an absolute path of the build machine.
    const names = units.map((u) => dieName(u.root)!);
    expect(names).toContain('cc/runtime/stdlib.c');
    for (const n of names) expect(n.startsWith('/')).toBe(false);
  });

  it('describes every function with the address range of its symbol and an EBP frame base', () => {
    for (const name of ['main', 'depth1', 'depth2', 'depth3']) {
      const f = fn(name);
      expect(f, name).toBeDefined();
      const s = sym(name === 'depth3' ? elf.symbols.find((x) => x.name.endsWith('_depth3'))!.name : name);
      expect(f.attrs.get(AT.low_pc)).toBe(s.value);
      expect(f.attrs.get(AT.high_pc)).toBe(s.size); // DWARF 4: an offset from low_pc
      expect(f.attrs.get(AT.frame_base)).toEqual([0x75, 0]); // DW_OP_breg5 (ebp) 0
    }
    expect(fn('depth3').attrs.has(AT.external)).toBe(false); // static
    expect(fn('main').attrs.get(AT.external)).toBe(true);
    expect(typeName(index, fn('main').attrs.get(AT.type))).toBe('int');
    expect(fn('main').attrs.get(AT.decl_line)).toBe(41);
    // The unit covers its functions.
    const low = sampleUnit.root.attrs.get(AT.low_pc) as number;
    const high = low + (sampleUnit.root.attrs.get(AT.high_pc) as number);
    for (const name of ['main', 'depth1']) expect(sym(name).value >= low && sym(name).value + sym(name).size <= high).toBe(true);
  });

  it('places parameters above and locals below EBP, with their C types', () => {
    const p = child(fn('depth1'), TAG.formal_parameter, 'p');
    expect(fbregOffset(p.attrs.get(AT.location))).toBe(8);
    expect(typeName(index, p.attrs.get(AT.type))).toBe('struct point *');
    const vars: Record<string, DwarfDie> = Object.fromEntries(fn('main').children.filter((c) => c.tag === TAG.variable).map((c) => [dieName(c), c]));
    expect(Object.keys(vars).sort()).toEqual(['arr', 'pt', 'w']);
    expect(typeName(index, vars.pt!.attrs.get(AT.type))).toBe('struct point');
    expect(typeName(index, vars.arr!.attrs.get(AT.type))).toBe('int [3]');
    expect(typeName(index, vars.w!.attrs.get(AT.type))).toBe('union word');
    const offsets = Object.values(vars).map((v) => fbregOffset(v.attrs.get(AT.location))!);
    for (const o of offsets) expect(o).toBeLessThan(0);
    expect(new Set(offsets).size).toBe(3);
    // The code really uses those offsets: `mov dword [ebp-N], 3` for pt.x = 3.
    const ptx = fbregOffset(vars.pt!.attrs.get(AT.location))!;
    const text = built.units.find((u) => u.name.endsWith('sample.s'))!.text;
    expect(text).toContain(`[ebp${ptx}]`);
  });

  it('describes struct and union members, arrays and the integer types', () => {
    const point = [...index.values()].find((d) => d.tag === TAG.structure_type && dieName(d) === 'point')!;
    expect(point.attrs.get(AT.byte_size)).toBe(12);
    expect(point.children.map((m) => [dieName(m), m.attrs.get(AT.data_member_location), typeName(index, m.attrs.get(AT.type))]))
      .toEqual([['x', 0, 'int'], ['y', 4, 'int'], ['tag', 8, 'char']]);
    const word = [...index.values()].find((d) => d.tag === TAG.union_type && dieName(d) === 'word')!;
    expect(word.children.map((m) => [dieName(m), m.attrs.get(AT.data_member_location), typeName(index, m.attrs.get(AT.type))]))
      .toEqual([['u', 0, 'unsigned int'], ['bytes', 0, 'unsigned char [4]']]);
    const base = (n: string) => [...index.values()].find((d) => d.tag === TAG.base_type && dieName(d) === n)!;
    expect(base('unsigned int').attrs.get(AT.encoding)).toBe(0x07);
    expect(base('int').attrs.get(AT.encoding)).toBe(0x05);
    expect(base('char').attrs.get(AT.encoding)).toBe(0x06);
    expect(base('long long').attrs.get(AT.byte_size)).toBe(8);
  });

  it('gives globals (static or not) their addresses', () => {
    const g = (n: string) => child(sampleUnit.root, TAG.variable, n);
    expect(addrLocation(g('counter').attrs.get(AT.location))).toBe(sym('counter').value);
    expect(g('counter').attrs.get(AT.external)).toBe(true);
    expect(typeName(index, g('greeting').attrs.get(AT.type))).toBe('char *');
    expect(typeName(index, g('table').attrs.get(AT.type))).toBe('unsigned short [5]');
    const big = g('big');
    expect(big.attrs.has(AT.external)).toBe(false);
    expect(typeName(index, big.attrs.get(AT.type))).toBe('long long');
    const addr = addrLocation(big.attrs.get(AT.location))!;
    const data = elf.sections.find((s) => s.name === '.data')!;
    const v = new DataView(data.data.buffer, data.data.byteOffset + (addr - data.addr), 8);
    expect(v.getUint32(0, true)).toBe(0x23456789);
    expect(v.getUint32(4, true)).toBe(1);
  });
});

describe('DWARF from cc: .debug_line', () => {
  const rows = readLineTable(elf);

  it('has a row for every address of the assembler\'s line table inside the C units', () => {
    const sampleRows = rows.filter((r) => r.file === SAMPLE && !r.endSequence);
    const expected = elf.lines.filter((l) => l.file === SAMPLE).map((l) => [l.addr, l.line]);
    expect(sampleRows.map((r) => [r.address, r.line])).toEqual(expected);
  });

  it('ends each sequence at the end of its unit', () => {
    const ends = rows.filter((r) => r.endSequence);
    expect(ends.length).toBeGreaterThan(1);
    const low = sampleUnit.root.attrs.get(AT.low_pc) as number;
    const high = low + (sampleUnit.root.attrs.get(AT.high_pc) as number);
    expect(ends.map((e) => e.address)).toContain(high);
  });

  it('main\'s first statement row comes after its prologue (where gdb puts `break main`)', () => {
    const main = sym('main');
    const inMain = rows.filter((r) => r.address >= main.value && r.address < main.value + main.size);
    expect(inMain[0]!.address).toBe(main.value);
    expect(inMain[0]!.line).toBe(41);
    expect(inMain[1]!.line).toBe(46); // pt.x = 3;
  });
});

describe('the DWARF reader', () => {
  it('refuses truncated or foreign data with DwarfError', () => {
    const info = elf.sections.find((s) => s.name === '.debug_info')!;
    const cut = { ...elf, sections: elf.sections.map((s) => (s === info ? { ...s, data: s.data.subarray(0, 30) } : s)) };
    expect(() => readDebugInfo(cut)).toThrow(DwarfError);
    const v5 = new Uint8Array(info.data);
    v5[4] = 5;
    const other = { ...elf, sections: elf.sections.map((s) => (s === info ? { ...s, data: v5 } : s)) };
    expect(() => readDebugInfo(other)).toThrow(/version 5/);
  });
});

describe('DWARF in the bundled kernel', () => {
  it('describes the kernel\'s C units and functions, named relative to the project', async () => {
    const { buildBundledKernel } = await import('../../src/build/bundle.ts');
    const kernel = readElf(buildBundledKernel());
    const kUnits = readDebugInfo(kernel);
    const names = kUnits.map((u) => dieName(u.root));
    expect(names).toContain('kernel/main.c');
    expect(names).toContain('kernel/sys_console.c');
    const consoleUnit = kUnits.find((u) => dieName(u.root) === 'kernel/sys_console.c')!;
    const f = consoleUnit.root.children.find((d) => d.tag === TAG.subprogram && dieName(d) === 'sys_printf')!;
    const s = kernel.symbols.find((x) => x.name === 'sys_printf')!;
    expect(f.attrs.get(AT.low_pc)).toBe(s.value);
    expect(f.children.map(dieName)).toEqual(expect.arrayContaining(['args', 'block']));
    const kIndex = indexDies(kUnits);
    const args = f.children.find((d) => dieName(d) === 'args')!;
    expect(typeName(kIndex, args.attrs.get(AT.type))).toBe('unsigned int *');
    expect(readLineTable(kernel).some((r) => r.file === 'kernel/sys_console.c' && r.address === s.value)).toBe(true);
  });
});

describe('DWARF from cc: typedef names', () => {
  const TYPEDEFS = 'tests/dwarf/programs/typedefs.c';
  const tElf = readElf(buildExecutable([TYPEDEFS], { kind: 'user' }).elf);
  const tUnits = readDebugInfo(tElf);
  const tIndex = indexDies(tUnits);
  const unit = tUnits.find((u) => dieName(u.root) === TYPEDEFS)!;
  const typeOf = (d: DwarfDie) => typeName(tIndex, d.attrs.get(AT.type));
  const varIn = (f: DwarfDie, name: string) => f.children.find((c) => (c.tag === TAG.variable || c.tag === TAG.formal_parameter) && dieName(c) === name)!;

  it('describes every typedef the unit declares, file scope and block scope, by its underlying type', () => {
    const tds = Object.fromEntries(unit.root.children.filter((c) => c.tag === TAG.typedef).map((c) => [dieName(c), c]));
    expect(Object.keys(tds).sort()).toEqual(['counter', 'local_int', 'point_ref', 'point_t']);
    expect(typeOf(tds.point_t!)).toBe('struct point');
    expect(typeOf(tds.counter!)).toBe('unsigned int');
    expect(typeOf(tds.local_int!)).toBe('int');
    expect(typeOf(tds.point_ref!)).toBe('struct point *');
  });

  it('types a variable spelled with a typedef name by that typedef, and others by the plain type', () => {
    const main = unit.root.children.find((c) => c.tag === TAG.subprogram && dieName(c) === 'main')!;
    const sum = unit.root.children.find((c) => c.tag === TAG.subprogram && dieName(c) === 'sum')!;
    const total = unit.root.children.find((c) => c.tag === TAG.variable && dieName(c) === 'total')!;
    expect(typeOf(varIn(main, 'pt'))).toBe('point_t');
    expect(typeOf(varIn(main, 'raw'))).toBe('struct point *'); // `point_t *` is a new pointer type
    expect(typeOf(varIn(main, 'scale'))).toBe('double');
    expect(typeOf(varIn(sum, 'p'))).toBe('point_ref');
    expect(typeOf(varIn(sum, 'n'))).toBe('counter');
    expect(typeOf(varIn(sum, 's'))).toBe('local_int');
    expect(typeOf(total)).toBe('counter');
  });
});
