// Assembles the public ABI of contracts/DevPack/MiniAppBase*.cs (the partials Admin, Validation, Receipts).
import type { ModelMethod } from "../runtime/contract-model.js";
import { ADMIN_METHODS } from "./mini-app-base-admin.js";
import { RECEIPT_METHODS } from "./mini-app-base-receipts.js";
import { VALIDATION_METHODS } from "./mini-app-base-validation.js";

/**
 * MiniAppBase's public ABI (devpack.md §1) without `_deploy` and `onNEP17Payment`, which every
 * app declares itself (devpack.md "Derived classes": defaultDeploy, defaultOnNEP17Payment).
 */
export const MINI_APP_BASE_METHODS: readonly ModelMethod[] = [...ADMIN_METHODS, ...VALIDATION_METHODS, ...RECEIPT_METHODS];
