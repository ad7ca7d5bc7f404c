import { arg } from "../../../../neo-express/driver/abi-arg.js";
import { flexible, type DifferentialRun } from "../../../harness/differential-run.js";
import type { DifferentialCommand } from "../../../harness/run-property.js";
import { pickReceipt, type ReceiptChoice } from "../../../patterns/pay-then-act/receipt-choice.js";
import { payReceipt } from "../../../patterns/pay-then-act/pay-receipt.js";
import { teeCompute } from "../../../patterns/two-phase/tee-compute.js";
import { RngFulfil, type RngAnswer } from "../../../patterns/two-phase/rng-fulfil.js";
import { APP_ID, SCRIPT_NAME } from "../../../../simulator/apps/neo-gacha/constants.js";
import { initiateInputs, initiatedPlayOf, requestedPlayOf, select, type InitiatedPlay } from "../../../../simulator/apps/neo-gacha/frontend.js";
import { SELECT_ITEM_TEXT } from "../../../../simulator/apps/neo-gacha/select-item-script.js";
import { intItem } from "../../../../simulator/runtime/items.js";
import { readStringMap } from "../../../../simulator/runtime/string-map.js";
import { scriptHashOf } from "../../../../simulator/tee/script-registry.js";
import { jsonInt } from "../../../../simulator/tee/json-value.js";
import { inputSelecting } from "../../../../simulator/apps/neo-gacha/selection-math.js";
import { accountHash, frontendItems, getter, machineView, pickMachine, type KnownPlay, type NeoGachaSequence } from "../sequence-model.js";
import { call } from "./machine-setup.js";
import { playDelay, playTarget, showPlayDelay, type PlayDelay } from "./play-delay.js";
import { betLatest } from "../../../patterns/time-boundary/bet-delay.js";

export type PlayMethod = "playMachine" | "playMachineHybrid" | "initiatePlayOptimized";
const MODE: Record<PlayMethod, 1n | 2n | 3n> = { playMachine: 1n, playMachineHybrid: 2n, initiatePlayOptimized: 3n };

/** initiatePlayOptimized's frontend inputs: honest (initiateInputs), or one perturbed (NG-P3 rows). */
export type InitiateTamper = "none" | "weight+1" | "weight-1" | "sample-0" | "sample-past" | "sample-unavailable";

export interface PlayArgs {
  readonly signer: string;
  readonly player: string;
  readonly pick: number;
  readonly receipt: ReceiptChoice;
  readonly delay: PlayDelay;
  readonly tamper: InitiateTamper;
}

/** One play-opening transaction; the frontend then keeps what the chain told it (the play, its seed, the gateway request). */
export async function openPlay(m: NeoGachaSequence, r: DifferentialRun, method: PlayMethod, p: PlayArgs): Promise<KnownPlay | undefined> {
  const id = pickMachine(m, p.pick);
  const receiptId = pickReceipt(m, p.player, p.receipt);
  const player = arg.hash160(accountHash(m, p.player));
  let c = call(m, method, player, arg.int(id), arg.int(receiptId));
  if (method === "initiatePlayOptimized") {
    const items = frontendItems(m, id);
    const honest = initiateInputs(items);
    const w = honest.availableWeight + (p.tamper === "weight+1" ? 1n : p.tamper === "weight-1" ? -1n : 0n);
    const unavailable = items.find((it) => !it.available)?.index;
    const sample = p.tamper === "sample-0" ? 0n : p.tamper === "sample-past" ? BigInt(items.length) + 1n
      : p.tamper === "sample-unavailable" && unavailable !== undefined ? unavailable : honest.sample;
    c = call(m, method, player, arg.int(id), arg.int(receiptId), arg.int(w), arg.int(sample));
  }
  const { chain } = await r.transaction(c, p.signer, playDelay(m, p.delay, p.player), `${method}(${p.player}, machine ${id}, receipt=${receiptId}${p.tamper === "none" ? "" : `, ${p.tamper}`})`);
  m.time = r.time;
  if (chain.state !== "HALT") return undefined;
  m.rng.observe(chain);
  const seed = initiatedPlayOf(chain.notifications, m.app);
  const requested = requestedPlayOf(chain.notifications, m.app);
  const playId = seed?.playId ?? requested?.playId;
  if (playId === undefined) return undefined;
  const known: KnownPlay = { playId, player: p.player, mode: MODE[method], ...(seed ? { seed } : {}) };
  m.plays.push(known);
  return known;
}

