import { arg } from "../../../neo-express/driver/abi-arg.js";
import { APP_ID, MAX_TICKETS_PER_TX, TICKET_PRICE } from "../../../simulator/apps/lottery/constants.js";
import { chainActor } from "../../harness/chain-actor.js";
import type { Bound } from "../../patterns/bounds/bound-command.js";
import { payReceipt } from "../../patterns/pay-then-act/pay-receipt.js";
import { getter, type LotterySequence } from "./sequence-model.js";
import { plainDelay } from "../../harness/differential-run.js";

/**
 * buyTickets's count bounds (lottery.md: `1 ≤ ticketCount ≤ 100` → "1-100 tickets max"): 101 past
 * and 100 inside, or 0 past and 1 inside, with the player's receipt for the inside purchase.
 */
export function ticketBound(player: string, upper: boolean): Bound<LotterySequence> {
  const [past, inside] = upper ? [MAX_TICKETS_PER_TX + 1n, MAX_TICKETS_PER_TX] : [0n, 1n];
  let receipt = 0n;
  const call = (count: bigint, r: Parameters<typeof chainActor>[0], m: LotterySequence) =>
    ({ call: { contract: m.app, method: "buyTickets", args: [arg.hash160(chainActor(r, player).scriptHash), arg.int(count), arg.int(receipt)] }, sender: player });
  return {
    name: `buyTickets ticketCount ${past} / ${inside}`,
    message: "1-100 tickets max",
    applicable: (m) => {
      const paused = getter(m, "isPaused");
      return paused.type === "Boolean" && !paused.value;
    },
    prepare: async (m, r) => {
      receipt = (await payReceipt(m, r, player, inside * TICKET_PRICE, plainDelay(30_001n), APP_ID)) ?? 0n;
    },
    past: (m, r) => call(past, r, m),
    inside: (m, r) => call(inside, r, m),
    afterStep: (m, r) => {
      m.time = r.time;
    },
    // The count is checked right after NP, before the pending draw, BET (cooldown, day) and RCPT:
    // no time passing changes which value is refused.
    latest: () => null,
  };
}
