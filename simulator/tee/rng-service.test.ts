import { describe, expect, it } from "vitest";
import { displayOf } from "../runtime/hash160.js";
import { H } from "../runtime/hash.js";
import { boolItem, bytesItem, intItem } from "../runtime/items.js";
import { sender } from "../runtime/witness.js";
import { GATEWAY, PROBE, ProbeWorld, W } from "../test-support/probe-world.js";
import { defaultRngResult, fulfilmentCall, RngService } from "./rng-service.js";

const SEED = "5e".repeat(32);

describe("RNG service (platform.md §4)", () => {
  it("default result is H(utf8(\"rng\") ‖ bytes(requestId) ‖ fixtureSeed)", () => {
    expect(defaultRngResult(1n, SEED)).toBe(H("726e67" + "01" + SEED));
    expect(defaultRngResult(128n, SEED)).toBe(H("726e67" + "8000" + SEED));
  });

  it("observes gateway requests, delivers each once, with overrides and failures", () => {
    const w = new ProbeWorld();
    const rng = new RngService(displayOf(GATEWAY), SEED);
    const [U1] = W.users as [typeof W.admin];
    expect(rng.observe(w.tx(U1, PROBE, "requestRandomness", [intItem(4n)]))).toEqual([1n]);
    expect(rng.observe(w.tx(U1, PROBE, "requestRandomness", [intItem(5n)]))).toEqual([2n]);
    expect(rng.observe(w.tx(U1, PROBE, "requestRandomness", [intItem(6n)]))).toEqual([3n]);
    rng.override(2n, "07");
    rng.fail(3n);
    const fulfil = (id: bigint) => {
      w.now += 1_000n;
      return w.chain.invoke(fulfilmentCall(displayOf(GATEWAY), rng.deliver(id)), { signers: [sender(W.tee)], now: w.now });
    };
    const first = fulfil(1n);
    expect(first.state === "HALT" && first.notifications[1]!.args).toEqual([intItem(1n), intItem(4n), boolItem(true), bytesItem(defaultRngResult(1n, SEED))]);
    const forced = fulfil(2n);
    expect(forced.state === "HALT" && forced.notifications[1]!.args[3]).toEqual(bytesItem("07"));
    const failed = fulfil(3n);
    expect(failed.state === "HALT" && failed.notifications[1]!.args.slice(2)).toEqual([boolItem(false), bytesItem("")]);
    expect(() => rng.deliver(1n)).toThrow(/never retried/);
    expect(rng.pendingIds()).toEqual([]);
  });
});