export const showPlay = (method: string, p: PlayArgs): string =>
  `${method}(${p.signer === p.player ? p.player : `${p.signer}→${p.player}`}, #${p.pick}, ${p.receipt}${p.tamper === "none" ? "" : `, ${p.tamper}`}, ${showPlayDelay(p.delay)})`;

/** A play-opening step on its own: playMachine [D flow], playMachineHybrid [H flow] or initiatePlayOptimized [H], honest or perturbed. */
export class OpenPlay implements DifferentialCommand<NeoGachaSequence> {
  constructor(readonly method: PlayMethod, readonly play: PlayArgs) {}

  check(): boolean {
    return true;
  }

  async run(m: NeoGachaSequence, r: DifferentialRun): Promise<void> {
    await openPlay(m, r, this.method, this.play);
  }

  toString(): string {
    return showPlay(this.method, this.play);
  }
}

/** How the RNG worker answers (RngAnswer), or "last": the result whose roll selects the machine's last item, resolved against it (resolveAnswer). */
export type Answer = RngAnswer | { readonly kind: "last" };

/** The TEE account fulfils a pending gateway request of this sequence (the shared RngFulfil). */
export class Fulfil extends RngFulfil<NeoGachaSequence> {}

/** The honest settlePlayWithRng arguments of a Mode-2 play: select(getMachineItemsForFrontend, getPlayRandomness); undefined without stored randomness. */
export function honestRngSettlement(m: NeoGachaSequence, playId: bigint): { readonly i: bigint; readonly c: bigint; readonly w: bigint; readonly machineId: bigint } | undefined {
  const randomness = getter(m, "getPlayRandomness", intItem(playId));
  const play = getter(m, "getPlay", intItem(playId));
  if (randomness.type !== "ByteString" || play.type !== "Map" || play.entries.length === 0) return undefined;
  const machineId = readStringMap(play, "getPlay").int("machineId");
  const s = select(frontendItems(m, machineId), randomness.hex);
  return s ? { i: s.index, c: s.cumulativeWeightBefore, w: s.totalWeight, machineId } : undefined;
}

export const rngSettleCall = (m: NeoGachaSequence, player: string, playId: bigint, i: bigint, c: bigint, w: bigint) =>
  call(m, "settlePlayWithRng", arg.hash160(accountHash(m, player)), arg.int(playId), arg.int(i), arg.int(c), arg.int(w));

/** settlePlayOptimized's honest (selectedIndex, scriptHash): the TEE's select-item over the machine's weights, or the frontend's own selection with the known script's hash when the TEE refuses. */
export async function honestOptimizedSettlement(m: NeoGachaSequence, r: DifferentialRun, seed: InitiatedPlay): Promise<{ readonly i: bigint; readonly scriptHash: string }> {
  const items = frontendItems(m, seed.machineId);
  const response = await teeCompute(r, m.tee, { app_id: APP_ID, contract_hash: m.app, script_name: SCRIPT_NAME, seed: seed.seed, input: { weights: items.map((it) => jsonInt(it.weight)) } });
  if (response.success) return { i: BigInt(response.result.selectedIndex as string), scriptHash: response.verification.script_hash };
  return { i: select(items, seed.seed)?.index ?? 1n, scriptHash: scriptHashOf(SELECT_ITEM_TEXT) };
}

export const optimizedSettleCall = (m: NeoGachaSequence, player: string, playId: bigint, i: bigint, scriptHash: string) =>
  call(m, "settlePlayOptimized", arg.hash160(accountHash(m, player)), arg.int(playId), arg.int(i), arg.bytes(scriptHash));

/** A settlement's departure from the honest one, or none. */
export type SettleTamper = "none" | "index+1" | "index-1" | "other-signer" | "never-issued";

/** Phase two of a Mode-2 or Mode-3 play, by its owner (or, tampered, another signer / index). */
export class Settle implements DifferentialCommand<NeoGachaSequence> {
  constructor(readonly pick: number, readonly tamper: SettleTamper, readonly delayMs: bigint) {}

  check(): boolean {
    return true;
  }

