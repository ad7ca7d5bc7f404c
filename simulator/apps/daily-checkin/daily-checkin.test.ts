import { describe, expect, it } from "vitest";
import { displayOf } from "../../runtime/hash160.js";
import { boolItem, hash160Item, intItem } from "../../runtime/items.js";
import { sender } from "../../runtime/witness.js";
import type { Outcome } from "../../runtime/outcome.js";
import { account } from "../../test-support/model-kit.js";
import { ProbeWorld, W } from "../../test-support/probe-world.js";
import { eventsOf, messageOf, resultOf } from "../../test-support/model-kit.js";
import { DAY, dayIndex } from "../../bases/mini-app-base.js";
import { DAILY_CHECKIN } from "./model.js";
import { APP_ID, CHECK_IN_FEE, MILESTONE_100_BONUS, MILESTONE_30_BONUS, MILESTONE_365_BONUS } from "./constants.js";
import { frontendCheckIn, readCheckInState } from "./frontend.js";
import { milestoneBonus, reward } from "./reward.js";

const APP = account(0xd1);
const [U1] = W.users as [typeof W.admin];
const world = () => new ProbeWorld([{ appId: APP_ID, contractName: DAILY_CHECKIN.name, hash: displayOf(APP), model: DAILY_CHECKIN, scripts: [] }]);

/** The frontend's read at tinv = `at`. */
const stateAt = (w: ProbeWorld, at: bigint) => readCheckInState(resultOf(w.read(APP, "getCheckInStateForFrontend", [hash160Item(U1)], at)));

/** One check-in by U1 at `at` through either path, the hybrid with F for the day of `at`. */
function checkIn(w: ProbeWorld, at: bigint, hybrid: boolean): Outcome {
  const receipt = w.pay(U1, CHECK_IN_FEE, APP_ID);
  const f = frontendCheckIn(stateAt(w, at), dayIndex(at)) ?? { newStreak: 0n, reward: 0n, reset: false };
  return hybrid
    ? w.tx(U1, APP, "checkInWithCalculation", [hash160Item(U1), intItem(receipt), intItem(f.newStreak), intItem(f.reward), boolItem(f.reset)], { at })
    : w.tx(U1, APP, "checkIn", [hash160Item(U1), intItem(receipt)], { at });
}

/** Both paths from copies of one state at one time (DC-P3 in the model): same outcome and storage. */
function bothPaths(w: ProbeWorld, at: bigint): Outcome {
  const receipt = w.pay(U1, CHECK_IN_FEE, APP_ID);
  const f = frontendCheckIn(stateAt(w, at), dayIndex(at))!;
  const run = (method: string, args: ReturnType<typeof intItem>[]) => {
    const chain = w.chain.copy();
    return { out: chain.invoke({ contract: displayOf(APP), method, args: [hash160Item(U1), intItem(receipt), ...args] }, { signers: [sender(U1)], now: at }), storage: chain.storage(displayOf(APP)) };
  };
  const h = run("checkInWithCalculation", [intItem(f.newStreak), intItem(f.reward), boolItem(f.reset)]);
  const d = run("checkIn", []);
  expect(h.out).toEqual(d.out);
  expect(h.storage).toEqual(d.storage);
  return w.tx(U1, APP, "checkIn", [hash160Item(U1), intItem(receipt)], { at });
}

describe("DailyCheckin model: streaks over a year of days (daily-checkin.md DC-P3, DC-P4, DC-P5, DC-P6)", () => {
  it("pays the 7th-day rewards and the 30/100/365 milestones, hybrid ≡ legacy at each milestone, and a claim pays Σ R + Σ M", () => {
    const w = world();
    const day0 = dayIndex(w.now) + 1n;
    let expected = 0n;
    for (let s = 1n; s <= 365n; s++) {
      const at = (day0 + s - 1n) * DAY + 1_000n + s; // a different millisecond of each day
      const out = milestoneBonus(s) > 0n ? bothPaths(w, at) : checkIn(w, at, s % 2n === 0n);
      expect(out.state, `streak ${s}`).toBe("HALT");
      expected += reward(s) + milestoneBonus(s);
      if (milestoneBonus(s) > 0n) expect(eventsOf(out)).toEqual(["MilestoneReached", "BonusReward", "CheckedIn"]);
    }
    expect(expected).toBe(100_000_000n + 51n * 150_000_000n + MILESTONE_30_BONUS + MILESTONE_100_BONUS + MILESTONE_365_BONUS);
    const claim = w.tx(U1, APP, "claimRewards", [hash160Item(U1)]);
    expect(claim.state === "HALT" && claim.notifications.at(-1)!.args).toEqual([hash160Item(U1), intItem(expected), intItem(expected)]);
    expect(messageOf(w.tx(U1, APP, "claimRewards", [hash160Item(U1)]))).toBe("no rewards");
  });

  it("continues at (L+1)·DAY and (L+2)·DAY − 1, refuses (L+1)·DAY − 1, resets at (L+2)·DAY (DC-P4)", () => {
    const w = world();
    const L = dayIndex(w.now) + 1n;
    expect(checkIn(w, L * DAY + 5n, true).state).toBe("HALT");
    expect(messageOf(checkIn(w, (L + 1n) * DAY - 1n, false))).toBe("already checked in today");
    expect(checkIn(w, (L + 1n) * DAY, true).state).toBe("HALT");
    expect(checkIn(w, (L + 3n) * DAY - 1n, false).state).toBe("HALT"); // LastDay L+1: (L+1+2)·DAY − 1 continues, streak 3
    const reset = checkIn(w, (L + 4n) * DAY, true); // LastDay L+2: (L+2+2)·DAY resets
    expect(eventsOf(reset)).toEqual(["StreakReset", "CheckedIn"]);
    expect(reset.state === "HALT" && reset.notifications[0]!.args).toEqual([hash160Item(U1), intItem(3n), intItem(3n)]);
  });
});
