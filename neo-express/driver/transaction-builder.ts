import { tx, u } from "@cityofzion/neon-core";
import type { Actor } from "./actor.js";
import { placeholderWitness, witnessFor } from "./actor.js";
import { singleSigNetworkFee, type FeePolicy } from "./fee-policy.js";
import { sha256Hex } from "./hex.js";

export interface TransactionSpec {
  script: string;
  sender: Actor;
  /** Witness scope of the one signer (spec README §6): CalledByEntry unless a call moves the signer's tokens. */
  scopes?: tx.WitnessScope;
  allowedContracts?: string[];
  systemFee: bigint;
  validUntilBlock: number;
  nonce: number;
}

/**
 * A complete, valid, signed transaction. Transactions inside a submitted block are not verified
 * by the node, so validity is ours to keep: correct network fee, a signature over network magic ‖
 * hash, validUntilBlock within the protocol's increment (checked by a chain test that
 * `sendrawtransaction` accepts what this builds).
 */
export function buildTransaction(spec: TransactionSpec, magic: number, policy: FeePolicy, networkFee?: bigint, sign = true): tx.Transaction {
  const t = new tx.Transaction({
    version: 0,
    nonce: spec.nonce,
    systemFee: spec.systemFee.toString(),
    networkFee: "0",
    validUntilBlock: spec.validUntilBlock,
    signers: [{
      account: spec.sender.scriptHash,
      scopes: spec.scopes ?? tx.WitnessScope.CalledByEntry,
      ...(spec.allowedContracts ? { allowedContracts: spec.allowedContracts } : {}),
    }],
    attributes: [],
    witnesses: [],
    script: spec.script,
  });
  const unsignedBytes = t.serialize(false).length / 2;
  const fee = networkFee ?? singleSigNetworkFee(unsignedBytes, policy);
  t.networkFee = u.BigInteger.fromDecimal(fee.toString(), 0);
  // One signer, one witness: neon's addWitness would order the witnesses by the signers' script
  // hashes (a hash160 of the verification script in JavaScript per call), with nothing to reorder.
  // The hash once (sha256Hex): neon's getMessageForSigning and hash() each serialise and hash
  // again in crypto-js, and a block's merkle root and reads need it too.
  const hashLe = sha256Hex(t.serialize(false));
  hashes.set(t, u.reverseHex(hashLe));
  t.witnesses.push(sign ? witnessFor(spec.sender, u.num2hexstring(magic, 4, true) + hashLe) : placeholderWitness(spec.sender));
  return t;
}

/** Hashes of the transactions built here (the unsigned bytes do not change once built). */
const hashes = new WeakMap<tx.Transaction, string>();

/**
 * The transaction's hash in display form (as neon's `hash()`: SHA-256 of the unsigned bytes,
 * byte-reversed), computed by @noble/hashes (sha256Hex) rather than neon's crypto-js, and only
 * once for a transaction built by buildTransaction.
 */
export function transactionHash(t: tx.Transaction): string {
  return hashes.get(t) ?? u.reverseHex(sha256Hex(t.serialize(false)));
}