  async run(m: NeoGachaSequence, r: DifferentialRun): Promise<void> {
    const open = m.plays.filter((p) => p.mode !== 1n);
    const play = open[this.pick % Math.max(open.length, 1)];
    if (!play) return;
    const playId = this.tamper === "never-issued" ? 1_000_000n : play.playId;
    const signer = this.tamper === "other-signer" ? (play.player === "u1" ? "u2" : "u1") : play.player;
    const shift = this.tamper === "index+1" ? 1n : this.tamper === "index-1" ? -1n : 0n;
    let c;
    if (play.mode === 2n) {
      const s = honestRngSettlement(m, play.playId) ?? { i: 1n, c: 0n, w: 100n, machineId: 0n };
      c = rngSettleCall(m, play.player, playId, s.i + shift, s.c, s.w);
    } else {
      const s = play.seed ? await honestOptimizedSettlement(m, r, play.seed) : { i: 1n, scriptHash: scriptHashOf(SELECT_ITEM_TEXT) };
      c = optimizedSettleCall(m, play.player, playId, s.i + shift, s.scriptHash);
    }
    // A settlement's arguments never go stale and nothing in it depends on its time (neo-gacha.md
    // NG-P3, NG-P10: no bet limit, no time check): it may take a shared block's time.
    await r.transaction(c, signer, flexible(this.delayMs), `${c.method}(play ${playId}${this.tamper === "none" ? "" : `, ${this.tamper}`})`);
    m.time = r.time;
  }

  toString(): string {
    return `settle(#${this.pick}${this.tamper === "none" ? "" : `, ${this.tamper}`}, +${this.delayMs}ms)`;
  }
}

/**
 * The whole honest play in consecutive blocks: pay the machine's price, open the play on one of
 * the three paths, then the RNG worker's fulfilment (legacy, hybrid) and the owner's O(1)
 * settlement (hybrid: select over the stored randomness; seed: the TEE's select-item).
 */
export class FullPlay implements DifferentialCommand<NeoGachaSequence> {
  constructor(readonly player: string, readonly pick: number, readonly method: PlayMethod, readonly delay: PlayDelay, readonly answer: Answer) {}

  check(): boolean {
    return true;
  }

  async run(m: NeoGachaSequence, r: DifferentialRun): Promise<void> {
    const view = machineView(m, pickMachine(m, this.pick));
    // The payment's time matters to nothing but the play after it: it may come later, but not so
    // late that the play's bet-limit boundary is already past (it stays exact, README §5) or that
    // a plain delay after it crosses a bet-limit boundary the exact run would not (betLatest).
    const before = (t: bigint | undefined, room: bigint) => (t === undefined ? undefined : t - room);
    const latest = "ms" in this.delay ? before(betLatest(m, this.player, m.time + 1_000n + this.delay.ms), this.delay.ms) : before(playTarget(m, this.delay), 1n);
    await payReceipt(m, r, this.player, view.exists ? view.price : 10_000_000n, flexible(1_000n, undefined, latest), APP_ID);
    const pending = m.rng.pendingIds().length;
    const play = await openPlay(m, r, this.method, { signer: this.player, player: this.player, pick: this.pick, receipt: "own", delay: this.delay, tamper: "none" });
    if (!play) return;
    if (play.mode !== 3n && m.rng.pendingIds().length > pending) await new Fulfil(m.rng.pendingIds().length - 1, resolveAnswer(m, this.pick, this.answer), 1_000n).run(m, r);
    if (play.mode === 1n) return;
    const index = m.plays.filter((p) => p.mode !== 1n).indexOf(play);
    await new Settle(index, "none", 1_000n).run(m, r);
  }

  toString(): string {
    return `play(${this.player}, #${this.pick}, ${this.method}, ${showPlayDelay(this.delay)}, ${this.answer.kind})`;
  }
}


/** "last": the RNG result whose roll selects the machine's last item (LOOPSEL's worst case, README G10). */
export function resolveAnswer(m: NeoGachaSequence, pick: number, a: Answer): RngAnswer {
  if (a.kind !== "last") return a;
  const items = frontendItems(m, pickMachine(m, pick));
  return items.length > 0 && items.some((it) => it.weight > 0n) ? { kind: "forced", result: inputSelecting(items.map((it) => it.weight), BigInt(items.length)) } : { kind: "default" };
}
