import type { ContractCall } from "../../../neo-express/driver/contract-call.js";

/**
 * One row of an app file's perturbation table (README §10 G9): a single-field change of an honest
 * submission and the message the first violated check must throw, on chain and in the model.
 */
export interface PerturbationCase {
  readonly label: string;
  readonly call: ContractCall;
  readonly sender: string;
  readonly expected: string;
  /**
   * The row's check comes after checks the honest submission itself may fail (DoomsdayClock: the
   * receipt checks come after BET). Then, as G9 says, the earlier check's message is expected,
   * as the model computes it for the honest submission.
   */
  readonly afterStatefulChecks?: boolean;
  /**
   * Messages of checks that come after this row's own one although they belong to the stateful
   * checks: an honest submission failing with one of them leaves the row's own message expected.
   * (RCPT's `receiptId > 0` precedes its hub check: in a deployment-window world without a hub the
   * honest purchase fails "payment hub not set", the `receiptId 0` row still "receiptId required".)
   */
  readonly precedes?: readonly string[];
}
