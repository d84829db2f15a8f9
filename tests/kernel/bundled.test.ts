// The kernel and programs built by the project's OWN toolchain (cc, the
// assembler, the ELF writer: src/build/bundle.ts) run on ringside's Machine
// and do what the gcc-built images did on QEMU. Code addresses, image sizes
// and stack addresses differ between the two compilers, so hex addresses are
// masked; everything else — output, statuses, the sequence of events — must match.
import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildBundledKernel, buildBundledPrograms } from '../../src/build/bundle.ts';
import { parseTraceLine } from '../../src/debug/trace.ts';
import { expectation, USER } from './expectations.ts';
import { loadGoldens } from './golden.ts';
import { lifecycle, normalize, perProcess, replayOnMachine, type Images } from './replay.ts';

function bundledImages(): Images {
  const kernel = buildBundledKernel();
  const built = buildBundledPrograms();
  if (built.failures.length > 0) {
    throw new Error(built.failures.map((f) => `${f.source}:\n${f.diagnostics.join('\n')}`).join('\n'));
  }
  const programs = new Map(built.programs.map((p) => [p.name, p.elf]));
  return {
    kernel,
    module(moduleString: string): Uint8Array {
      const name = /([^/]+)\.elf$/.exec(moduleString)![1]!;
      const elf = programs.get(name);
      if (!elf) throw new Error(`no bundled program ${name}`);
      return elf;
    },
  };
}

/** Output with compiler-dependent numbers masked. */
function maskConsole(text: string): string {
  return normalize(text)
    .replace(/0x[0-9a-f]{8}/g, '0x########')
    .replace(/^(\S+) +\d+ bytes/gm, '$1 # bytes')
    // The heap starts after the image, and flags depend on the code before:
    .replace(/(hog: got|refused after) \d+ pages/, '$1 # pages')
    .replace(/\(eflags [^)]*\)/g, '(eflags #)');
}

/** Drops a group of `period` events that repeats the group just before it
 *  (a loop of syscalls whose count depends on the image size, like hog's sbrk). */
function collapseRepeats(events: string[], period: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < events.length; i++) {
    const group = events.slice(i, i + period);
    const previous = out.slice(-period);
    if (group.length === period && group.every((e, k) => e === previous[k])) {
      i += period - 1;
      continue;
    }
    out.push(events[i]!);
  }
  return out;
}

/** The trace as a sequence of events with their compiler-independent fields. */
function eventSequence(trace: string): string[] {
  return collapseRepeats(eventsOf(perProcess(trace)), 3);
}

function eventsOf(trace: string): string[] {
  return trace.split('\n').filter((l) => l !== '').map((line) => {
    if (line.startsWith('pid ')) return line;
    const e = parseTraceLine(line)!;
    switch (e.kind) {
      case 'syscall': return `syscall ${e.name} args=${e.args.length}`;
      case 'check': return `check write=${e.write} ok=${e.ok}`;
      case 'sysret': return `sysret ${e.name} ${e.ret >= 0x40000000 ? 'a user address' : e.name === 'ticks' ? 'some ticks' : e.ret}`;
      case 'kill': return `kill ${e.name} "${e.reason}" vector=${e.vector} error=${e.error} status=${e.status}`;
      case 'exit': return `exit ${e.name} ${e.status}`;
      case 'run': return `run ${e.name}`;
      case 'boot': return `boot modules=${e.modules} opts=${e.opts}`;
      case 'panic': return `panic "${e.reason}" vector=${e.vector}`;
      case 'halt': return `halt ${e.status}`;
      case 'other': return `${e.event} ${JSON.stringify(e.fields)}`;
      default: return e.kind; // the process events (fork, switch, ...): their kind is enough here
    }
  });
}

describe('kernel and programs built by the project toolchain', () => {
  const images = bundledImages();

  for (const g of loadGoldens()) {
    if (g.qemuDivergence) {
      it(`${g.name}: does what its header says (QEMU differs: ${g.qemuDivergence})`, () => {
        const r = replayOnMachine(g, images);
        const source = [path.join(USER, `${g.name}.c`), path.join(USER, 'attacks', `${g.name}.c`)];
        const want = expectation(source.find((f) => fs.existsSync(f))!);
        expect(r.exitValue).toBe(want.status);
        if (want.killLine) expect(r.console).toContain(want.killLine + '\n');
      });
      continue;
    }
    it(`${g.name}: ${g.cmdline}`, () => {
      const r = replayOnMachine(g, images);
      expect(r.state).toBe('exited');
      expect(r.exitValue).toBe(g.exitValue);
      if (g.name === 'nocheck-badptr') {
        // The 16 leaked bytes are the start of the kernel image, which differs.
        expect(r.console).toMatch(/^[\s\S]{16}\nbadptr: the kernel wrote 16 of its own bytes for me!\n$/);
      } else {
        expect(maskConsole(r.console)).toBe(maskConsole(g.console));
      }
      const view = g.concurrent ? lifecycle : (t: string) => t;
      expect(eventSequence(view(r.trace))).toEqual(eventSequence(view(g.trace)));
    });
  }
});
