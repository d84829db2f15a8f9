// GNU readelf's view of cc's DWARF for the sample (recorded by
// scripts/dwarf-fixtures) against our reader's view of a fresh build: the same
// DIEs at the same offsets with the same names, addresses, locations and
// members, and the same line rows. A change to what cc emits shows up here
// until the fixture is recorded again (and readelf has accepted it).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildExecutable } from '../../cc/driver.ts';
import { readElf } from '../../src/isa/elf-read.ts';
import { readDebugInfo, readLineTable, fbregOffset, addrLocation, AT, type DwarfDie } from '../../src/debug/dwarf/reader.ts';

const SAMPLE = 'tests/dwarf/programs/sample.c';
const fixture = readFileSync('tests/dwarf/fixtures/sample-readelf.txt', 'utf8');
const elf = readElf(buildExecutable([SAMPLE], { kind: 'user' }).elf);

const TAG_NAMES: Record<number, string> = {
  0x01: 'array_type', 0x05: 'formal_parameter', 0x0d: 'member', 0x0f: 'pointer_type', 0x11: 'compile_unit',
  0x13: 'structure_type', 0x15: 'subroutine_type', 0x16: 'typedef', 0x17: 'union_type', 0x18: 'unspecified_parameters',
  0x21: 'subrange_type', 0x24: 'base_type', 0x2e: 'subprogram', 0x34: 'variable',
};

interface Seen { offset: number; depth: number; tag: string; attrs: Map<string, string> }

/** The DIEs in readelf's text: offset, depth, tag and the attributes we compare. */
function fixtureDies(): Seen[] {
  const out: Seen[] = [];
  for (const line of fixture.split('\n')) {
    const d = /^ <(\d+)><([0-9a-f]+)>: Abbrev Number: \d+ \(DW_TAG_(\w+)\)/.exec(line);
    if (d) {
      out.push({ depth: Number(d[1]), offset: parseInt(d[2]!, 16), tag: d[3]!, attrs: new Map() });
      continue;
    }
    const a = /^ +<[0-9a-f]+> +DW_AT_(\w+) *: (.*)$/.exec(line);
    if (a && out.length) out[out.length - 1]!.attrs.set(a[1]!, a[2]!.trim());
  }
  return out;
}

function ourDies(): Seen[] {
  const unit = readDebugInfo(elf)[0]!;
  const out: Seen[] = [];
  const walk = (d: DwarfDie, depth: number) => {
    const attrs = new Map<string, string>();
    const name = d.attrs.get(AT.name);
    if (typeof name === 'string') attrs.set('name', name);
    for (const [key, at] of [['low_pc', AT.low_pc], ['high_pc', AT.high_pc]] as const) {
      const v = d.attrs.get(at);
      if (typeof v === 'number') attrs.set(key, `0x${v.toString(16)}`);
    }
    for (const [key, at] of [['byte_size', AT.byte_size], ['data_member_location', AT.data_member_location], ['upper_bound', AT.upper_bound], ['decl_line', AT.decl_line]] as const) {
      const v = d.attrs.get(at);
      if (typeof v === 'number') attrs.set(key, String(v));
    }
    const ty = d.attrs.get(AT.type);
    if (ty && typeof ty === 'object' && !Array.isArray(ty)) attrs.set('type', `<0x${ty.ref.toString(16)}>`);
    const loc = d.attrs.get(AT.location);
    const fb = fbregOffset(loc);
    const addr = addrLocation(loc);
    if (fb !== null) attrs.set('location', `DW_OP_fbreg: ${fb}`);
    if (addr !== null) attrs.set('location', `DW_OP_addr: ${addr.toString(16)}`);
    out.push({ offset: d.offset, depth, tag: TAG_NAMES[d.tag] ?? `0x${d.tag.toString(16)}`, attrs });
    d.children.forEach((c) => walk(c, depth + 1));
  };
  walk(unit.root, 0);
  return out;
}

/** readelf's wording of the attributes we compare, reduced to the value. */
function readelfValue(key: string, text: string): string {
  if (key === 'name') return text.replace(/^\(indirect string, offset: 0x[0-9a-f]+\): /, '');
  if (key === 'location') return /\((DW_OP_\w+: [-0-9a-f]+)\)/.exec(text)?.[1] ?? text;
  return text.replace(/\s.*$/, '');
}

describe('readelf --debug-dump=info,line of the sample (committed fixture)', () => {
  it('the fixture is readelf output for the sample, without machine paths', () => {
    expect(fixture).toContain('Contents of the .debug_info section:');
    expect(fixture).toContain('Raw dump of debug contents of section .debug_line:');
    expect(fixture).toContain(`DW_AT_name        : (indirect string, offset: 0xc): ${SAMPLE}`);
    expect(fixture).not.toMatch(/\/(tmp|home|work|usr)\//);
  });

  it('has the DIEs our reader finds, at the same offsets, with the same values', () => {
    const theirs = fixtureDies();
    const ours = ourDies();
    expect(ours.map((d) => [d.offset, d.depth, d.tag])).toEqual(theirs.map((d) => [d.offset, d.depth, d.tag]));
    ours.forEach((o, i) => {
      const t = theirs[i]!;
      for (const [key, value] of o.attrs) expect(readelfValue(key, t.attrs.get(key) ?? '(missing)'), `<${o.offset.toString(16)}> ${key}`).toBe(value);
    });
    expect(ours.filter((d) => d.attrs.has('location')).length).toBeGreaterThan(10);
  });

  it('has the line rows our reader finds', () => {
    const rows: [number, number][] = [];
    let addr = 0;
    let line = 1;
    const section = fixture.slice(fixture.indexOf('Line Number Statements:'));
    for (const l of section.split('\n')) {
      let m: RegExpExecArray | null;
      if ((m = /set Address to 0x([0-9a-f]+)/.exec(l))) addr = parseInt(m[1]!, 16);
      else if ((m = /Special opcode \d+: advance Address by \d+ to 0x([0-9a-f]+) and Line by -?\d+ to (\d+)/.exec(l))) {
        addr = parseInt(m[1]!, 16);
        line = Number(m[2]);
        rows.push([addr, line]);
      } else if ((m = /Advance Line by -?\d+ to (\d+)/.exec(l))) line = Number(m[1]);
      else if ((m = /Advance PC by \d+ to 0x([0-9a-f]+)/.exec(l))) addr = parseInt(m[1]!, 16);
      else if (/\] +Copy/.test(l)) rows.push([addr, line]);
    }
    const ours = readLineTable(elf).filter((r) => r.file === SAMPLE && !r.endSequence).map((r) => [r.address, r.line]);
    expect(rows.length).toBeGreaterThan(20);
    expect(ours).toEqual(rows);
  });
});
