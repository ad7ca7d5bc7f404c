import { beforeEach, describe, expect, it } from "vitest";
import { ZERO_HASH160 } from "../runtime/hash160.js";
import { hash160Item, intItem } from "../runtime/items.js";
import { serialize } from "../runtime/serialize.js";
import { bytesOfInt } from "../runtime/integer-bytes.js";
import { eventsOf, messageOf, resultOf } from "../test-support/model-kit.js";
import { PROBE, ProbeWorld, W } from "../test-support/probe-world.js";

const [U1, U2] = W.users as [typeof W.admin, typeof W.admin];
const DAY = 86_400_000n;
let w: ProbeWorld;
beforeEach(() => { w = new ProbeWorld(); });

/** Pays, then bets at `at` (the payment lands 1 s before). */
function bet(amount: bigint, at: bigint, player = U1) {
  w.now = at - 2_000n;
  const receipt = w.pay(player, amount);
  return w.tx(player, PROBE, "placeBet", [hash160Item(player), intItem(amount), intItem(receipt)], { at });
}
const limits = (maxBet: bigint, daily: bigint, cooldown: bigint, maxConsecutive: bigint) =>
  w.tx(W.admin, PROBE, "setGameBetLimits", [intItem(maxBet), intItem(daily), intItem(cooldown), intItem(maxConsecutive)]);
const count = () => resultOf(w.read(PROBE, "getGamePlayerBetCount", [hash160Item(U1)]));

describe("BET / RECBET on keys 30–33 (devpack.md §3, DP-P1, DP-P4)", () => {
  it("checks address, amount, max bet, daily limit in order", () => {
    const t = w.now + 10_000n;
    // A(player) comes before BET in placeBet; ValidateAddress alone through checkAddress.
    expect(messageOf(w.tx(U1, PROBE, "placeBet", [hash160Item(ZERO_HASH160), intItem(1n), intItem(1n)]))).toBe("unauthorized");
    expect(messageOf(w.tx(U1, PROBE, "checkAddress", [hash160Item(ZERO_HASH160)]))).toBe("invalid address");
    expect(messageOf(w.tx(U1, PROBE, "checkAddress", [{ type: "Any" }]))).toBe("invalid address");
    expect(messageOf(w.tx(U1, PROBE, "placeBet", [hash160Item(U1), intItem(0n), intItem(1n)]))).toBe("amount must be > 0");
    expect(messageOf(w.tx(U1, PROBE, "placeBet", [hash160Item(U1), intItem(10_000_000_001n), intItem(1n)]))).toBe("bet exceeds maximum");
    expect(messageOf(bet(10_000_000_000n, t))).toBe("HALT");
    limits(100n, 150n, 0n, 20n);
    expect(messageOf(bet(100n, t + 60_000n))).toBe("daily limit exceeded");
  });

  it("cooldown boundary last + Cooldown − 1 / last + Cooldown, and the reset at 5 × Cooldown", () => {
    const t = w.now + 10_000n;
    expect(messageOf(bet(1n, t))).toBe("HALT");
    expect(w.storageValue(PROBE, "31" + U1)).toBe(bytesOfInt(t));
    expect(w.storageValue(PROBE, "32" + U1)).toBe("01");
    expect(resultOf(w.read(PROBE, "getGamePlayerLastBetTime", [hash160Item(U1)]))).toEqual(intItem(t));
    expect(messageOf(bet(1n, t + 29_999n))).toBe("cooldown active");
    expect(messageOf(bet(1n, t + 30_000n))).toBe("HALT");
    expect(count()).toEqual(intItem(2n));
    const t2 = t + 30_000n;
    expect(messageOf(bet(1n, t2 + 149_999n))).toBe("HALT");
    expect(count()).toEqual(intItem(3n));
    const t3 = t2 + 149_999n;
    expect(messageOf(bet(1n, t3 + 150_000n))).toBe("HALT");
    expect(count()).toEqual(intItem(1n));
  });

  it("max consecutive bets, restarting after 5 × Cooldown", () => {
    expect(eventsOf(limits(1_000n, 10_000n, 1_000n, 2n))).toEqual(["GameBetLimitsChanged"]);
    const t = w.now + 10_000n;
    expect(messageOf(bet(1n, t))).toBe("HALT");
    expect(messageOf(bet(1n, t + 1_000n))).toBe("HALT");
    expect(messageOf(bet(1n, t + 5_999n))).toBe("max consecutive bets reached");
    expect(messageOf(bet(1n, t + 6_000n))).toBe("HALT");
    expect(count()).toEqual(intItem(1n));
    // Another player's ledger is separate.
    expect(messageOf(bet(1n, t + 7_000n, U2))).toBe("HALT");
  });

  it("daily bucket: the last ms of the stored day counts, the first of the next does not", () => {
    limits(100n, 150n, 0n, 20n);
    const boundary = (w.now / DAY + 1n) * DAY;
    expect(messageOf(bet(100n, boundary - 40_000n))).toBe("HALT");
    expect(w.storageValue(PROBE, "30" + U1)).toBe(serialize({ type: "Array", items: [intItem(boundary / DAY - 1n), intItem(100n)] }));
    expect(resultOf(w.read(PROBE, "getGamePlayerDailyBet", [hash160Item(U1)], boundary - 1n))).toEqual(intItem(100n));
    expect(resultOf(w.read(PROBE, "getGamePlayerDailyBet", [hash160Item(U1)], boundary))).toEqual(intItem(0n));
    expect(messageOf(bet(100n, boundary - 1n))).toBe("daily limit exceeded");
    expect(messageOf(bet(100n, boundary))).toBe("HALT");
    expect(resultOf(w.read(PROBE, "getGamePlayerDailyBet", [hash160Item(U1)], boundary))).toEqual(intItem(100n));
  });

  it("setGameBetLimits checks in order; getGameBetLimits is an Array of defaults, then the stored Struct", () => {
    expect(resultOf(w.read(PROBE, "getGameBetLimits"))).toEqual({ type: "Array", items: [10_000_000_000n, 100_000_000_000n, 30_000n, 20n].map(intItem) });
    expect(messageOf(w.tx(U1, PROBE, "setGameBetLimits", [1n, 1n, 0n, 1n].map(intItem)))).toBe("unauthorized");
    expect(messageOf(limits(0n, 1n, 0n, 1n))).toBe("maxBet must be > 0");
    expect(messageOf(limits(2n, 1n, 0n, 1n))).toBe("dailyLimit >= maxBet");
    expect(messageOf(limits(1n, 1n, -1n, 1n))).toBe("cooldownMs >= 0");
    expect(messageOf(limits(1n, 1n, 0n, 0n))).toBe("maxConsecutive > 0");
    limits(1n, 2n, 3n, 4n);
    expect(w.storageValue(PROBE, "33")).toBe("4104" + "210101" + "210102" + "210103" + "210104");
    expect(resultOf(w.read(PROBE, "getGameBetLimits"))).toEqual({ type: "Struct", items: [1n, 2n, 3n, 4n].map(intItem) });
  });
});
