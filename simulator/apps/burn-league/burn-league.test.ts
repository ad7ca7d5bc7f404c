import { describe, expect, it } from "vitest";
import { displayOf, type Hash160Le } from "../../runtime/hash160.js";
import { boolItem, hash160Item, intItem } from "../../runtime/items.js";
import type { Outcome } from "../../runtime/outcome.js";
import { account, eventsOf, messageOf, resultOf } from "../../test-support/model-kit.js";
import { ProbeWorld, W } from "../../test-support/probe-world.js";
import { BURN_LEAGUE } from "./model.js";
import { APP_ID, MIN_BURN, SEASON_DURATION, STREAK_WINDOW, TIER2_THRESHOLD, TIER3_THRESHOLD } from "./constants.js";
import { frontendBurn, readBurnState } from "./frontend.js";

const APP = account(0xbe);
const [U1, U2, U3] = W.users as [Hash160Le, Hash160Le, Hash160Le];
const world = () => new ProbeWorld([{ appId: APP_ID, contractName: BURN_LEAGUE.name, hash: displayOf(APP), model: BURN_LEAGUE, scripts: [] }]);
const int = (o: Outcome): bigint => { const r = resultOf(o); return r.type === "Integer" ? r.value : -1n; };

/** One burn of `a` by `u` at `at` through either path, the hybrid with F for the block at `at` (honest, README §5). */
function burn(w: ProbeWorld, u: Hash160Le, a: bigint, at: bigint, hybrid: boolean): Outcome {
  const receipt = w.pay(u, a, APP_ID);
  const head = [hash160Item(u), intItem(a), intItem(receipt)];
  if (!hybrid) return w.tx(u, APP, "burnGas", head, { at });
  const f = frontendBurn(readBurnState(resultOf(w.read(APP, "getBurnStateForFrontend", [hash160Item(u)]))), a, at);
  return w.tx(u, APP, "burnGasWithCalculation", [...head, intItem(f.points), intItem(f.newStreak), boolItem(f.continued)], { at });
}

const points = (w: ProbeWorld, u: Hash160Le, sid = 1n) => int(w.read(APP, "getUserSeasonPoints", [hash160Item(u), intItem(sid)]));
const season = (w: ProbeWorld, sid = 1n) => { const r = resultOf(w.read(APP, "getSeason", [intItem(sid)])); return r.type === "Struct" ? r.items.map((i) => (i.type === "Integer" ? i.value : i.type === "Boolean" ? i.value : null)) : []; };

