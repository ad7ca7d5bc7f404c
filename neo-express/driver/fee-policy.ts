import { sc } from "@cityofzion/neon-core";
import type { Rpc } from "./rpc.js";

/**
 * The chain's fee policy, read from the Policy contract (never assumed), so every GAS figure can
 * be compared across machines and written into reports.
 */
export interface FeePolicy {
  readonly feePerByte: bigint;
  readonly execFeeFactor: bigint;
  readonly storagePrice: bigint;
}

const POLICY = "cc5e4edd9f5f8dba8bb65734541df7a1c081c67b";

export async function readFeePolicy(rpc: Rpc): Promise<FeePolicy> {
  const read = (method: string) => ({ method: "invokefunction", params: [POLICY, method, []] });
  const [a, b, c] = await rpc.batch([read("getFeePerByte"), read("getExecFeeFactor"), read("getStoragePrice")]);
  const value = (r: typeof a) => {
    if (!r || !r.ok) throw new Error(`reading the fee policy failed: ${r && !r.ok ? r.error.message : "no answer"}`);
    return BigInt((r.value as { stack: { value: string }[] }).stack[0]!.value);
  };
  return { feePerByte: value(a), execFeeFactor: value(b), storagePrice: value(c) };
}

/**
 * Network fee of a transaction whose single signer is a single-signature account, as Neo 3.5
 * computes it: size × FeePerByte + ExecFeeFactor × (2 × PUSHDATA1 + CheckSig), with the size
 * counting the witness the signature will add. Checked against `calculatenetworkfee`.
 */
export function singleSigNetworkFee(unsignedSizeBytes: number, policy: FeePolicy): bigint {
  const witnessBytes = 1 + (1 + 66) + (1 + 40);
  const verifyCost = 2n * BigInt(sc.OpCodePrices[sc.OpCode.PUSHDATA1]) + (1n << 15n);
  return BigInt(unsignedSizeBytes + witnessBytes) * policy.feePerByte + policy.execFeeFactor * verifyCost;
}

export const GAS_HASH = "d2a4cff31913016155e38e474a2c06d08be276cf";
export const NEO_HASH = "ef4073a0f2b305a38ec4050e4d3d28bc40ea63f5";
export const ONE_GAS = 100_000_000n;
