import { startChain } from "../../neo-express/lifecycle/start-chain.js";
import { NeoExpressDriver } from "../../neo-express/driver/neo-express-driver.js";
import { transferCall } from "../../neo-express/driver/gas-transfer.js";
import { ONE_GAS } from "../../neo-express/driver/fee-policy.js";
import { loadContractFiles } from "../../neo-express/driver/contract-files.js";
import { tinyContract } from "../../neo-express/test-support/tiny-contract.js";
import { showStackItem } from "../../simulator/runtime/stack-item.js";
import type { Outcome } from "../../simulator/runtime/outcome.js";

export interface SmokeOptions {
  nef?: string;
  manifest?: string;
  method: string;
  log: (line: string) => void;
}

/**
 * The end-to-end smoke run: start neo-express, fund ADMIN from genesis, deploy a contract, make a
 * confirmed call at a chosen block time, read it back by test invocation, stop the chain.
 */
export async function smoke(options: SmokeOptions): Promise<void> {
  const { log } = options;
  const started = Date.now();
  const chain = await startChain();
  try {
    log(`chain   neo-express ${chain.network.userAgent} magic ${chain.network.magic}, ${chain.network.msPerBlock} ms/block, RPC ${chain.rpc.url} (up in ${Date.now() - started} ms)`);
    const driver = await NeoExpressDriver.connect(chain);
    log(`policy  FeePerByte ${driver.feePolicy.feePerByte}, ExecFeeFactor ${driver.feePolicy.execFeeFactor}, StoragePrice ${driver.feePolicy.storagePrice}`);
    const t0 = BigInt(Date.now()) + 31n * 86_400_000n;
    const genesis = driver.actor("genesis");
    const admin = driver.actor("admin");
    const [funded] = await driver.confirm([{ call: transferCall("GAS", genesis, admin.scriptHash, 1_000n * ONE_GAS), sender: genesis }], t0);
    log(`block   ${driver.tip.index} at ${iso(t0)}: genesis → admin 1000 GAS: ${funded?.state}`);
    const contract = options.nef && options.manifest ? loadContractFiles(options.nef, options.manifest) : { ...tinyContract(), name: "TinyProbe" };
    const { hash } = await driver.deploy(contract.nef, contract.manifest, admin, t0 + 1_000n);
    log(`block   ${driver.tip.index} at ${iso(t0 + 1_000n)}: admin deployed ${contract.name} at ${hash}`);
    const time = t0 + 2_000n;
    const [outcome] = await driver.confirm([{ call: { contract: hash, method: options.method, args: [] }, sender: admin }], time);
    log(`block   ${driver.tip.index} at ${iso(time)}: ${options.method}() → ${show(outcome!)}`);
    const read = await driver.testInvoke({ contract: hash, method: options.method, args: [] });
    log(`invoke  ${options.method}() by test invocation at T_last + ${driver.msPerBlock} ms → ${show(read)}`);
  } finally {
    await chain.stop();
    log(`stopped the chain (${Date.now() - started} ms in all)`);
  }
}

function show(o: Outcome): string {
  const gas = o.gasConsumed === undefined ? "" : `, ${o.gasConsumed} datoshi`;
  return o.state === "HALT" ? `HALT ${o.stack.map(showStackItem).join(", ")} (time ${o.time}${gas})` : `FAULT ${o.exception}${gas}`;
}

function iso(ms: bigint): string {
  return new Date(Number(ms)).toISOString();
}
