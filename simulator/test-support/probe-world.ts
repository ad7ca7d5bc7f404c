import { displayOf, type Hash160Le } from "../runtime/hash160.js";
import { H } from "../runtime/hash.js";
import { utf8Hex } from "../runtime/hex.js";
import { hash160Item, intItem } from "../runtime/items.js";
import type { ModelChain } from "../runtime/model-chain.js";
import { GAS_HASH } from "../runtime/native-tokens.js";
import type { Outcome } from "../runtime/outcome.js";
import type { StackItem } from "../runtime/stack-item.js";
import { sender, type WitnessScopes } from "../runtime/witness.js";
import { BASE_PROBE } from "../apps/base-probe/model.js";
import { TIMELOCK_PROBE } from "../apps/timelock-probe/model.js";
import { buildModelFixture } from "../fixture/build-model-fixture.js";
import type { FixtureApp } from "../fixture/fixture-input.js";
import { account } from "./model-kit.js";

export const PROBE_SCRIPT_TEXT = "probe-script v1: result = seed";
export const PROBE_SCRIPT_HASH = H(utf8Hex(PROBE_SCRIPT_TEXT));
export const T0 = 1_801_000_000_000n;

/** Hashes as the chain would report them (any distinct 20 bytes do for the model). */
export const HUB = account(0xb1), REGISTRY = account(0xb2), GATEWAY = account(0xb3), PROBE = account(0xc1), TL_PROBE = account(0xc2);
export const W = { genesis: account(0x99), admin: account(0xad), tee: account(0x7e), treasury: account(0x77), users: [1, 2, 3, 4, 5, 6].map(account) };

const PROBE_APPS: readonly FixtureApp[] = [
  { appId: "miniapp-base-probe", contractName: "MiniAppBaseProbe", hash: displayOf(PROBE), model: BASE_PROBE, scripts: [{ name: "probe-script", hash: PROBE_SCRIPT_HASH }] },
  { appId: "miniapp-timelock-probe", contractName: "MiniAppTimeLockProbe", hash: displayOf(TL_PROBE), model: TIMELOCK_PROBE, scripts: [] },
];

/**
 * The platform.md §6 fixture with the two probe apps (registry.ts PROBES) in the model, and a
 * clock that puts each later transaction in its own block.
 */
export class ProbeWorld {
  readonly chain: ModelChain;
  now: bigint;

  /** `apps`: the apps deployed (default the two probes); an app test passes its own. */
  constructor(apps: readonly FixtureApp[] = PROBE_APPS) {
    const built = buildModelFixture({
      accounts: W,
      hashes: { paymentHub: displayOf(HUB), pauseRegistry: displayOf(REGISTRY), gateway: displayOf(GATEWAY) },
      apps,
      t0: T0,
    });
    this.chain = built.chain;
    this.now = built.log.at(-1)!.step.time;
  }

  tx(who: Hash160Le, contract: Hash160Le, method: string, args: readonly StackItem[], options: { at?: bigint; scopes?: WitnessScopes } = {}): Outcome {
    this.now = options.at ?? this.now + 1_000n;
    return this.chain.invoke({ contract: displayOf(contract), method, args }, { signers: [sender(who, options.scopes)], now: this.now });
  }

  read(contract: Hash160Le, method: string, args: readonly StackItem[] = [], tinv?: bigint): Outcome {
    return this.chain.testInvoke({ contract: displayOf(contract), method, args }, tinv ?? this.now + 15_000n);
  }

  /** Pays PaymentHub for `appId`; returns the receipt id. */
  pay(from: Hash160Le, amount: bigint, appId = "miniapp-base-probe"): bigint {
    const out = this.tx(from, GAS_HASH, "transfer", [hash160Item(from), hash160Item(HUB), intItem(amount), { type: "ByteString", hex: utf8Hex(appId) }]);
    if (out.state !== "HALT") throw new Error(`payment FAULTed: ${out.exception}`);
    const receipt = out.notifications.find((n) => n.eventName === "PaymentReceived")!.args[0]!;
    return receipt.type === "Integer" ? receipt.value : -1n;
  }

  storageValue(contract: Hash160Le, keyHex: string): string | undefined {
    return this.chain.storage(displayOf(contract)).find((e) => e.keyHex === keyHex)?.valueHex;
  }
}

