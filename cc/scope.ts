// Block scopes for ordinary identifiers (variables, functions, typedefs, enum
// constants) and, separately, struct/union/enum tags.
import type { Var } from './ast.ts';
import type { StructType, Type } from './types.ts';

export type Binding =
  | { kind: 'var'; v: Var }
  | { kind: 'typedef'; type: Type }
  | { kind: 'enumconst'; value: number };

export type TagBinding = { kind: 'struct'; type: StructType } | { kind: 'enum' };

export class Scopes {
  private names: Map<string, Binding>[] = [new Map()];
  private tags: Map<string, TagBinding>[] = [new Map()];

  enter(): void { this.names.push(new Map()); this.tags.push(new Map()); }
  leave(): void { this.names.pop(); this.tags.pop(); }
  get atFileScope(): boolean { return this.names.length === 1; }

  lookup(name: string): Binding | undefined {
    for (let i = this.names.length - 1; i >= 0; i--) {
      const b = this.names[i]!.get(name);
      if (b) return b;
    }
    return undefined;
  }
  lookupCurrent(name: string): Binding | undefined { return this.names[this.names.length - 1]!.get(name); }
  lookupFile(name: string): Binding | undefined { return this.names[0]!.get(name); }
  declare(name: string, b: Binding): void { this.names[this.names.length - 1]!.set(name, b); }
  declareFile(name: string, b: Binding): void { this.names[0]!.set(name, b); }

  lookupTag(name: string): TagBinding | undefined {
    for (let i = this.tags.length - 1; i >= 0; i--) {
      const b = this.tags[i]!.get(name);
      if (b) return b;
    }
    return undefined;
  }
  lookupTagCurrent(name: string): TagBinding | undefined { return this.tags[this.tags.length - 1]!.get(name); }
  declareTag(name: string, b: TagBinding): void { this.tags[this.tags.length - 1]!.set(name, b); }
}