describe("BurnLeague model: tiers, streak window and seasons (burn-league.md BL-P4, BL-P6, BL-P7)", () => {
  it("gives a, ⌊1.5a⌋, ⌊1.5a⌋, 2a at TIER2 − 1, TIER2, TIER3 − 1, TIER3 on both paths (BL-P4)", () => {
    for (const hybrid of [true, false]) {
      const w = world();
      expect(w.tx(W.admin, APP, "startSeason", []).state).toBe("HALT");
      const cases: [Hash160Le, bigint, bigint][] = [[U1, TIER2_THRESHOLD - 1n, TIER2_THRESHOLD - 1n], [U2, TIER2_THRESHOLD, (15n * TIER2_THRESHOLD) / 10n],
        [U3, TIER3_THRESHOLD - 1n, (15n * (TIER3_THRESHOLD - 1n)) / 10n], [W.users[3]!, TIER3_THRESHOLD, 2n * TIER3_THRESHOLD]];
      for (const [u, a, expected] of cases) {
        expect(burn(w, u, a, w.now + 5_000n, hybrid).state).toBe("HALT");
        expect(points(w, u)).toBe(expected);
      }
    }
  });

  it("continues the streak at last + STREAK_WINDOW and resets it at last + STREAK_WINDOW + 1 (BL-P4, README §5)", () => {
    const w = world();
    w.tx(W.admin, APP, "startSeason", []);
    const t1 = w.now + 10_000n;
    expect(eventsOf(burn(w, U1, MIN_BURN, t1, true))).toEqual(["GasBurned"]);
    const t2 = t1 + STREAK_WINDOW;
    const continued = burn(w, U1, MIN_BURN, t2, false);
    expect(eventsOf(continued)).toEqual(["StreakBonus", "GasBurned"]);
    expect(continued.state === "HALT" && continued.notifications[0]!.args).toEqual([hash160Item(U1), intItem(2n), intItem(102n)]);
    expect(points(w, U1)).toBe(MIN_BURN + (MIN_BURN * 102n) / 100n);
    expect(eventsOf(burn(w, U1, MIN_BURN, t2 + STREAK_WINDOW + 1n, true))).toEqual(["GasBurned"]);
    expect(resultOf(w.read(APP, "getUserStreak", [hash160Item(U1)]))).toEqual({ type: "Struct", items: [intItem(1n), intItem(2n), intItem(t2 + STREAK_WINDOW + 1n)] });
  });

  it("accepts a burn at EndTime − 1 and ends at EndTime; refuses endSeason at EndTime − 1 and a burn at EndTime (BL-P7)", () => {
    const a = world();
    a.tx(W.admin, APP, "startSeason", []);
    const end = a.now + SEASON_DURATION;
    expect(burn(a, U1, MIN_BURN, end - 1n, true).state).toBe("HALT");
    expect(eventsOf(a.tx(U2, APP, "endSeason", [], { at: end }))).toEqual(["SeasonEnded"]);
    const b = world();
    b.tx(W.admin, APP, "startSeason", []);
    const endB = b.now + SEASON_DURATION;
    expect(messageOf(b.tx(U2, APP, "endSeason", [], { at: endB - 1n }))).toBe("not ended");
    expect(messageOf(burn(b, U1, MIN_BURN, endB, false))).toBe("season ended");
    expect(b.tx(U2, APP, "endSeason", []).state).toBe("HALT");
    expect(messageOf(burn(b, U1, MIN_BURN, b.now + 5_000n, true))).toBe("season not active");
  });

  it("moves the whole pool into the season, pays floor shares that sum to at most the pool, once each (BL-P6)", () => {
    const w = world();
    const pool = 1_000_000_007n;
    expect(w.tx(U3, APP, "fundRewardPool", [hash160Item(U3), intItem(pool), intItem(w.pay(U3, pool, APP_ID))]).state).toBe("HALT");
    expect(int(w.tx(W.admin, APP, "startSeason", []))).toBe(1n);
    expect(int(w.read(APP, "rewardPool"))).toBe(0n);
    expect(season(w)[6]).toBe(pool);
    for (const [u, a] of [[U1, MIN_BURN], [U2, 2n * MIN_BURN + 1n], [U3, 3n * MIN_BURN + 2n]] as const) burn(w, u, a, w.now + 5_000n, true);
    w.tx(U1, APP, "endSeason", [], { at: w.now + SEASON_DURATION });
    const total = season(w)[4] as bigint;
    let paid = 0n;
    for (const u of [U1, U2, U3]) {
      const claim = w.tx(u, APP, "claimReward", [hash160Item(u), intItem(1n)]);
      const share = (pool * points(w, u)) / total;
      expect(eventsOf(claim)).toEqual(["Transfer", "RewardClaimed"]);
      expect(claim.state === "HALT" && claim.notifications[1]!.args).toEqual([hash160Item(u), intItem(share), intItem(1n)]);
      paid += share;
      expect(messageOf(w.tx(u, APP, "claimReward", [hash160Item(u), intItem(1n)]))).toBe("already claimed");
    }
    expect(paid).toBeLessThanOrEqual(pool);
    expect(pool - paid).toBeLessThan(3n);
    expect(messageOf(w.tx(W.users[4]!, APP, "claimReward", [hash160Item(W.users[4]!), intItem(1n)]))).toBe("no points");
  });

  it("returns an unclaimable pool to 46 when a season ends without points", () => {
    const w = world();
    w.tx(U1, APP, "fundRewardPool", [hash160Item(U1), intItem(5n), intItem(w.pay(U1, 5n, APP_ID))]);
    w.tx(W.admin, APP, "startSeason", []);
    expect(eventsOf(w.tx(U1, APP, "endSeason", [], { at: w.now + SEASON_DURATION }))).toEqual(["SeasonEnded"]);
    expect(int(w.read(APP, "rewardPool"))).toBe(5n);
    expect(season(w)[6]).toBe(0n);
  });
});
