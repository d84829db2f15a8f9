// Finds kernel bytes in a program's console output. Programs print text; the
// kernel's image is mostly machine code and binary data. So a run of WINDOW
// console bytes that holds at least one non-text byte and also occurs in the
// kernel image is kernel memory that reached the console (a confused deputy
// such as write(1, kernel_address, n) under `nocheck`). Runs of NUL bytes are
// not counted: every zeroed page holds them, so they prove nothing.

const WINDOW = 4;

export class KernelLeakScanner {
  private readonly windows = new Set<string>();

  constructor(kernelImage: Uint8Array[]) {
    for (const bytes of kernelImage) {
      for (let i = 0; i + WINDOW <= bytes.length; i++) {
        const w = bytes.subarray(i, i + WINDOW);
        if (telling(w)) this.windows.add(key(w));
      }
    }
  }

  /** The offset in `output` of the first leaked kernel bytes, or -1. */
  find(output: Uint8Array): number {
    for (let i = 0; i + WINDOW <= output.length; i++) {
      const w = output.subarray(i, i + WINDOW);
      if (telling(w) && this.windows.has(key(w))) return i;
    }
    return -1;
  }
}

/** Holds a non-text byte other than NUL. */
function telling(w: Uint8Array): boolean {
  for (const b of w) if (b !== 0 && !((b >= 0x20 && b < 0x7f) || b === 0x0a || b === 0x09 || b === 0x0d)) return true;
  return false;
}

function key(w: Uint8Array): string {
  return String.fromCharCode(...w);
}
