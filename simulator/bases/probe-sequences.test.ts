import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Hash160Le } from "../runtime/hash160.js";
import { bytesItem, hash160Item, intItem, stringItem } from "../runtime/items.js";
import type { ModelChain } from "../runtime/model-chain.js";
import type { Outcome } from "../runtime/outcome.js";
import { H } from "../runtime/hash.js";
import { PROBE, ProbeWorld, W } from "../test-support/probe-world.js";

/** A random base-class operation by one of three users, `dt` ms after the previous block. */
type Op = { kind: "pay" | "bet" | "use" | "propose" | "execute" | "register" | "seed" | "rng"; who: number; n: number; dt: bigint };

const op = fc.record({
  kind: fc.constantFrom<Op["kind"]>("pay", "bet", "use", "propose", "execute", "register", "seed", "rng"),
  who: fc.integer({ min: 0, max: 2 }),
  n: fc.integer({ min: 0, max: 4 }),
  dt: fc.oneof(fc.constantFrom(1n, 29_999n, 30_000n, 149_999n, 150_000n, 86_400_000n), fc.bigInt({ min: 1n, max: 200_000n })),
});

function step(w: ProbeWorld, o: Op): Outcome {
  const who = (o.who === 2 ? W.admin : W.users[o.who]!) as Hash160Le;
  const at = w.now + o.dt;
  const to = (method: string, args: Parameters<ProbeWorld["tx"]>[3]) => w.tx(who, PROBE, method, args, { at });
  switch (o.kind) {
    case "pay": w.now = at - 1_000n; w.pay(who, BigInt(o.n + 1) * 1_000n); return { state: "HALT", stack: [], notifications: [], time: at };
    case "bet": return to("placeBet", [hash160Item(who), intItem(BigInt(o.n) * 1_000n), intItem(BigInt(o.n + 1))]);
    case "use": return to("useReceipt", [hash160Item(who), intItem(BigInt(o.n) * 600n), intItem(BigInt(o.n))]);
    case "propose": return to("proposeAdmin", [hash160Item(W.users[o.n % 2]!)]);
    case "execute": return to("executeAdminChange", []);
    case "register": return to("registerScript", [stringItem(`s${o.n % 2}`), bytesItem(H("0" + String(o.n % 3)))]);
    case "seed": return to("generateSeed", [intItem(BigInt(o.n)), hash160Item(who), stringItem("probe-script")]);
    case "rng": return to("requestRandomness", [intItem(BigInt(o.n))]);
  }
}

function snapshot(chain: ModelChain) {
  const accounts = [W.admin, W.tee, W.treasury, ...W.users, PROBE];
  return {
    storage: chain.contractHashes().map((h) => chain.storage(h)),
    gas: accounts.map((a) => chain.balanceOf("GAS", a as Hash160Le)),
  };
}

describe("random base-class sequences in the model", () => {
  it("a FAULT leaves storage of every contract and every balance as before; replays are deterministic", () => {
    fc.assert(fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), (ops) => {
      const w = new ProbeWorld();
      const replay = new ProbeWorld();
      let faults = 0;
      for (const o of ops) {
        const before = snapshot(w.chain);
        const outcome = step(w, o);
        expect(step(replay, o)).toEqual(outcome);
        if (outcome.state === "FAULT") {
          faults++;
          expect(outcome.message).toBeDefined();
          expect(snapshot(w.chain)).toEqual(before);
        }
      }
      return faults >= 0;
    }), { numRuns: 60 });
  });
});
