// A tiny terminal for the guest's COM1 output: lines of text with a cursor,
// carriage return, backspace, tabs, and the two escape sequences the kernel's
// `clear` writes (ESC[2J, ESC[H). Other CSI sequences are swallowed.

const MAX_LINES = 2000;

export class GuestTerminal {
  private lines: string[] = [''];
  private col = 0;
  private escape: '' | 'esc' | 'csi' = '';
  private csi = '';
  /** Bumped on every change so a view can skip redrawing. */
  version = 0;

  write(byte: number): void {
    this.version++;
    if (this.escape === 'esc') {
      this.escape = byte === 0x5b /* [ */ ? 'csi' : '';
      this.csi = '';
      return;
    }
    if (this.escape === 'csi') {
      if (byte >= 0x40 && byte <= 0x7e) {
        this.escape = '';
        this.runCsi(this.csi, String.fromCharCode(byte));
      } else {
        this.csi += String.fromCharCode(byte);
      }
      return;
    }
    switch (byte) {
      case 0x1b:
        this.escape = 'esc';
        return;
      case 0x0d:
        this.col = 0;
        return;
      case 0x0a:
        this.newline();
        return;
      case 0x08:
        if (this.col > 0) this.col--;
        return;
      case 0x09:
        this.put(' '.repeat(8 - (this.col % 8)));
        return;
      case 0x07:
        return; // bell
      default:
        if (byte >= 0x20 && byte < 0x7f) this.put(String.fromCharCode(byte));
        else if (byte >= 0x80) this.put('?'); // the guest speaks ASCII; show other bytes as a placeholder
    }
  }

  writeAll(bytes: Iterable<number>): void {
    for (const b of bytes) this.write(b);
  }

  clear(): void {
    this.lines = [''];
    this.col = 0;
    this.version++;
  }

  /** The last `rows` screen rows when lines wrap at `cols` characters. */
  tail(cols: number, rows: number): string[] {
    if (cols <= 0 || rows <= 0) return [];
    const out: string[] = [];
    for (let i = this.lines.length - 1; i >= 0 && out.length < rows; i--) {
      const line = this.lines[i]!;
      const pieces: string[] = [];
      for (let p = 0; p < Math.max(1, line.length); p += cols) pieces.push(line.slice(p, p + cols));
      for (let k = pieces.length - 1; k >= 0 && out.length < rows; k--) out.push(pieces[k]!);
    }
    return out.reverse();
  }

  /** Where the next character goes: the cursor's column on the last line, and that line's length. */
  cursor(): { col: number; lineLength: number } {
    return { col: this.col, lineLength: this.lines[this.lines.length - 1]!.length };
  }

  /** All lines, for tests and captures. */
  text(): string {
    return this.lines.join('\n');
  }

  private put(text: string): void {
    const i = this.lines.length - 1;
    const line = this.lines[i]!.padEnd(this.col);
    this.lines[i] = line.slice(0, this.col) + text + line.slice(this.col + text.length);
    this.col += text.length;
  }

  private newline(): void {
    this.lines.push('');
    this.col = 0;
    if (this.lines.length > MAX_LINES) this.lines.splice(0, this.lines.length - MAX_LINES);
  }

  private runCsi(params: string, final: string): void {
    if (final === 'J' && params === '2') {
      this.lines = [''];
      this.col = 0;
    } else if (final === 'H') {
      // The kernel homes the cursor only right after clearing: nothing more to do.
      this.col = 0;
    }
  }
}
