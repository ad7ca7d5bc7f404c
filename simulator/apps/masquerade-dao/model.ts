// Mirrors contracts/MasqueradeDAO/MiniAppMasqueradeDAO.cs: the contract MiniAppMasqueradeDAO over
// MiniAppServiceBase, its `_deploy` and `onNEP17Payment` (the base defaults), and the methods of
// its partial files: masks.ts (.Masks.cs), proposals.ts (.Proposals.cs), voting.ts (.Voting.cs),
// delegation.ts (.Delegation.cs), hybrid.ts (.Hybrid.cs), deprecated.ts (.Deprecated.cs),
// getters.ts (.Getters.cs); the records and their helpers in records.ts (Records.cs).
import { bytes, hash160, int, string } from "../../runtime/args.js";
import { contractModel, method, type ContractModel } from "../../runtime/contract-model.js";
import { vmFault } from "../../runtime/fault.js";
import { intItem } from "../../runtime/items.js";
import { APP_PERMISSIONS } from "../../bases/mini-app-base.js";
import { defaultDeploy, defaultOnNEP17Payment } from "../../bases/mini-app-base-admin.js";
import { MINI_APP_SERVICE_BASE_METHODS } from "../../bases/mini-app-service-base.js";
import { createMask, deactivateMask } from "./masks.js";
import { createProposal, executeProposal } from "./proposals.js";
import { delegateVote } from "./delegation.js";
import { HYBRID_METHODS } from "./hybrid.js";
import { DEPRECATED_METHODS } from "./deprecated.js";
import { GETTER_METHODS } from "./getters.js";

export const MASQUERADE_DAO: ContractModel = contractModel("MiniAppMasqueradeDAO", [
  ...MINI_APP_SERVICE_BASE_METHODS,
  defaultDeploy(),
  defaultOnNEP17Payment(),
  method("createMask", [hash160, bytes, int, int], (ctx, owner, identityHash, maskType, receiptId) =>
    intItem(createMask(ctx, owner ?? vmFault("null UInt160"), identityHash, maskType, receiptId))),
  method("createProposal", [int, string, string, int, int], (ctx, maskId, title, description, category, receiptId) =>
    intItem(createProposal(ctx, maskId, title, description, category, receiptId))),
  method("delegateVote", [int, int], (ctx, from, to) => delegateVote(ctx, from, to)),
  method("deactivateMask", [int], (ctx, maskId) => deactivateMask(ctx, maskId)),
  method("executeProposal", [int], (ctx, proposalId) => executeProposal(ctx, proposalId)),
  ...HYBRID_METHODS,
  ...DEPRECATED_METHODS,
  ...GETTER_METHODS,
], APP_PERMISSIONS);
