import type { WorldKind } from "../../neo-express/world/world-kind.js";

/**
 * Which worlds a pool refill builds (issue #16). A refill on neo-express is costly beyond its
 * worlds: it waits until no sequence runs (its blocks would pass the times they wait for) and
 * takes about two dozen fixture blocks however many worlds share them. Building `size` worlds of
 * the one kind asked for built 32 worlds for each of the four deployment-window kinds that one
 * sequence in six or seven asks for: a 100-sequence lane-equivalence campaign built 224 worlds on
 * each lane, more fixture transactions than its steps.
 *
 * So a refill builds a mix in one set of fixture blocks: every kind asked for so far gets its
 * share of `size` (by how often sequences asked for it), less what its pool still holds, and
 * the kind asked for now at least one world; and when the run said how many sequences it sets
 * up (`expect`), no more worlds than those still to come need beyond the pools' stock (a
 * campaign of 100 built up to 31 worlds too many on each lane).
 */
export class WorldDemand {
  private readonly asked = new Map<WorldKind, number>();
  /** Sequences still to get a world, when the run said (`expect`). */
  private remaining: number | undefined;

  /** The run sets up `sequences` sequences from now on. */
  expect(sequences: number): void {
    this.remaining = sequences;
  }

  /** A sequence got its world. */
  served(): void {
    if (this.remaining !== undefined) this.remaining = Math.max(0, this.remaining - 1);
  }

  /** A sequence asks for a world of `kind`. */
  ask(kind: WorldKind): void {
    this.asked.set(kind, (this.asked.get(kind) ?? 0) + 1);
  }

  /** The kinds of the next build, one per world, in a stable order; empty when the pools already hold enough. */
  refill(now: WorldKind, stock: (kind: WorldKind) => number, size: number): WorldKind[] {
    const asked = [...this.asked].sort(([a], [b]) => a.localeCompare(b));
    const total = asked.reduce((n, [, times]) => n + times, 0);
    const build = new Map(asked.map(([kind, times]) => {
      const share = Math.ceil((size * times) / total);
      return [kind, Math.max((kind === now ? 1 : 0) - stock(kind), share - stock(kind), 0)];
    }));
    const held = asked.reduce((n, [kind]) => n + stock(kind), 0);
    const cap = this.remaining === undefined ? size : Math.max(1, this.remaining - held);
    // Over the cap: each kind keeps its proportion of it (largest remainders), the kind asked for now at least one.
    const sum = [...build.values()].reduce((a, b) => a + b, 0);
    if (sum > cap) {
      const exact = [...build].map(([kind, n]) => ({ kind, n: Math.floor((n * cap) / sum), rest: (n * cap) % sum }));
      let left = cap - exact.reduce((a, e) => a + e.n, 0);
      for (const e of [...exact].sort((x, y) => y.rest - x.rest)) if (left-- > 0) e.n++;
      const mine = exact.find((e) => e.kind === now);
      if (mine && mine.n === 0 && build.get(now)! > 0) {
        mine.n = 1;
        exact.filter((e) => e.kind !== now).sort((x, y) => y.n - x.n)[0]!.n--;
      }
      for (const e of exact) build.set(e.kind, e.n);
    }
    return [...build].flatMap(([kind, n]) => Array<WorldKind>(n).fill(kind));
  }
}
