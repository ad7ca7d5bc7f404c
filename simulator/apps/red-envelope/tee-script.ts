import { hexOf } from "../../runtime/hex.js";
import { canonicalScriptText } from "../../tee/script-texts.js";
import type { TeeScript } from "../../tee/script-registry.js";
import { intOf, jsonInt } from "../../tee/json-value.js";
import { APP_ID, SCRIPT_NAME } from "./constants.js";
import { distribution } from "./distribution.js";

/** The TEE script `distribute-packets` (red-envelope.md "Frontend / TEE"): input {totalAmount, packetCount} → {amounts: D(seed, T, n)}. */
export const DISTRIBUTE_PACKETS: TeeScript = {
  text: canonicalScriptText(APP_ID, SCRIPT_NAME),
  fn: (seed, input) => ({ amounts: distribution(hexOf(seed), intOf(input, "totalAmount"), intOf(input, "packetCount")).map(jsonInt) }),
};
