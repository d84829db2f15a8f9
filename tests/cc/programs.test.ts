// Every test program compiles and assembles (with the project's assembler)
// into an ELF executable; running them is checked natively by
// scripts/cc-native-check.ts and in the emulator by the integration runner.
import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildExecutable } from '../../cc/driver.ts';
import { listPrograms, readProgramSpec } from './program-spec.ts';

const programs = listPrograms();

describe('test programs build into user executables', () => {
  it('has at least 150 programs', () => expect(programs.length).toBeGreaterThanOrEqual(150));
  for (const file of programs) {
    it(path.relative(path.join(path.dirname(file), '..'), file), () => {
      const spec = readProgramSpec(file);
      expect(spec.exit).toBeGreaterThanOrEqual(0);
      // The kernel names a program after its file; names have at most 31 characters.
      expect(path.basename(file, '.c').length).toBeLessThan(32);
      const warnings: string[] = [];
      const { elf, image } = buildExecutable([file], { kind: 'user', warnings: { sink: (d) => warnings.push(d) } });
      // No false positives: exactly the warnings the header expects (gcc gives them too).
      const wanted = [...fs.readFileSync(file, 'utf8').matchAll(/^\/\/ expect-warning: (.*)$/gm)].map((m) => m[1]!);
      expect(warnings.map((w) => w.split('\n')[0]!.replace(/^.*?: warning: /, '')).sort()).toEqual(wanted.sort());
      expect([...elf.slice(0, 4)]).toEqual([0x7f, 0x45, 0x4c, 0x46]);
      const byName = new Map(image.symbols.map((s) => [s.name, s.value]));
      // A program that computes with floating point starts at __fp_start, which sets up the x87.
      const usesFloat = file.includes(`${path.sep}float${path.sep}`);
      expect(image.entry).toBe(byName.get(usesFloat ? '__fp_start' : '_start'));
      expect(byName.get('main')).toBeGreaterThanOrEqual(0x40000000);
      // Source lines of the C file reach the image's line table.
      expect(image.lines.some((l) => l.file === file)).toBe(true);
    });
  }
});
