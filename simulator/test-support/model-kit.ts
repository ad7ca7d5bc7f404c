import type { ContractModel } from "../runtime/contract-model.js";
import { displayOf, hash160Le, type Hash160Le } from "../runtime/hash160.js";
import { utf8Hex } from "../runtime/hex.js";
import { Any, boolItem, bytesItem, hash160Item, intItem, stringItem } from "../runtime/items.js";
import { ModelChain } from "../runtime/model-chain.js";
import { GAS_HASH } from "../runtime/native-tokens.js";
import type { Outcome } from "../runtime/outcome.js";
import type { StackItem } from "../runtime/stack-item.js";
import { sender, type WitnessScopes } from "../runtime/witness.js";

/**
 * Offline test support: named accounts with recognisable bytes, a chain with contracts deployed
 * at fixed hashes, and one-line transactions. Used by the model's own unit tests only.
 */
export const account = (byte: number): Hash160Le => hash160Le(byte.toString(16).padStart(2, "0").repeat(20));
export const ADMIN = account(0xad), TEE = account(0x7e), TREASURY = account(0x77), U1 = account(0x01), U2 = account(0x02);

export const arg = {
  int: (v: bigint | number) => intItem(BigInt(v)),
  str: stringItem,
  bool: boolItem,
  h160: hash160Item,
  bytes: bytesItem,
  utf8: (s: string) => bytesItem(utf8Hex(s)),
  any: Any,
  array: (items: readonly StackItem[]): StackItem => ({ type: "Array", items }),
};

export class Kit {
  readonly chain = ModelChain.create();
  now = 1_798_728_000_000n;

  constructor() {
    for (const a of [ADMIN, TEE, TREASURY, U1, U2]) this.chain.mint("GAS", a, 1_000_000n * 100_000_000n);
  }

  /** Deploys `model` by ADMIN at the hash whose bytes are all `byte`. */
  deploy(model: ContractModel, byte: number): Hash160Le {
    const hash = account(byte);
    const outcome = this.chain.deploy(displayOf(hash), model, { signers: [sender(ADMIN)], now: this.tick() });
    if (outcome.state !== "HALT") throw new Error(`deploy ${model.name}: ${outcome.exception}`);
    return hash;
  }

  /** A transaction by `who` (CalledByEntry unless scopes given) in a new block 1 s later, or at `at`. */
  tx(who: Hash160Le, contract: Hash160Le, method: string, args: readonly StackItem[], options: { at?: bigint; scopes?: WitnessScopes } = {}): Outcome {
    const now = options.at ?? this.tick();
    this.now = now;
    return this.chain.invoke({ contract: displayOf(contract), method, args }, { signers: [sender(who, options.scopes)], now });
  }

  read(contract: Hash160Le, method: string, args: readonly StackItem[] = [], at?: bigint): Outcome {
    return this.chain.testInvoke({ contract: displayOf(contract), method, args }, at ?? this.now + 15_000n);
  }

  /** GAS.transfer(from → to, amount, data) as the sender's own transaction. */
  pay(from: Hash160Le, to: Hash160Le, amount: bigint, data: StackItem = Any): Outcome {
    return this.tx(from, GAS_HASH, "transfer", [hash160Item(from), hash160Item(to), intItem(amount), data]);
  }

  private tick(): bigint {
    this.now += 1_000n;
    return this.now;
  }
}

/** The thrown message of a FAULT, or "HALT". */
export function messageOf(outcome: Outcome): string | undefined {
  return outcome.state === "HALT" ? "HALT" : outcome.message ?? `VM: ${outcome.exception}`;
}

/** The single returned item of a HALT. */
export function resultOf(outcome: Outcome): StackItem {
  if (outcome.state !== "HALT") throw new Error(`expected HALT, got FAULT ${outcome.exception}`);
  return outcome.stack[0]!;
}

export function eventsOf(outcome: Outcome): string[] {
  return outcome.state === "HALT" ? outcome.notifications.map((n) => n.eventName) : [];
}
