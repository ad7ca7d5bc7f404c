import { sha256 } from "@noble/hashes/sha2.js";
import type { ChainFile } from "../chain-file.js";
import { singleSigActor, type Actor } from "../driver/actor.js";

export const USER_NAMES = ["u1", "u2", "u3", "u4", "u5", "u6"] as const;

export interface WorldActors {
  readonly admin: Actor;
  readonly tee: Actor;
  readonly treasury: Actor;
  readonly users: readonly Actor[];
}

/**
 * The accounts of world `index` (README §5: each world has its own ADMIN, TEE, TREASURY and
 * users). World 0 uses the chain file's wallets; world k > 0 derives its keys from its index, so
 * every run and every replay of world k has the same addresses and contract hashes.
 */
export function worldActors(chain: ChainFile, index: number): WorldActors {
  const actor = (name: string): Actor => {
    if (index === 0) return singleSigActor(name, chain.wallets.get(name)!);
    const key = Buffer.from(sha256(Buffer.from(`miniapp-verify world ${index} ${name}`, "utf8"))).toString("hex");
    return singleSigActor(`w${index}.${name}`, key);
  };
  return { admin: actor("admin"), tee: actor("tee"), treasury: actor("treasury"), users: USER_NAMES.map(actor) };
}
