import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import { APP_ID, SCRIPT_NAME } from "../../../simulator/apps/neo-gacha/constants.js";
import { SELECT_ITEM_TEXT } from "../../../simulator/apps/neo-gacha/select-item-script.js";
import { intItem, stringItem } from "../../../simulator/runtime/items.js";
import { sender } from "../../../simulator/runtime/witness.js";
import { scriptHashOf } from "../../../simulator/tee/script-registry.js";
import { flexible, type DifferentialRun } from "../../harness/differential-run.js";
import { ModelSystem, modelCall } from "../../harness/model-system.js";
import type { FrontendPattern } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import type { PerturbationCase } from "../../patterns/frontend-perturbation/perturbation-case.js";
import { payReceipt } from "../../patterns/pay-then-act/pay-receipt.js";
import { SetupMachine } from "./commands/machine-setup.js";
import { Fulfil, honestOptimizedSettlement, honestRngSettlement, openPlay, optimizedSettleCall, rngSettleCall, Settle, type PlayMethod } from "./commands/plays.js";
import { frontendItems, getter, type KnownPlay, type NeoGachaSequence } from "./sequence-model.js";

const DEFAULT_LIMITS = [10_000_000_000n, 100_000_000_000n, 30_000n, 20n];
const OTHER_HASH = "5a".repeat(32);

/** Whether the two-phase paths can run as the TEE knows them: the script registered with its canonical hash and enabled, the app unpaused, default bet limits. */
export function twoPhaseReady(m: NeoGachaSequence): boolean {
  const info = getter(m, "isScriptEnabled", stringItem(SCRIPT_NAME));
  const hash = getter(m, "getScriptHash", stringItem(SCRIPT_NAME));
  const limits = getter(m, "getGameBetLimits");
  const paused = getter(m, "isPaused");
  return info.type === "Boolean" && info.value && hash.type === "ByteString" && hash.hex === scriptHashOf(SELECT_ITEM_TEXT) && paused.type === "Boolean" && !paused.value
    && (limits.type === "Array" || limits.type === "Struct") && limits.items.every((x, i) => x.type === "Integer" && x.value === DEFAULT_LIMITS[i]);
}

/**
 * NG-P3's rows for `settlePlayWithRng` (target "rng") or `settlePlayOptimized` (target "seed"),
 * as neo-gacha.md lists them: `other` sets up a fresh machine of `weights` (stock enough for every
 * play), then the player P opens plays A (settled: "already resolved"), B (the one under test),
 * C (hybrid, left unfulfilled: "randomness not found") and D (of the other path: "wrong play
 * mode"), and `other` one play E on B's path ("not play owner"). Every row must fault with its
 * message on both sides; then the honest settlement of B, from the frontend / TEE, passes. The
 * off-by-one neighbours of B's cumulative interval are rows of their own: `i ± 1` with B's `C`
 * ("cumulative mismatch") and with their own `Cwb` ("selection mismatch").
 */
