import { sha256 } from "@noble/hashes/sha2.js";

/**
 * The interop services (SYSCALL) of Neo 3.5.0, as its ApplicationEngine registers them (facts from
 * neo v3.5.0 `ApplicationEngine.*.cs`). A SYSCALL's operand is the first 4 bytes of SHA-256 of the
 * ASCII name. `LATER_SYSCALLS` were added since; they are named in messages, never accepted.
 */
const NEO_3_5_SYSCALLS = [
  "System.Contract.Call", "System.Contract.CallNative", "System.Contract.CreateMultisigAccount", "System.Contract.CreateStandardAccount",
  "System.Contract.GetCallFlags", "System.Contract.NativeOnPersist", "System.Contract.NativePostPersist",
  "System.Crypto.CheckMultisig", "System.Crypto.CheckSig",
  "System.Iterator.Next", "System.Iterator.Value",
  "System.Runtime.BurnGas", "System.Runtime.CheckWitness", "System.Runtime.GasLeft", "System.Runtime.GetAddressVersion",
  "System.Runtime.GetCallingScriptHash", "System.Runtime.GetEntryScriptHash", "System.Runtime.GetExecutingScriptHash",
  "System.Runtime.GetInvocationCounter", "System.Runtime.GetNetwork", "System.Runtime.GetNotifications", "System.Runtime.GetRandom",
  "System.Runtime.GetScriptContainer", "System.Runtime.GetTime", "System.Runtime.GetTrigger", "System.Runtime.LoadScript",
  "System.Runtime.Log", "System.Runtime.Notify", "System.Runtime.Platform",
  "System.Storage.AsReadOnly", "System.Storage.Delete", "System.Storage.Find", "System.Storage.Get", "System.Storage.GetContext",
  "System.Storage.GetReadOnlyContext", "System.Storage.Put",
] as const;

const LATER_SYSCALLS = ["System.Runtime.CurrentSigners", "System.Storage.Local.Delete", "System.Storage.Local.Find", "System.Storage.Local.Get", "System.Storage.Local.Put"] as const;

/** The SYSCALL operand of a name, as lowercase hex of its 4 bytes. */
function syscallId(name: string): string {
  return Buffer.from(sha256(new TextEncoder().encode(name)).subarray(0, 4)).toString("hex");
}

const byId = (names: readonly string[]) => new Map(names.map((n) => [syscallId(n), n]));
const SYSCALLS_3_5: ReadonlyMap<string, string> = byId(NEO_3_5_SYSCALLS);
const SYSCALLS_LATER: ReadonlyMap<string, string> = byId(LATER_SYSCALLS);

export { NEO_3_5_SYSCALLS, SYSCALLS_3_5, SYSCALLS_LATER, syscallId };
