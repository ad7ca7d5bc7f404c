import { APP_ID } from "../../../simulator/apps/doomsday-clock/constants.js";
import { arg } from "../../../neo-express/driver/abi-arg.js";
import { payReceipt } from "../../patterns/pay-then-act/pay-receipt.js";
import { frontendState, type DoomsdaySequence } from "./sequence-model.js";
import { keyCost } from "../../../simulator/apps/doomsday-clock/key-cost.js";
import { chainActor } from "../../harness/chain-actor.js";
import type { DifferentialRun } from "../../harness/differential-run.js";
import type { Bound } from "../../patterns/bounds/bound-command.js";

/** The bet limits in force (GameBase `getBetLimits`), read from the model as a frontend would. */
function maxBet(m: DoomsdaySequence): bigint {
  const out = m.model.testInvoke({ contract: m.app, method: "getBetLimits", args: [] }, m.time + 15_000n);
  const first = out.state === "HALT" && (out.stack[0]?.type === "Array" || out.stack[0]?.type === "Struct") ? out.stack[0].items[0] : undefined;
  return first?.type === "Integer" ? first.value : 10_000_000_000n;
}

/**
 * DoomsdayClock's bounds: `keyCount ≥ 1` (0 → "min 1 key", 1 inside) and BET's MaxBet on the
 * purchase cost (DD-P8: the most keys whose cost C(n, K) ≤ MaxBet inside, one more key past it →
 * "bet exceeds maximum"). The player pays enough for the inside purchase first.
 */
export function doomsdayBounds(player: string): Bound<DoomsdaySequence>[] {
  let receipt = 0n;
  const payFor = async (m: DoomsdaySequence, r: DifferentialRun, amount: bigint) => {
    receipt = (await payReceipt(m, r, player, amount, 31_000n, APP_ID)) ?? 0n;
  };
  const buy = (m: DoomsdaySequence, r: DifferentialRun, n: bigint) => ({
    call: { contract: m.app, method: "buyKeysWithCost", args: [arg.hash160(chainActor(r, player).scriptHash), arg.int(n), arg.int(keyCost(n, frontendState(m).totalKeys)), arg.int(receipt)] },
    sender: player,
  });
  const mostKeysWithin = (m: DoomsdaySequence) => {
    const limit = maxBet(m);
    const K = frontendState(m).totalKeys;
    let lo = 0n;
    let hi = 1n;
    while (keyCost(hi, K) <= limit) hi *= 2n;
    while (hi - lo > 1n) {
      const mid = (lo + hi) / 2n;
      if (keyCost(mid, K) <= limit) lo = mid;
      else hi = mid;
    }
    return lo;
  };
  const after = (m: DoomsdaySequence, r: DifferentialRun) => { m.time = r.time; };
  // Checks 1–5 pass (no pause is generated): an active round that does not end during the test.
  const roundRuns = (m: DoomsdaySequence) => {
    const s = frontendState(m);
    return s.active && m.time + 60_000n < s.endTime;
  };
  return [
    {
      name: "keyCount ≥ 1",
      message: "min 1 key",
      applicable: () => true,
      prepare: (m, r) => payFor(m, r, keyCost(1n, frontendState(m).totalKeys)),
      past: (m, r) => buy(m, r, 0n),
      inside: (m, r) => buy(m, r, 1n),
      afterStep: after,
      // Checked first (BeginPurchase), before the round's time: it holds at any time.
      latest: () => null,
    },
    {
      name: "cost ≤ MaxBet (DD-P8)",
      message: "bet exceeds maximum",
      applicable: roundRuns,
      prepare: (m, r) => payFor(m, r, keyCost(mostKeysWithin(m), frontendState(m).totalKeys)),
      past: (m, r) => buy(m, r, mostKeysWithin(m) + 1n),
      inside: (m, r) => buy(m, r, mostKeysWithin(m)),
      afterStep: after,
      // BET runs only while the round takes purchases: until EndTime − 1.
      latest: (m) => frontendState(m).endTime - 1n,
    },
  ];
}
