import { UsageError } from "../../config/usage-error.js";

export interface Shard {
  /** 1-based, as written on the command line (`--shard 2/4`). */
  readonly index: number;
  readonly count: number;
}

export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) {
    throw new UsageError("SHARD_INVALID", `--shard ${text} is not k/n with 1 ≤ k ≤ n`, "write e.g. --shard 2/4 for the second of four shards");
  }
  return { index, count };
}

/** A deterministic share of a campaign: the i-th unit goes to shard (i mod n) + 1. */
export function inShard<T>(units: readonly T[], shard: Shard | undefined): T[] {
  return shard ? units.filter((_, i) => i % shard.count === shard.index - 1) : [...units];
}
