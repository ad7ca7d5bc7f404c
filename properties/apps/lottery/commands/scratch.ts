import { arg } from "../../../../neo-express/driver/abi-arg.js";
import type { Outcome } from "../../../../simulator/runtime/outcome.js";
import { frontendScratchPrize, readScratchConfig } from "../../../../simulator/apps/lottery/frontend.js";
import { intItem } from "../../../../simulator/runtime/items.js";
import { chainActor } from "../../../harness/chain-actor.js";
import { CallStep } from "../../../patterns/call-step/call-step.js";
import { pickReceipt, type ReceiptChoice } from "../../../patterns/pay-then-act/receipt-choice.js";
import { getter, honestScratchHash, scratchCount, scratchTicket, type LotterySequence } from "../sequence-model.js";
import { plainDelay } from "../../../harness/differential-run.js";

export type ScratchBuy = "buyScratchTicket" | "buyScratchTicketHybrid";

/** A scratch purchase (legacy or hybrid) of `type` for `player`, signed by `signer`; the frontend remembers the ticket, and the seed of ScratchTicketInitiated. */
export function buyScratchStep(method: ScratchBuy, signer: string, player: string, type: bigint, receipt: ReceiptChoice, delayMs: bigint): CallStep<LotterySequence> {
  return new CallStep(`${method}(${player}, type ${type}, ${receipt})${signer === player ? "" : ` by ${signer}`} +${delayMs}ms`, signer, () => plainDelay(delayMs),
    (m, r) => ({ contract: m.app, method, args: [arg.hash160(chainActor(r, player).scriptHash), arg.int(type), arg.int(pickReceipt(m, player, receipt))] }),
    (m, out) => remember(m, out, player));
}

/** What the frontend learns from a purchase's notifications: the ticket's owner and, for a hybrid one, its seed. */
export function remember(m: LotterySequence, out: Outcome, player: string): void {
  if (out.state !== "HALT") return;
  for (const n of out.notifications) {
    const [, id, , seed] = n.args;
    if (id?.type !== "Integer") continue;
    if (n.eventName === "ScratchTicketPurchased") m.scratch.set(id.value, { player });
    if (n.eventName === "ScratchTicketInitiated" && seed?.type === "ByteString") m.scratch.set(id.value, { player, seed: seed.hex });
  }
}

/** A seen ticket by pick (0: the newest), or one never issued (pick < 0 or none yet). */
export function ticketOf(m: LotterySequence, pick: number): bigint {
  const count = scratchCount(m);
  if (pick < 0 || count === 0n) return count + 7n;
  return [...m.scratch.keys()].at(-1 - (pick % m.scratch.size))!;
}

/** The frontend's honest prize of a hybrid ticket: SP(getScratchConfigForFrontend(type), the seed it saw); 0 when unknown. */
export function honestPrize(m: LotterySequence, id: bigint): bigint {
  const t = scratchTicket(m, id);
  const seed = m.scratch.get(id)?.seed;
  if (!t || !seed) return 0n;
  const cfg = readScratchConfig(getter(m, "getScratchConfigForFrontend", intItem(t.type)));
  return cfg ? frontendScratchPrize(cfg, seed) : 0n;
}

/**
 * A reveal by the ticket's owner (or `player` / `signer` when given): legacy `revealScratchTicket`,
 * or `revealScratchWithCalculation` with the frontend's honest prize plus `delta`.
 */
export function revealStep(hybrid: boolean, pick: number, delta: bigint, player: string | undefined, signer: string | undefined, delayMs: bigint): CallStep<LotterySequence> {
  const owner = (m: LotterySequence) => player ?? m.scratch.get(ticketOf(m, pick))?.player ?? "u1";
  return new CallStep(`${hybrid ? "revealScratchWithCalculation" : "revealScratchTicket"}(#${pick}${player ? `, as ${player}` : ""}${delta === 0n ? "" : `, prize ${delta > 0n ? "+" : ""}${delta}`})${signer ? ` by ${signer}` : ""} +${delayMs}ms`,
    (m) => signer ?? owner(m), () => plainDelay(delayMs), (m, r) => {
      const id = ticketOf(m, pick);
      const who = arg.hash160(chainActor(r, owner(m)).scriptHash);
      return hybrid
        ? { contract: m.app, method: "revealScratchWithCalculation", args: [who, arg.int(id), arg.int(honestPrize(m, id) + delta), arg.bytes(honestScratchHash())] }
        : { contract: m.app, method: "revealScratchTicket", args: [who, arg.int(id)] };
    });
}
