import type { Rpc } from "../driver/rpc.js";
import { HarnessError } from "../harness-error.js";

export interface NetworkInfo {
  readonly magic: number;
  readonly msPerBlock: number;
  readonly userAgent: string;
  readonly addressVersion: number;
}

interface VersionResult {
  useragent: string;
  protocol: { network: number; msperblock: number; addressversion: number };
}

/** The node answering at `rpc` must be the chain of our chain file, with the block time we expect. */
export async function checkNetwork(rpc: Rpc, expectedMagic: number, expectedMsPerBlock?: number): Promise<NetworkInfo> {
  const v = await rpc.call<VersionResult>("getversion");
  if (v.protocol.network !== expectedMagic) {
    throw new HarnessError("WRONG_NETWORK", `the node at ${rpc.url} runs network magic ${v.protocol.network}, the chain file says ${expectedMagic}`,
      "point the harness at the node started from this chain file (or let the harness start it)");
  }
  if (expectedMsPerBlock !== undefined && v.protocol.msperblock !== expectedMsPerBlock) {
    throw new HarnessError("WRONG_NETWORK", `the node at ${rpc.url} has msperblock ${v.protocol.msperblock}, expected ${expectedMsPerBlock}`,
      "keep chain.SecondsPerBlock at \"15\" in the chain file (platform.md §6)");
  }
  return { magic: v.protocol.network, msPerBlock: v.protocol.msperblock, userAgent: v.useragent, addressVersion: v.protocol.addressversion };
}
