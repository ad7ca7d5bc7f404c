import fc from "fast-check";
import type { WorldKind } from "../../neo-express/world/world-kind.js";
import type { DifferentialCommand } from "./run-property.js";

/**
 * The sequence-level choice of a deployment-window world (world-kind.ts, issue #15): a command
 * that does nothing when it runs but, anywhere in a sequence, makes the property's setup build the
 * sequence's world of that kind (worldKindOf). Being a command, it is drawn by fast-check with the
 * others, shrinking may drop it (the counterexample then runs in the fixture's configured world,
 * when it still fails there), and a saved failure's seed and path draw it again: the replay
 * rebuilds the same world kind.
 */
export class InWorld<M extends object> implements DifferentialCommand<M> {
  constructor(readonly kind: WorldKind) {}

  check(): boolean {
    return true;
  }

  async run(): Promise<void> {}

  toString(): string {
    return `world(${this.kind})`;
  }
}

/**
 * The world kind a sequence's commands ask for: that of its first InWorld, `configured` without
 * one. fast-check hands a property its commands wrapped (`.cmd`), the setup of a replay bare.
 */
export function worldKindOf(commands: Iterable<unknown> | undefined): WorldKind {
  for (const c of commands ?? []) {
    const cmd = (c as { cmd?: unknown }).cmd ?? c;
    if (cmd instanceof InWorld) return cmd.kind;
  }
  return "configured";
}

/**
 * One command slot that is mostly `ordinary` and, once in `1 + dilution` draws, a deployment-window
 * world (one of the three kinds missing settings, or, twice as often, `unfunded`): with about
 * twenty slots and twenty-odd commands a sequence, dilution 6 puts about one sequence in six or
 * seven in such a world.
 */
export function orWindowWorld<M extends object>(ordinary: fc.Arbitrary<DifferentialCommand<M>>, dilution = 6): fc.Arbitrary<DifferentialCommand<M>> {
  const window = fc.constantFrom<WorldKind>("unconfigured", "hub-only", "no-gateway", "unfunded", "unfunded").map((k): DifferentialCommand<M> => new InWorld<M>(k));
  return fc.oneof({ weight: dilution, arbitrary: ordinary }, { weight: 1, arbitrary: window });
}
