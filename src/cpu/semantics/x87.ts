// The x87 entry points: ESC D8-DF (x87/dispatch.ts picks the semantic
// handler by opcode and ModRM) and WAIT.

import { escape, fwait } from '../x87/dispatch.ts';
import type { SemanticFamily } from './types.ts';

export const X87: SemanticFamily = {
  esc: () => escape,
  fwait: () => (cpu) => fwait(cpu),
};
