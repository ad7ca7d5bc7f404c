import type { Actor } from "../driver/actor.js";
import { callScript } from "../driver/contract-call.js";
import { GAS_HASH, NEO_HASH, ONE_GAS } from "../driver/fee-policy.js";
import { transferCall } from "../driver/gas-transfer.js";
import type { LaneDriver, ScriptStep } from "../driver/lane.js";
import { HarnessError } from "../harness-error.js";
import type { World } from "./build-worlds.js";

/** GAS left in a recycled account: more than the fee of its sweep (a transfer costs about 1.1 GAS). */
export const RECYCLE_KEEP = 2n * ONE_GAS;

/** Transactions per recycling block (Neo 3.5 allows 512; fewer keep a block's RPC message small). */
const PER_BLOCK = 64;

/**
 * Sends what finished worlds' accounts still hold back to the genesis account: each account's NEO
 * and all but RECYCLE_KEEP of its GAS, in one transaction per account (NEO first, which mints the
 * account a little GAS that stays with it), in blocks from `time` on, 1,000 ms apart.
 *
 * Decision (issue #22): neo-express's genesis account holds 52,000,000 GAS and 100,000,000 NEO, and
 * a world at 1/1,000 of the spec's GAS takes about 26,000 GAS and 60,000 NEO, so a chain funds
 * about 1,650 worlds. A campaign needing more goes on: once the genesis account cannot fund the
 * next worlds, finished worlds give back what they did not spend (their app contracts keep their
 * funding and what users paid in: a few thousand GAS of a world's 26,000). Nothing a sequence
 * compares is touched: a world is recycled only after its sequence ended, and a recycling block
 * comes before the next world's fixture. The driver then forgets the recycled accounts. Returns
 * the number of blocks made.
 */
export async function recycleWorlds(driver: LaneDriver, worlds: readonly World[], time: bigint): Promise<number> {
  const accounts = worlds.flatMap((w) => [w.actors.admin, w.actors.tee, w.actors.treasury, ...w.actors.users]);
  if (accounts.length === 0) return 0;
  const hashes = accounts.map((a) => a.scriptHash);
  const [gas, neo] = [await balancesInSlices(driver, GAS_HASH, hashes), await balancesInSlices(driver, NEO_HASH, hashes)];
  const genesis = driver.actor("genesis");
  const steps: ScriptStep[] = accounts.flatMap((a, i) => {
    const script = [
      ...(neo[i]! > 0n ? [callScript(transferCall("NEO", a, genesis.scriptHash, neo[i]!))] : []),
      ...(gas[i]! > RECYCLE_KEEP ? [callScript(transferCall("GAS", a, genesis.scriptHash, gas[i]! - RECYCLE_KEEP))] : []),
    ].join("");
    return script && gas[i]! > RECYCLE_KEEP ? [{ sender: a, script }] : [];
  });
  let blocks = 0;
  for (let i = 0; i < steps.length; i += PER_BLOCK) {
    const batch = steps.slice(i, i + PER_BLOCK);
    const outcomes = await driver.confirmScripts(batch, time + BigInt(blocks) * 1_000n);
    const failed = outcomes.findIndex((o) => o.state !== "HALT");
    if (failed >= 0) throw new HarnessError("BLOCK_REJECTED", `recycling ${batch[failed]!.sender.name}'s GAS and NEO FAULTed: ${(outcomes[failed] as { exception: string }).exception}`, "report this: a world's accounts should be free to send what they hold");
    blocks++;
  }
  // Recycled worlds never run again: their accounts need not stay known (the campaign's memory stays flat).
  driver.forgetActors(accounts);
  return blocks;
}

/**
 * Balances read BALANCES_PER_READ accounts at a time. A soak recycles its first ~1,650 worlds at
 * once (about 15,000 accounts), and one test invocation leaves at most 2,048 results on the stack
 * (NeoVM's MaxStackSize): issue #22's neo-express soak FAULTed there, the read's plain Error was
 * taken for a property failure, and its replay then found the worlds already taken
 * (GENESIS_EXHAUSTED "after recycling 0 finished worlds"). A failed read is now a HarnessError.
 */
export async function balancesInSlices(driver: LaneDriver, token: string, hashes: readonly string[]): Promise<bigint[]> {
  const out: bigint[] = [];
  for (let i = 0; i < hashes.length; i += BALANCES_PER_READ) out.push(...await driver.balancesOf("0x" + token, hashes.slice(i, i + BALANCES_PER_READ)));
  return out;
}

/** Accounts per balance read while recycling (a test invocation of that many balanceOf calls). */
export const BALANCES_PER_READ = 128;

/** The genesis account's GAS and NEO (what the next worlds are funded from). */
export async function genesisHoldings(driver: LaneDriver): Promise<{ gas: bigint; neo: bigint }> {
  const genesis: Actor = driver.actor("genesis");
  const [[gas], [neo]] = await Promise.all([driver.balancesOf("0x" + GAS_HASH, [genesis.scriptHash]), driver.balancesOf("0x" + NEO_HASH, [genesis.scriptHash])]);
  return { gas: gas!, neo: neo! };
}
