import { arg } from "../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import { flexible, type DifferentialRun } from "../../harness/differential-run.js";
import type { Bound } from "../../patterns/bounds/bound-command.js";
import { payReceipt } from "../../patterns/pay-then-act/pay-receipt.js";
import { APP_ID, MAX_DESCRIPTION, MAX_TITLE, PREMIUM_MASK_FEE, PROPOSAL_FEE } from "../../../simulator/apps/masquerade-dao/constants.js";
import { textOfBytes } from "./commands/dao-call.js";
import { createMaskCall, type MaskShape } from "./commands/create-mask.js";
import { masksWhere, nameOf, type DaoSequence } from "./sequence-model.js";

interface ProposalShape {
  readonly titleBytes: number;
  readonly descriptionBytes: number;
  readonly category: bigint;
}

const PROPOSAL: ProposalShape = { titleBytes: 12, descriptionBytes: 40, category: 2n };
const MASK: MaskShape = { maskType: 1n, hashBytes: 32 };

/**
 * MasqueradeDAO's bounds (masquerade-dao.md "Constants" and "Methods"), each first value past and
 * last value inside: the title at 0 / 1 and 201 / 200 bytes, the description at 2,001 / 2,000
 * bytes, the category at 0 / 1 and 5 / 4 (createProposal by the index-th active mask's owner), the
 * mask type at 0 / 1 and 3 / 2 and the identity hash at 31 / 32 and 33 / 32 bytes (createMask).
 * Calls run 1 ms after T_last, or at a shared block's time; a receipt of the fee (the premium fee
 * for masks) is paid first.
 */
export function daoBounds(index: number, owner: string): Bound<DaoSequence>[] {
  let receipt = 0n;
  let proposer = owner;
  let maskId = 1n;
  const after = (m: DaoSequence, r: DifferentialRun) => { m.time = r.time; };
  const proposalCall = (m: DaoSequence, s: ProposalShape): ContractCall =>
    ({ contract: m.app, method: "createProposal", args: [arg.int(maskId), arg.str(textOfBytes(s.titleBytes)), arg.str(textOfBytes(s.descriptionBytes)), arg.int(s.category), arg.int(receipt)] });
  const proposal = (name: string, message: string, past: Partial<ProposalShape>, inside: Partial<ProposalShape>): Bound<DaoSequence> => ({
    name, message,
    applicable: (m) => masksWhere(m, "active").length > 0,
    prepare: async (m, r) => {
      const active = masksWhere(m, "active");
      const x = active[index % active.length]!;
      maskId = x.id;
      proposer = nameOf(r, x.mask.owner);
      receipt = (await payReceipt(m, r, proposer, PROPOSAL_FEE, flexible(1_000n), APP_ID)) ?? 0n;
    },
    past: (m) => ({ call: proposalCall(m, { ...PROPOSAL, ...past }), sender: proposer }),
    inside: (m) => ({ call: proposalCall(m, { ...PROPOSAL, ...inside }), sender: proposer }),
    afterStep: after,
    // The argument checks bounded here depend on no time (createProposal and createMask have no
    // time check; a mask's identity hash comes from T_last): they hold at any time.
    latest: () => null,
  });
  const mask = (name: string, message: string, past: Partial<MaskShape>, inside: Partial<MaskShape>): Bound<DaoSequence> => ({
    name, message,
    applicable: () => true,
    prepare: async (m, r) => { receipt = (await payReceipt(m, r, owner, PREMIUM_MASK_FEE, flexible(1_000n), APP_ID)) ?? 0n; },
    past: (m, r) => ({ call: createMaskCall(m, r, owner, { ...MASK, ...past }, receipt), sender: owner }),
    inside: (m, r) => ({ call: createMaskCall(m, r, owner, { ...MASK, ...inside }, receipt), sender: owner }),
    afterStep: after,
    // The argument checks bounded here depend on no time (createProposal and createMask have no
    // time check; a mask's identity hash comes from T_last): they hold at any time.
    latest: () => null,
  });
  return [
    proposal("createProposal(title ≥ 1 byte)", "invalid title", { titleBytes: 0 }, { titleBytes: 1 }),
    proposal(`createProposal(title ≤ ${MAX_TITLE} bytes)`, "invalid title", { titleBytes: MAX_TITLE + 1 }, { titleBytes: MAX_TITLE }),
    proposal(`createProposal(description ≤ ${MAX_DESCRIPTION} bytes)`, "description too long", { descriptionBytes: MAX_DESCRIPTION + 1 }, { descriptionBytes: MAX_DESCRIPTION }),
    proposal("createProposal(category ≥ 1)", "invalid category", { category: 0n }, { category: 1n }),
    proposal("createProposal(category ≤ 4)", "invalid category", { category: 5n }, { category: 4n }),
    mask("createMask(maskType ≥ 1)", "invalid mask type", { maskType: 0n }, { maskType: 1n }),
    mask("createMask(maskType ≤ 2)", "invalid mask type", { maskType: 3n }, { maskType: 2n }),
    mask("createMask(identityHash = 32 bytes, from below)", "invalid hash", { hashBytes: 31 }, { hashBytes: 32 }),
    mask("createMask(identityHash = 32 bytes, from above)", "invalid hash", { hashBytes: 33 }, { hashBytes: 32 }),
  ];
}

