import { arg } from "../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import { chainActor } from "../../harness/chain-actor.js";
import type { DifferentialRun } from "../../harness/differential-run.js";
import type { DaoSequence } from "./sequence-model.js";

/**
 * A vote by `voter` as masquerade-dao.md's ABI takes it: the hybrid `voteWithCalculation(voter,
 * mask, proposal, choice, power, receipt)` with the power the frontend computed, or the deprecated
 * `submitVote(proposal, mask, choice, receipt)`, which scans for it on chain.
 */
export function voteCall(m: DaoSequence, r: DifferentialRun, hybrid: boolean, voter: string, maskId: bigint, proposalId: bigint, choice: bigint, power: bigint, receiptId: bigint): ContractCall {
  const int = arg.int;
  return hybrid
    ? { contract: m.app, method: "voteWithCalculation", args: [arg.hash160(chainActor(r, voter).scriptHash), int(maskId), int(proposalId), int(choice), int(power), int(receiptId)] }
    : { contract: m.app, method: "submitVote", args: [int(proposalId), int(maskId), int(choice), int(receiptId)] };
}
