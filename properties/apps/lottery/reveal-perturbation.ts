import { arg } from "../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import { frontendScratchPrize, readScratchConfig } from "../../../simulator/apps/lottery/frontend.js";
import { APP_ID } from "../../../simulator/apps/lottery/constants.js";
import { displayOf, ZERO_HASH160 } from "../../../simulator/runtime/hash160.js";
import { intItem, stringItem } from "../../../simulator/runtime/items.js";
import { sender } from "../../../simulator/runtime/witness.js";
import { chainActor } from "../../harness/chain-actor.js";
import { type DifferentialRun, plainDelay } from "../../harness/differential-run.js";
import type { DifferentialCommand } from "../../harness/run-property.js";
import { ModelSystem, modelCall } from "../../harness/model-system.js";
import type { FrontendPattern } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import { PerturbationError } from "../../patterns/frontend-perturbation/perturbation-error.js";
import type { PerturbationCase } from "../../patterns/frontend-perturbation/perturbation-case.js";
import { payReceipt } from "../../patterns/pay-then-act/pay-receipt.js";
import { configStep } from "./commands/admin.js";
import { buyScratchStep, honestPrize } from "./commands/scratch.js";
import { getter, honestScratchHash, newestTicket, type LotterySequence } from "./sequence-model.js";

/** The first instant, enabled type (0, then 2) as the frontend reads it, with its config. */
function instantType(m: LotterySequence) {
  for (const type of [0n, 2n]) {
    const cfg = readScratchConfig(getter(m, "getScratchConfigForFrontend", intItem(type)));
    if (cfg && cfg.enabled && cfg.isInstant && cfg.ticketPrice <= 1_000_000_000n) return { type, cfg };
  }
  return undefined;
}

const scratchOpen = (m: LotterySequence) => {
  const paused = getter(m, "isPaused");
  const script = getter(m, "isScriptEnabled", stringItem("scratch-prize"));
  return paused.type === "Boolean" && !paused.value && script.type === "Boolean" && script.value && instantType(m) !== undefined;
};

/**
 * LO-P6's table for `revealScratchWithCalculation`: `player` buys a hybrid ticket (and a legacy one,
 * and `other` a hybrid one, for the ticket rows), every row faults with its message, then the
 * honest reveal (SP of the frontend's config read and the seed of ScratchTicketInitiated) passes.
 */
export function revealPattern(player: string, other: string, tierDelta: bigint): FrontendPattern<LotterySequence> {
  let id = 0n;
  const reveal = (m: LotterySequence, r: DifferentialRun, who: string, ticket: bigint, prize: bigint, hash = honestScratchHash()): ContractCall =>
    ({ contract: m.app, method: "revealScratchWithCalculation", args: [arg.hash160(who.startsWith("0x") ? who : chainActor(r, who).scriptHash), arg.int(ticket), arg.int(prize), arg.bytes(hash)] });
  return {
    name: `revealScratchWithCalculation(${player})`,
    honestNever: ["prize mismatch", "script hash mismatch", "script disabled", "not ticket owner", "already scratched", "not hybrid ticket", "ticket not found", "seed not found", "unauthorized", "invalid address"],
    applicable: scratchOpen,
    prepare: async (m, r) => {
      const { type, cfg } = instantType(m)!;
      for (const [who, method] of [[other, "buyScratchTicketHybrid"], [player, "buyScratchTicket"], [player, "buyScratchTicketHybrid"]] as const) {
        await payReceipt(m, r, who, cfg.ticketPrice, plainDelay(1n), APP_ID);
        await buyScratchStep(method, who, who, type, "own", 1n).run(m, r);
      }
      id = newestTicket(m, (t, owner) => owner === player && t.hybrid && !t.scratched) ?? 0n;
    },
    honest: (m, r) => ({ call: reveal(m, r, player, id, honestPrize(m, id)), sender: player }),
    dryRun: (m, r, honest, time) => m.model.copy().invoke(modelCall(honest.call), { signers: [sender((r.model as ModelSystem).accountOf(honest.sender))], now: time }),
    perturbations: (m, r) => {
      const rows: PerturbationCase[] = [];
      const prize = honestPrize(m, id);
      const row = (label: string, call: ContractCall, expected: string, signer = player) => rows.push({ label: `revealScratchWithCalculation(${label})`, call, sender: signer, expected });
      row("player: Zero", reveal(m, r, displayOf(ZERO_HASH160), id, prize), "invalid address");
      row("scriptHash: other 32 bytes", reveal(m, r, player, id, prize, "5a".repeat(32)), "script hash mismatch");
      row("player: another test account (not the signer)", reveal(m, r, other, id, prize), "unauthorized");
      row("ticketId: never issued", reveal(m, r, player, BigInt(m.scratch.size) + 7n, prize), "ticket not found");
      const foreign = newestTicket(m, (_t, owner) => owner !== player);
      if (foreign !== undefined) row("ticketId: another player's ticket", reveal(m, r, player, foreign, prize), "not ticket owner");
      const revealed = newestTicket(m, (t, owner) => owner === player && t.scratched);
      if (revealed !== undefined) row("ticketId: a revealed ticket", reveal(m, r, player, revealed, prize), "already scratched");
      const legacy = newestTicket(m, (t, owner) => owner === player && !t.hybrid && !t.scratched);
      if (legacy !== undefined) row("ticketId: a legacy ticket of the player", reveal(m, r, player, legacy, prize), "not hybrid ticket");
      row("calculatedPrize + 1", reveal(m, r, player, id, prize + 1n), "prize mismatch");
      row("calculatedPrize − 1", reveal(m, r, player, id, prize - 1n), "prize mismatch");
      const t = instantType(m);
      const tier = t ? [t.cfg.ticketPrice, 2n * t.cfg.ticketPrice, 5n * t.cfg.ticketPrice, 20n * t.cfg.ticketPrice, 0n].filter((p) => p !== prize) : [];
      if (tier.length > 0) row("calculatedPrize: another tier's prize", reveal(m, r, player, id, tier[Number(tierDelta) % tier.length]!), "prize mismatch");
      return rows;
    },
    afterStep: (m, r) => {
      m.time = r.time;
    },
    // No check of a reveal reads the time (the seed holds the purchase's time, the prize the config
    // at reveal time, which only ADMIN changes): the rows hold at any time.
    latest: () => null,
  };
}

