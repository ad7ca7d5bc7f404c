import { tx, u, wallet } from "@cityofzion/neon-core";
import type { ChainFile } from "../chain-file.js";
import { HarnessError } from "../harness-error.js";
import { hash160Hex, publicKeyHex, signHex } from "./sign.js";
import { setBounded } from "./bounded-map.js";

/**
 * Someone who signs transactions: a single-signature account (admin, tee, treasury, u1…u6 of the
 * chain file, or a fresh account of a world) or the genesis account, the consensus node's 1-of-1
 * multisig that holds the initial GAS and NEO.
 */
export interface Actor {
  readonly name: string;
  /** Script hash, display form without `0x` (big-endian), as neon-core uses it. */
  readonly scriptHash: string;
  readonly address: string;
  readonly verificationScript: string;
  /** The witness invocation script (`PUSHDATA1 <64-byte signature>`) for a sign-data hex. */
  invocation(signData: string): string;
  readonly kind: "single" | "multisig";
}

/**
 * What a private key derives (its public key is an elliptic-curve multiplication, a few ms in
 * JavaScript): kept per process, since every driver derives the chain file's wallets again and
 * the same world index is built on both lanes and again on replay. Only the last DERIVED_KEPT
 * keys are kept: a neo-express campaign builds nine new accounts per sequence, and keeping them
 * all made a 10,000-sequence soak's harness grow by tens of MiB (issue #22).
 */
const derived = new Map<string, { scriptHash: string; address: string; verificationScript: string; privateKey: string }>();

/** Keys whose derivation stays cached: a pair of lanes' worlds and their replays re-derive within this many. */
const DERIVED_KEPT = 4_096;

export function singleSigActor(name: string, privateKey: string): Actor {
  let keys = derived.get(privateKey);
  if (!keys) {
    // Derived by Node's crypto; neon-core's wallet.Account multiplies the curve point in JavaScript.
    const hexKey = privateKey.toLowerCase();
    const verificationScript = wallet.getVerificationScriptFromPublicKey(publicKeyHex(hexKey));
    const scriptHash = u.reverseHex(hash160Hex(verificationScript));
    keys = { scriptHash, address: wallet.getAddressFromScriptHash(scriptHash), verificationScript, privateKey: hexKey };
    setBounded(derived, privateKey, keys, DERIVED_KEPT);
  }
  const { scriptHash, address, verificationScript, privateKey: hexKey } = keys;
  return { name, scriptHash, address, verificationScript, invocation: (signData) => "0c40" + signHex(signData, hexKey), kind: "single" };
}

/** The consensus multisig (genesis) account; it also signs the harness's blocks. */
export function genesisActor(chain: ChainFile): Actor {
  const script = chain.consensus.multisigScript;
  const scriptHash = u.reverseHex(hash160Hex(script));
  return {
    name: "genesis",
    scriptHash,
    address: wallet.getAddressFromScriptHash(scriptHash),
    verificationScript: script,
    invocation: (signData) => "0c40" + signHex(signData, chain.consensus.privateKey),
    kind: "multisig",
  };
}

/** The named wallets of the chain file, plus `genesis`. */
export function chainFileActors(chain: ChainFile): Map<string, Actor> {
  const actors = new Map<string, Actor>([["genesis", genesisActor(chain)]]);
  for (const [name, key] of chain.wallets) {
    if (name !== "node1") actors.set(name, singleSigActor(name, key));
  }
  return actors;
}

export function actorNamed(actors: ReadonlyMap<string, Actor>, name: string): Actor {
  const actor = actors.get(name);
  if (!actor) {
    throw new HarnessError("UNKNOWN_ACCOUNT", `no account named "${name}"`, `use one of: ${[...actors.keys()].join(", ")}`);
  }
  return actor;
}

export function witnessFor(actor: Actor, signData: string): tx.Witness {
  return new tx.Witness({ invocationScript: actor.invocation(signData), verificationScript: actor.verificationScript });
}

/**
 * A witness of the real size with a zero signature, for the engine lane, where nothing verifies
 * witnesses (the signers decide CheckWitness): sizes, hence network fees, are those of a signed
 * transaction, and the ~1.3 ms an ECDSA signature costs in JavaScript is saved on every step.
 */
export function placeholderWitness(actor: Actor): tx.Witness {
  return new tx.Witness({ invocationScript: "0c40" + "00".repeat(64), verificationScript: actor.verificationScript });
}
