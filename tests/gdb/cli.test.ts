import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli.ts';
import { runInProcess } from '../cli/cli-helpers.ts';
import { buildElf, hexBytes } from '../machine/elf-fixture.ts';
import { encodePacket, PacketReader } from '../../src/debug/gdb/packets.ts';

// hi.asm (tests/machine/bare-program.test.ts): "hi" to COM1, then 42 to port 0xF4.
const HI = hexBytes('02b0ad1b03000000fb4f52e466baf803b068eeb069eeb82a000000e7f4f4');

function kernelFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ringside-gdb-'));
  const file = join(dir, 'hi.elf');
  writeFileSync(file, buildElf(0x10000c, [{ paddr: 0x100000, data: HI }]));
  return file;
}

/** A port that was free a moment ago. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

describe('ringside --gdb', { timeout: 60_000 }, () => {
  it('boot --gdb=PORT waits at the first instruction for gdb, then runs to the exit', async () => {
    const port = await freePort();
    let stderr = '';
    let stdout = '';
    const done = main(['boot', '--kernel', kernelFile(), `--gdb=${port}`], {
      stdout: { write: (c) => { stdout += typeof c === 'string' ? c : Buffer.from(c).toString('latin1'); } },
      stderr: { write: (c) => { stderr += String(c); } },
      stdin: null,
    });
    for (let i = 0; i < 100 && !stderr.includes('waiting for gdb'); i++) await new Promise((r) => setTimeout(r, 20));
    expect(stderr).toContain(`waiting for gdb on 127.0.0.1:${port} (in gdb: target remote :${port})`);
    expect(stdout).toBe(''); // nothing ran
    const replies: string[] = [];
    const sock = connect(port, '127.0.0.1');
    sock.on('data', (d) => reader.push(d));
    const reader = new PacketReader((e) => { if (e.kind === 'packet') replies.push(e.payload); });
    const ask = async (p: string) => {
      const n = replies.length;
      sock.write(encodePacket(p));
      while (replies.length === n) await new Promise((r) => setTimeout(r, 5));
      return replies[n]!;
    };
    expect(await ask('p8')).toBe('0c001000'); // EIP at the entry, 0x10000c
    expect(await ask('c')).toBe('W2a');
    sock.end();
    expect(await done).toBe(85); // QEMU's (42 << 1) | 1 for --kernel
    expect(stdout).toContain('hi');
  });

  it('rejects a bad port, and a bare --gdb does not swallow the file name', async () => {
    const bad = await runInProcess(['run', '--gdb=http', 'hello.c']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--gdb: a TCP port from 1 to 65535, got "http"');
    const zero = await runInProcess(['boot', '--gdb=0']);
    expect(zero.code).toBe(1);
    const bare = await runInProcess(['run', '--gdb', 'no-such-file.c']);
    expect(bare.code).toBe(1);
    expect(bare.stderr).toContain('no-such-file.c');
  });

  it('a port in use is a one-line error', async () => {
    const blocker = createServer();
    const port = await new Promise<number>((r) => blocker.listen(0, '127.0.0.1', () => r((blocker.address() as { port: number }).port)));
    const r = await runInProcess(['boot', '--kernel', kernelFile(), `--gdb=${port}`]);
    blocker.close();
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`--gdb: cannot listen on 127.0.0.1:${port}: .*EADDRINUSE`));
  });
});
