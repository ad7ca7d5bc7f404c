import { readFileSync, existsSync } from "node:fs";
import { HarnessError } from "./harness-error.js";

/**
 * The committed neo-express chain file (`miniapp.neo-express`): network magic, the single
 * consensus node's key and ports, and the named wallets (admin, tee, treasury, u1…u6).
 * Keys are in plain text on purpose: the harness signs transactions and blocks with them, and
 * fixed keys make addresses, contract hashes and GAS figures reproducible.
 */
export interface ChainFile {
  readonly path: string;
  readonly magic: number;
  readonly addressVersion: number;
  readonly consensus: ConsensusNode;
  /** wallet name → private key (hex); the consensus node's wallet is `node1`. */
  readonly wallets: ReadonlyMap<string, string>;
  readonly settings: Readonly<Record<string, string>>;
  /** The raw JSON, for writing a per-run copy with other ports. */
  readonly raw: RawChainFile;
}

export interface ConsensusNode {
  readonly privateKey: string;
  /** The 1-of-1 multisig verification script that witnesses every block. */
  readonly multisigScript: string;
  readonly rpcPort: number;
  readonly tcpPort: number;
  readonly wsPort: number;
}

interface RawAccount {
  "private-key": string;
  "script-hash": string;
  label: string | null;
  "is-default": boolean;
  contract: { script: string; parameters: string[] };
}
interface RawWallet { name: string; accounts: RawAccount[] }
export interface RawChainFile {
  magic: number;
  "address-version": number;
  "consensus-nodes": { "tcp-port": number; "ws-port": number; "rpc-port": number; wallet: RawWallet }[];
  wallets: RawWallet[];
  settings: Record<string, string>;
}

export const DEFAULT_CHAIN_FILE = new URL("./miniapp.neo-express", import.meta.url).pathname;

export function readChainFile(path: string = DEFAULT_CHAIN_FILE): ChainFile {
  if (!existsSync(path)) {
    throw new HarnessError("CHAIN_FILE_MISSING", `chain file not found: ${path}`,
      "pass the path of a .neo-express file, or use the committed neo-express/miniapp.neo-express");
  }
  let raw: RawChainFile;
  try {
    raw = JSON.parse(readFileSync(path, "utf8")) as RawChainFile;
  } catch (e) {
    throw new HarnessError("CHAIN_FILE_INVALID", `chain file ${path} is not JSON: ${(e as Error).message}`,
      "restore it from git or recreate it with `neoxp create`");
  }
  const node = raw["consensus-nodes"]?.[0];
  const multisig = node?.wallet.accounts.find((a) => a.label === "Consensus MultiSigContract");
  if (!node || !multisig || raw["consensus-nodes"].length !== 1) {
    throw new HarnessError("CHAIN_FILE_INVALID", `chain file ${path} must have exactly one consensus node with its multisig account`,
      "the harness signs blocks as the single consensus node: create the chain with `neoxp create -c 1`");
  }
  const wallets = new Map<string, string>();
  wallets.set(node.wallet.name, multisig["private-key"]);
  for (const w of raw.wallets ?? []) {
    const account = w.accounts.find((a) => a["is-default"]) ?? w.accounts[0];
    if (account) wallets.set(w.name, account["private-key"]);
  }
  return {
    path,
    magic: raw.magic,
    addressVersion: raw["address-version"],
    consensus: {
      privateKey: multisig["private-key"],
      multisigScript: multisig.contract.script,
      rpcPort: node["rpc-port"],
      tcpPort: node["tcp-port"],
      wsPort: node["ws-port"],
    },
    wallets,
    settings: raw.settings ?? {},
    raw,
  };
}
