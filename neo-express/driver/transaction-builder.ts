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
  t.addWitness(sign ? witnessFor(spec.sender, t.getMessageForSigning(magic)) : placeholderWitness(spec.sender));
  return t;
}
