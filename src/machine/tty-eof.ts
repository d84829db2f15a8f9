// The end of the host's input as a terminal user would type it. The guest's
// console is a tty with a line discipline, where Ctrl-D (0x04) at the start
// of a line is end of file and Ctrl-D after a partial line only hands that
// line to the reader. So the host ends its input with one Ctrl-D after a
// newline (or when there was no input at all) and with two otherwise: the
// first finishes the partial line, the second is the end of file.

export const CTRL_D = 0x04;
const NEWLINE = 0x0a;

/** The bytes that end input whose last byte was `lastByte` (undefined: no input). */
export function ttyEofBytes(lastByte: number | undefined): number[] {
  return lastByte === undefined || lastByte === NEWLINE ? [CTRL_D] : [CTRL_D, CTRL_D];
}

/** `input` followed by the end of file. */
export function withTtyEof(input: Uint8Array): Uint8Array {
  const eof = ttyEofBytes(input.length > 0 ? input[input.length - 1] : undefined);
  const out = new Uint8Array(input.length + eof.length);
  out.set(input);
  out.set(eof, input.length);
  return out;
}
