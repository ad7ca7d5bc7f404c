import { arg } from "../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import { chainActor } from "../../harness/chain-actor.js";
import type { DifferentialRun } from "../../harness/differential-run.js";
import { dryRunOnModelCopy } from "../../patterns/frontend-perturbation/dry-run.js";
import type { FrontendPattern } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import type { PerturbationCase } from "../../patterns/frontend-perturbation/perturbation-case.js";
import { otherThan } from "./commands/dao-call.js";
import { maskCount, masksWhere, nameOf, type DaoSequence } from "./sequence-model.js";

/**
 * MD-P6's table for `delegateWithCacheUpdate` (masquerade-dao.md): from the index-th active mask,
 * every row faults with its message, then the honest delegation (to the index-th other active
 * mask, or `to = 0` when `undelegate` or there is none) passes. Rows that need a particular mask
 * (another owner's, a deactivated one of the owner, a deactivated target) are added when one exists.
 */
export function delegatePattern(index: number, undelegate: boolean): FrontendPattern<DaoSequence> {
  let from: { id: bigint; owner: string; hash: string } | undefined;
  const call = (m: DaoSequence, r: DifferentialRun, owner: string, maskId: bigint, to: bigint): ContractCall =>
    ({ contract: m.app, method: "delegateWithCacheUpdate", args: [arg.hash160(chainActor(r, owner).scriptHash), arg.int(maskId), arg.int(to)] });
  const honestTarget = (m: DaoSequence) => {
    const others = masksWhere(m, "active").filter((x) => x.id !== from!.id);
    return undelegate || others.length === 0 ? 0n : others[index % others.length]!.id;
  };
  return {
    name: `delegateWithCacheUpdate(active #${index}${undelegate ? ", to 0" : ""})`,
    honestNever: ["not mask owner", "mask not active", "unauthorized", "invalid delegate", "to mask not active", "cannot self-delegate"],
    applicable: (m) => masksWhere(m, "active").length > 0,
    prepare: async (m, r) => {
      const active = masksWhere(m, "active");
      const x = active[index % active.length]!;
      from = { id: x.id, owner: nameOf(r, x.mask.owner), hash: x.mask.owner };
    },
    honest: (m, r) => ({ call: call(m, r, from!.owner, from!.id, honestTarget(m)), sender: from!.owner }),
    dryRun: (m, r, honest, time) => dryRunOnModelCopy(m.model, r, honest, time),
    perturbations: (m, r) => {
      const { id, owner, hash } = from!;
      const to = honestTarget(m);
      const rows: PerturbationCase[] = [];
      const row = (label: string, expected: string, over: { owner?: string; maskId?: bigint; to?: bigint; sender?: string }) =>
        rows.push({ label: `delegateWithCacheUpdate(${label})`, expected, sender: over.sender ?? owner, call: call(m, r, over.owner ?? owner, over.maskId ?? id, over.to ?? to) });
      const all = masksWhere(m, "any");
      row("owner: another account", "not mask owner", { owner: otherThan(owner) });
      row("maskId never created", "not mask owner", { maskId: maskCount(m) + 1n });
      const foreign = all.find((x) => x.mask.owner !== hash);
      if (foreign) row("another owner's mask", "not mask owner", { maskId: foreign.id });
      const inactive = all.find((x) => x.mask.owner === hash && !x.mask.active);
      if (inactive) row("a deactivated mask of the owner", "mask not active", { maskId: inactive.id });
      row("signer: another account, owner = the mask's owner", "unauthorized", { sender: otherThan(owner) });
      row("delegateToMaskId −1", "invalid delegate", { to: -1n });
      row("delegateToMaskId never created", "to mask not active", { to: maskCount(m) + 1n });
      const deactivated = all.find((x) => !x.mask.active);
      if (deactivated) row("delegateToMaskId deactivated", "to mask not active", { to: deactivated.id });
      row("delegateToMaskId = maskId", "cannot self-delegate", { to: id });
      return rows;
    },
    afterStep: (m, r) => {
      m.time = r.time;
    },
    // Neither delegation method checks time (masquerade-dao.md): the table holds at any time.
    latest: () => null,
  };
}
