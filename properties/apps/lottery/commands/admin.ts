import { arg, type AbiArg } from "../../../../neo-express/driver/abi-arg.js";
import { APP_ID } from "../../../../simulator/apps/lottery/constants.js";
import { CallStep } from "../../../patterns/call-step/call-step.js";
import type { LotterySequence } from "../sequence-model.js";
import { plainDelay } from "../../../harness/differential-run.js";

export type Switch = "pause" | "unpause" | "disable-draw" | "enable-draw" | "disable-scratch" | "enable-scratch";

/** The admin's switches settlements, draws and purchases see: `setPaused` ("paused") and `disableScript`/`enableScript` of either script. */
export function switchStep(signer: string, s: Switch, delayMs: bigint): CallStep<LotterySequence> {
  const [method, args]: [string, AbiArg[]] = s === "pause" || s === "unpause" ? ["setPaused", [arg.bool(s === "pause"), arg.str(APP_ID)]]
    : [s.startsWith("disable") ? "disableScript" : "enableScript", [arg.str(s.endsWith("draw") ? "draw-winner" : "scratch-prize")]];
  return new CallStep(`${s} +${delayMs}ms`, signer, () => plainDelay(delayMs), (m) => ({ contract: m.app, method, args }));
}

/** setLotteryConfig / enableLotteryType (LO-P9), by ADMIN or another account, with in- and out-of-range values. */
export function configStep(signer: string, c: { readonly type: bigint; readonly price: bigint; readonly instant: boolean; readonly jackpot: bigint; readonly enabled: boolean; readonly only?: true }, delayMs: bigint): CallStep<LotterySequence> {
  return c.only
    ? new CallStep(`enableLotteryType(${c.type}, ${c.enabled}) +${delayMs}ms`, signer, () => plainDelay(delayMs), (m) => ({ contract: m.app, method: "enableLotteryType", args: [arg.int(c.type), arg.bool(c.enabled)] }))
    : new CallStep(`setLotteryConfig(${c.type}, ${c.price}, ${c.instant}, ${c.jackpot}, ${c.enabled}) +${delayMs}ms`, signer, () => plainDelay(delayMs),
      (m) => ({ contract: m.app, method: "setLotteryConfig", args: [arg.int(c.type), arg.int(c.price), arg.bool(c.instant), arg.int(c.jackpot), arg.bool(c.enabled)] }));
}

/** setGameBetLimits (DP-P4 on buyTickets): tight limits (a cooldown, a low max bet) or relaxed ones. */
export function betLimitsStep(signer: string, limits: readonly [bigint, bigint, bigint, bigint], delayMs: bigint): CallStep<LotterySequence> {
  return new CallStep(`setGameBetLimits(${limits.join(", ")}) +${delayMs}ms`, signer, () => plainDelay(delayMs), (m) => ({ contract: m.app, method: "setGameBetLimits", args: limits.map((v) => arg.int(v)) }));
}