/**
 * LO-P6's stale-state row: a hybrid ticket's prize computed by the frontend, then ADMIN's
 * setLotteryConfig changes the type's price (and so SP, unless the roll pays nothing), then the reveal
 * with the stale prize: "prize mismatch" exactly when SP changed (cfg is read at reveal time), else HALT.
 */
export class StaleReveal implements DifferentialCommand<LotterySequence> {
  constructor(readonly player: string, readonly priceFactor: bigint) {}

  check(m: Readonly<LotterySequence>): boolean {
    return scratchOpen(m as LotterySequence);
  }

  async run(m: LotterySequence, r: DifferentialRun): Promise<void> {
    const { type, cfg } = instantType(m)!;
    // Plain delays: the stale prize and the expectation depend on the config change only, never on the time.
    await payReceipt(m, r, this.player, cfg.ticketPrice, plainDelay(1n), APP_ID);
    await buyScratchStep("buyScratchTicketHybrid", this.player, this.player, type, "own", 1n).run(m, r);
    const id = newestTicket(m, (t, owner) => owner === this.player && t.hybrid && !t.scratched);
    if (id === undefined) return;
    const seed = m.scratch.get(id)!.seed!;
    const stale = honestPrize(m, id);
    const changed = { ...cfg, ticketPrice: cfg.ticketPrice * this.priceFactor + 1n };
    await configStep("admin", { type, price: changed.ticketPrice, instant: true, jackpot: cfg.maxJackpot, enabled: true }, 1n).run(m, r);
    const fresh = frontendScratchPrize(changed, seed);
    const call: ContractCall = { contract: m.app, method: "revealScratchWithCalculation", args: [arg.hash160(chainActor(r, this.player).scriptHash), arg.int(id), arg.int(stale), arg.bytes(honestScratchHash())] };
    const { model } = await r.transaction(call, this.player, plainDelay(1n), `revealScratchWithCalculation(stale prize ${stale}, SP now ${fresh})`);
    m.time = r.time;
    const expected = fresh === stale ? "HALT" : "prize mismatch";
    const got = model.state === "HALT" ? "HALT" : model.message;
    if (got !== expected) throw new PerturbationError("revealScratchWithCalculation(prize computed before setLotteryConfig)", expected, got ?? model.state);
  }

  toString(): string {
    return `staleReveal(${this.player}, price × ${this.priceFactor} + 1)`;
  }
}
