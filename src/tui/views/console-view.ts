// The guest console: the last screenful of COM1 output.
import { esc } from '../format.ts';
import type { RenderView } from './view-model.ts';

export const renderConsole: RenderView = (model, width, height) =>
  model.session.terminal.tail(width, height).map((l) => esc(l));