export function settlePerturbation(target: "rng" | "seed", player: string, other: string, weights: readonly bigint[]): FrontendPattern<NeoGachaSequence> {
  const plays: { a?: KnownPlay; b?: KnownPlay; c?: KnownPlay; d?: KnownPlay; e?: KnownPlay; machine?: bigint } = {};
  const path: PlayMethod = target === "rng" ? "playMachineHybrid" : "initiatePlayOptimized";
  const otherPath: PlayMethod = target === "rng" ? "initiatePlayOptimized" : "playMachineHybrid";
  const play = async (m: NeoGachaSequence, r: DifferentialRun, who: string, method: PlayMethod, fulfil: boolean): Promise<KnownPlay | undefined> => {
    await payReceipt(m, r, who, 10_000_000n, flexible(1_000n), APP_ID);
    const pending = m.rng.pendingIds().length;
    const known = await openPlay(m, r, method, { signer: who, player: who, pick: m.machines.length - 1, receipt: "own", delay: { ms: 31_000n }, tamper: "none" });
    if (known && fulfil && m.rng.pendingIds().length > pending) await new Fulfil(m.rng.pendingIds().length - 1, { kind: "default" }, 1_000n).run(m, r);
    return known;
  };
  const rngArgs = (m: NeoGachaSequence) => (plays.b ? honestRngSettlement(m, plays.b.playId) : undefined);
  let seedClaim: { i: bigint; scriptHash: string } | undefined;
  const honestCall = (m: NeoGachaSequence): ContractCall => {
    const id = plays.b?.playId ?? 1_000_000n;
    if (target === "rng") {
      const s = rngArgs(m) ?? { i: 1n, c: 0n, w: 100n };
      return rngSettleCall(m, player, id, s.i, s.c, s.w);
    }
    return optimizedSettleCall(m, player, id, seedClaim?.i ?? 1n, seedClaim?.scriptHash ?? OTHER_HASH);
  };
  return {
    name: `${target === "rng" ? "settlePlayWithRng" : "settlePlayOptimized"}(${player}, [${weights.join(",")}])`,
    honestNever: ["selection mismatch", "cumulative mismatch", "weight mismatch", "invalid selection", "script hash mismatch", "not play owner", "already resolved", "wrong play mode",
      "play not found", "randomness not found", "seed not found", "unauthorized"],
    applicable: twoPhaseReady,
    prepare: async (m, r) => {
      await new SetupMachine(other, weights, 1n, weights.map(() => 6), "item", "hybrid", 10_000_000n).run(m, r);
      plays.a = await play(m, r, player, path, true);
      if (plays.a) await new Settle(m.plays.filter((p) => p.mode !== 1n).indexOf(plays.a), "none", 1_000n).run(m, r);
      if (plays.a && !resolved(m, plays.a.playId)) plays.a = undefined;
      plays.b = await play(m, r, player, path, true);
      plays.c = target === "rng" ? await play(m, r, player, path, false) : undefined;
      plays.d = await play(m, r, player, otherPath, true);
      plays.e = await play(m, r, other, path, true);
      seedClaim = target === "seed" && plays.b?.seed ? await honestOptimizedSettlement(m, r, plays.b.seed) : undefined;
    },
    honest: (m) => ({ call: honestCall(m), sender: player }),
    dryRun: (m, r, honest, time) => m.model.copy().invoke(modelCall(honest.call), { signers: [sender((r.model as ModelSystem).accountOf(honest.sender))], now: time }),
    perturbations: (m) => {
      const b = plays.b;
      if (!b) return [];
      const rows: PerturbationCase[] = [];
      const row = (label: string, call: ContractCall, expected: string, signer = player) => rows.push({ label, call, sender: signer, expected });
      const n = BigInt(frontendItems(m, getterMachine(m, b.playId)).length);
      const items = frontendItems(m, getterMachine(m, b.playId));
      const cwb = (i: bigint) => items[Number(i) - 1]?.cumulativeWeightBefore ?? 0n;
      if (target === "rng") {
        const s = rngArgs(m);
        if (!s) return [];
        const settle = (p: string, id: bigint, i: bigint, c: bigint, w: bigint) => rngSettleCall(m, p, id, i, c, w);
        row("player: another account (not the signer)", settle(other, b.playId, s.i, s.c, s.w), "unauthorized");
        row("playId: never issued", settle(player, 1_000_000n, s.i, s.c, s.w), "play not found");
        if (plays.a) row("playId: resolved", settle(player, plays.a.playId, s.i, s.c, s.w), "already resolved");
        if (plays.d) row("playId: a Mode-3 play", settle(player, plays.d.playId, s.i, s.c, s.w), "wrong play mode");
        if (plays.e) row("playId: another player's Mode-2 play", settle(player, plays.e.playId, s.i, s.c, s.w), "not play owner");
        if (plays.c) row("before the RNG result is stored", settle(player, plays.c.playId, s.i, s.c, s.w), "randomness not found");
        row("availableWeight + 1", settle(player, b.playId, s.i, s.c, s.w + 1n), "weight mismatch");
        row("availableWeight − 1", settle(player, b.playId, s.i, s.c, s.w - 1n), "weight mismatch");
        row("selectedIndex 0", settle(player, b.playId, 0n, s.c, s.w), "invalid selection");
        row("selectedIndex ItemCount + 1", settle(player, b.playId, n + 1n, s.c, s.w), "invalid selection");
        for (const [j, name] of [[s.i - 1n, "i − 1"], [s.i + 1n, "i + 1"]] as const) {
          if (j < 1n || j > n) continue;
          row(`selectedIndex ${name} (neighbour), honest C`, settle(player, b.playId, j, s.c, s.w), "cumulative mismatch");
          row(`selectedIndex ${name} (neighbour), C = its Cwb`, settle(player, b.playId, j, cwb(j), s.w), "selection mismatch");
        }
        row("cumulativeWeightBefore + 1", settle(player, b.playId, s.i, s.c + 1n, s.w), "cumulative mismatch");
        if (s.c > 0n) row("cumulativeWeightBefore − 1", settle(player, b.playId, s.i, s.c - 1n, s.w), "cumulative mismatch");
        return rows;
      }
      const claim = seedClaim;
      if (!claim) return [];
      const settle = (p: string, id: bigint, i: bigint, h: string) => optimizedSettleCall(m, p, id, i, h);
      row("scriptHash: other 32 bytes", settle(player, b.playId, claim.i, OTHER_HASH), "script hash mismatch");
      row("playId: never issued", settle(player, 1_000_000n, claim.i, claim.scriptHash), "play not found");
      if (plays.a) row("playId: resolved", settle(player, plays.a.playId, claim.i, claim.scriptHash), "already resolved");
      if (plays.d) row("playId: a Mode-2 play", settle(player, plays.d.playId, claim.i, claim.scriptHash), "wrong play mode");
      row("player: another test account", settle(other, b.playId, claim.i, claim.scriptHash), "not play owner");
      row("signer: another account, player = the owner", settle(player, b.playId, claim.i, claim.scriptHash), "unauthorized", other);
      row("selectedIndex 0", settle(player, b.playId, 0n, claim.scriptHash), "invalid selection");
      row("selectedIndex ItemCount + 1", settle(player, b.playId, n + 1n, claim.scriptHash), "invalid selection");
      for (const [j, name] of [[claim.i - 1n, "i − 1"], [claim.i + 1n, "i + 1"]] as const) {
        if (j >= 1n && j <= n) row(`selectedIndex ${name} (neighbour)`, settle(player, b.playId, j, claim.scriptHash), "selection mismatch");
      }
      return rows;
    },
    afterStep: (m, r) => {
      m.time = r.time;
    },
    // No check of either settlement depends on time (NG-P10: bet limits apply to plays only; a
    // settlement's inputs never go stale, NG-P3): every row's message and the honest settlement
    // hold at any time.
    latest: () => null,
  };
}

function resolved(m: NeoGachaSequence, playId: bigint): boolean {
  const play = getter(m, "getPlay", intItem(playId));
  return play.type === "Map" && play.entries.some(([k, v]) => k.type === "ByteString" && Buffer.from(k.hex, "hex").toString() === "resolved" && v.type === "Boolean" && v.value);
}

function getterMachine(m: NeoGachaSequence, playId: bigint): bigint {
  const play = getter(m, "getPlay", intItem(playId));
  if (play.type !== "Map") return 0n;
  const v = play.entries.find(([k]) => k.type === "ByteString" && Buffer.from(k.hex, "hex").toString() === "machineId")?.[1];
  return v?.type === "Integer" ? v.value : 0n;
}
