import { describe, expect, it } from "vitest";
import { displayOf } from "../../runtime/hash160.js";
import { hash160Item, intItem } from "../../runtime/items.js";
import { NEO_HASH } from "../../runtime/native-tokens.js";
import type { WitnessScopes } from "../../runtime/witness.js";
import { account, eventsOf, messageOf, resultOf } from "../../test-support/model-kit.js";
import { ProbeWorld, W } from "../../test-support/probe-world.js";
import { DAY } from "../../bases/mini-app-base.js";
import { COMPOUND_CAPSULE } from "./model.js";
import { APP_ID } from "./constants.js";
import { apyBps, fee, penalty, yieldOf } from "./formulas.js";
import { earlyCalc, readCalculationConstants, readCapsuleState, unlockCalc } from "./frontend.js";

const APP = account(0xcc);
const [U1, U2] = W.users as [typeof W.admin, typeof W.admin];
const NEO_SCOPE: WitnessScopes = { calledByEntry: true, customContracts: [NEO_HASH] };
const world = () => new ProbeWorld([{ appId: APP_ID, contractName: COMPOUND_CAPSULE.name, hash: displayOf(APP), model: COMPOUND_CAPSULE, scripts: [] }]);
const create = (w: ProbeWorld, amount: bigint, days: bigint, scopes = NEO_SCOPE) => w.tx(U1, APP, "createCapsule", [hash160Item(U1), intItem(amount), intItem(days)], { scopes });
const state = (w: ProbeWorld, id: bigint, at: bigint) => readCapsuleState(resultOf(w.read(APP, "getCapsuleStateForFrontend", [intItem(id)], at)));
const constants = (w: ProbeWorld) => readCalculationConstants(resultOf(w.read(APP, "getCalculationConstants")));

describe("CompoundCapsule model (compound-capsule.md CC-P1, CC-P4, CC-P5, CC-P7)", () => {
  it("takes NEO only with CalledByEntry + CustomContracts[NEO]: CalledByEntry alone fails in NEO, CustomContracts[NEO] alone in the app (README §6)", () => {
    const w = world();
    expect(messageOf(create(w, 10n, 30n, { calledByEntry: true }))).toBe("transfer failed");
    expect(messageOf(create(w, 10n, 30n, { customContracts: [NEO_HASH] }))).toBe("unauthorized");
    expect(messageOf(create(w, 10n, 30n, {}))).toBe("unauthorized");
    expect(create(w, 10n, 30n, { global: true }).state).toBe("HALT");
    expect(eventsOf(create(w, 10n, 30n))).toEqual(["Transfer", "CapsuleCreated"]);
    expect(w.chain.balanceOf("NEO", APP)).toBe(20n);
  });

  it("accrues to the unlock time only, whatever block unlocks; fee 1 %; hybrid values from the frontend", () => {
    const w = world();
    const id = resultOf(create(w, 1_000n, 90n));
    const s0 = state(w, id.type === "Integer" ? id.value : 0n, w.now + 15_000n);
    expect(s0.apyBps).toBe(800n);
    const total = yieldOf(1_000n, 800n, 90n * DAY);
    expect(messageOf(w.tx(U1, APP, "unlockCapsule", [intItem(1n)], { at: s0.unlockTime - 1n }))).toBe("not yet unlocked");
    const s = state(w, 1n, s0.unlockTime + 5n * DAY);
    expect(s.pendingYield).toBe(total);
    const f = unlockCalc(s, constants(w));
    expect(f).toEqual({ yield: total, fee: fee(total), payout: total - fee(total) });
    const out = w.tx(U1, APP, "unlockCapsuleWithCalculation", [intItem(1n), intItem(f.yield), intItem(f.fee), intItem(f.payout)], { at: s0.unlockTime + 5n * DAY });
    expect(eventsOf(out)).toEqual(["CompoundAdded", "Transfer", "Transfer", "CapsuleUnlocked"]);
    expect(w.chain.balanceOf("NEO", APP)).toBe(0n);
  });

  it("early withdrawal returns P − 5 %, forfeits the yield; extendLock accrues at the old tier first", () => {
    const w = world();
    create(w, 999n, 7n);
    const s0 = state(w, 1n, w.now + 15_000n);
    const ext = w.tx(U1, APP, "extendLock", [intItem(1n), intItem(23n)], { at: s0.createdTime + DAY });
    expect(eventsOf(ext)).toEqual(["CompoundAdded", "CapsuleExtended"]);
    expect(state(w, 1n, w.now).apyBps).toBe(500n);
    expect(messageOf(w.tx(U2, APP, "earlyWithdraw", [intItem(1n)]))).toBe("unauthorized");
    const e = earlyCalc(state(w, 1n, w.now + 1_000n), constants(w));
    expect(e).toEqual({ penalty: 49n, payout: 950n });
    expect(eventsOf(w.tx(U1, APP, "earlyWithdrawWithCalculation", [intItem(1n), intItem(e.penalty), intItem(e.payout)]))).toEqual(["Transfer", "EarlyWithdraw"]);
    expect(w.chain.balanceOf("NEO", APP)).toBe(49n);
    expect(messageOf(w.tx(U1, APP, "earlyWithdraw", [intItem(1n)]))).toBe("not active");
  });

  it("tiers at 7, 29, 30, 89, 90, 179, 180, 365 (CC-P7) and the getters' negative arguments", () => {
    expect([7n, 29n, 30n, 89n, 90n, 179n, 180n, 365n, -5n].map(apyBps)).toEqual([300n, 300n, 500n, 500n, 800n, 800n, 1200n, 1200n, 300n]);
    expect(penalty(-999n)).toBe(-49n);
    expect(yieldOf(-1n, 300n, 5n)).toBe(0n);
  });
});
