import type { Hex } from "../../runtime/hex.js";
import { utf8Hex } from "../../runtime/hex.js";
import { bytesOfInt } from "../../runtime/integer-bytes.js";

/** Storage keys of PaymentHub (platform.md §1 "Storage"; PaymentHub.cs PREFIX_* constants). */
export const PREFIX_ADMIN = "01";
export const PREFIX_APP_CONFIG = "02";
export const PREFIX_APP_BALANCE = "03";
export const PREFIX_RECEIPT = "04";
export const PREFIX_RECEIPT_COUNTER = "05";

export const TOTAL_BPS = 10_000n;
export const MAX_APP_ID_LENGTH = 63;
export const MAX_RECIPIENTS = 16;

/** 02‖utf8(appId); the app id is taken as the raw bytes the VM holds. */
export const appConfigKey = (appIdHex: Hex): Hex => PREFIX_APP_CONFIG + appIdHex;
export const appBalanceKey = (appIdHex: Hex): Hex => PREFIX_APP_BALANCE + appIdHex;
export const receiptKey = (receiptId: bigint): Hex => PREFIX_RECEIPT + bytesOfInt(receiptId);
export const appIdHex = (appId: string): Hex => utf8Hex(appId);
