import fc from "fast-check";
import { arg, type AbiArg } from "../../../neo-express/driver/abi-arg.js";
import { stringItem } from "../../../simulator/runtime/items.js";
import type { DifferentialCommand } from "../../harness/run-property.js";
import { CallStep, Steps } from "../call-step/call-step.js";
import { appRead } from "../pay-then-act/app-read.js";
import type { BaseSequence } from "./base-calls.js";

/** A 32-byte hash no generated script has (the registry's "free" hash). */
const FREE_HASH = "c3".repeat(32);

/**
 * The script registry's refusals (devpack.md §5, DP-P2/DP-P3), for the compute apps: a name of 0 and
 * of 64 UTF-8 bytes ("invalid script name"), a hash of 31 bytes ("script hash must be 32 bytes"),
 * the app's own script hash under another name ("script hash in use"), enabling and disabling a name
 * never registered ("script not registered", which VSH also gives, but only for a name the fixture
 * never registers), and a registration by a non-admin ("unauthorized"). Every step faults and changes
 * nothing, so the app's own script stays as the rest of the sequence left it. A draw runs a
 * non-empty subset, in random order: each refusal is met about half as often as the command is
 * drawn, without a long refused stretch every time.
 */
export function scriptRegistryRefusals<M extends BaseSequence>(scriptName: string): fc.Arbitrary<DifferentialCommand<M>> {
  const step = (label: string, sender: string, method: string, args: (m: M) => AbiArg[]) =>
    new CallStep<M>(label, sender, () => 1_000n, (m) => ({ contract: m.app, method, args: args(m) }));
  // The hash the app's script holds now (the canonical one, or a substitute a generator registered).
  const held = (m: M): string => {
    const h = appRead(m, "getScriptHash", [stringItem(scriptName)]);
    return h.type === "ByteString" && h.hex.length === 64 ? h.hex : FREE_HASH;
  };
  const rows: DifferentialCommand<M>[] = [
    step("registerScript(\"\", free hash)", "admin", "registerScript", () => [arg.str(""), arg.bytes(FREE_HASH)]),
    step("registerScript(64-byte name, free hash)", "admin", "registerScript", () => [arg.str("n".repeat(64)), arg.bytes(FREE_HASH)]),
    step(`registerScript(${scriptName}, 31 bytes)`, "admin", "registerScript", () => [arg.str(scriptName), arg.bytes("c3".repeat(31))]),
    step(`registerScript(other-name, ${scriptName}'s hash)`, "admin", "registerScript", (m) => [arg.str("other-name"), arg.bytes(held(m))]),
    step("enableScript(never-registered)", "admin", "enableScript", () => [arg.str("never-registered")]),
    step("disableScript(never-registered)", "admin", "disableScript", () => [arg.str("never-registered")]),
    step(`registerScript(${scriptName}, free hash) by u2`, "u2", "registerScript", () => [arg.str(scriptName), arg.bytes(FREE_HASH)]),
  ];
  return fc.shuffledSubarray(rows, { minLength: 2, maxLength: 4 }).map((picked) => new Steps<M>(`script registry refusals (${picked.length})`, picked));
}
