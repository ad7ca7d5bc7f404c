import { arg } from "../../../../neo-express/driver/abi-arg.js";
import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import type { DoomsdaySequence } from "../sequence-model.js";

/**
 * ADMIN's `update` with the app's own NEF and manifest (devpack.md `update`; issue #15): a real
 * ContractManagement.update, after which `_deploy(data, true)` runs and returns (BaseDeploy);
 * the app's storage and behaviour stay, its UpdateCounter grows (ContractManagement's, not compared).
 */
export class UpdateOwnCode implements DifferentialCommand<DoomsdaySequence> {
  check(m: Readonly<DoomsdaySequence>): boolean {
    return m.code !== undefined;
  }

  async run(m: DoomsdaySequence, r: DifferentialRun): Promise<void> {
    await r.transaction({ contract: m.app, method: "update", args: [arg.bytes(m.code!.nef), arg.str(m.code!.manifest), arg.any()] }, "admin", 1_000n);
    m.time = r.time;
  }

  toString(): string {
    return "update(own code)";
  }
}
