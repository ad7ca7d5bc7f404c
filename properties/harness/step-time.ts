import type { BlockTime } from "../../neo-express/driver/block/shared-blocks.js";
import type { FlexibleDelay } from "./differential-run.js";

/**
 * The block time a step asks for, `delay` after T_last (`last`): exact unless a flexible step
 * shares blocks (and has no planned delay). A window that its `latest` leaves empty is the exact
 * time it would have alone.
 *
 * A planned delay (a replay of a run that shared blocks) is held to the step's own window. The
 * plan is positional, and fast-check shrinks a failure found while sharing blocks with the plan
 * of the whole sequence: once a command is dropped, later steps meet delays that were drawn for
 * other steps (a payment 1 ms after the last step where it asked for 30 s, a table's row after
 * the time its messages hold). Held to its window, every step of a shrunk candidate still runs at
 * a time a sharing run could have given it, so what the shrinker keeps is a failure of the
 * contract, the model or the pattern, never of a misaligned plan; the failing run itself (whose
 * delays all lie in their windows) replays bit for bit as before.
 */
export function stepTime(last: bigint, delay: bigint | FlexibleDelay, sharesBlocks: boolean, planned?: bigint): BlockTime {
  const ms = typeof delay === "bigint" ? delay : delay.ms;
  if (ms < 1n) throw new Error(`a block must be later than the last one (delay ${ms})`);
  if (typeof delay === "bigint") return { exact: last + delay };
  const earliest = last + delay.ms;
  const latest = delay.latest !== undefined && delay.latest < earliest + delay.slack ? delay.latest : earliest + delay.slack;
  if (planned !== undefined) {
    const time = last + planned;
    return { exact: latest <= earliest || time < earliest ? earliest : time > latest ? latest : time };
  }
  if (!sharesBlocks) return { exact: earliest };
  return latest > earliest ? { earliest, latest } : { exact: earliest };
}
