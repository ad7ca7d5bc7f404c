// Mirrors contracts/Platform/PaymentHub/PaymentHub.cs and its partials (platform.md §1).
import { contractModel, type ContractModel } from "../../runtime/contract-model.js";
import { PAYMENT_HUB_ADMIN_METHODS } from "./payment-hub-admin.js";
import { PAYMENT_HUB_APPS_METHODS } from "./payment-hub-apps.js";
import { PAYMENT_HUB_PAYMENTS_METHODS } from "./payment-hub-payments.js";
import { PAYMENT_HUB_WITHDRAW_METHODS } from "./payment-hub-withdraw.js";

/** The PaymentHub model: the methods of the platform.md §1 ABI table; it calls only GAS. */
export const PAYMENT_HUB: ContractModel = contractModel("PaymentHub", [
  ...PAYMENT_HUB_ADMIN_METHODS,
  ...PAYMENT_HUB_APPS_METHODS,
  ...PAYMENT_HUB_PAYMENTS_METHODS,
  ...PAYMENT_HUB_WITHDRAW_METHODS,
], ["transfer", "update"]);
