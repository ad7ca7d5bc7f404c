import { createHash } from "node:crypto";
import { tx, u } from "@cityofzion/neon-core";
import type { Actor } from "./actor.js";
import { placeholderWitness, witnessFor } from "./actor.js";
import { singleSigNetworkFee, type FeePolicy } from "./fee-policy.js";

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
  t.witnesses.push(sign ? witnessFor(spec.sender, t.getMessageForSigning(magic)) : placeholderWitness(spec.sender));
  return t;
}

/**
 * The transaction's hash in display form (as neon's `hash()`: SHA-256 of the unsigned bytes,
 * byte-reversed), computed by Node's crypto rather than neon's JavaScript SHA-256.
 */
export function transactionHash(t: tx.Transaction): string {
  return createHash("sha256").update(Buffer.from(t.serialize(false), "hex")).digest().reverse().toString("hex");
}
