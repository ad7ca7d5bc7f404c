import { arg } from "../../neo-express/driver/abi-arg.js";
// Speed of the neo-express pipeline (issue #4's figures): time to start the chain, median latency
// of a test invocation and of one confirmed transaction (built, signed, block built, submitted,
// log read), and confirmed transactions per second with 1, 10 and 100 transactions per block.
// Run: npm run bench:chain. Wall-clock figures: a benchmark, never a test.
import { startChain } from "../../neo-express/lifecycle/start-chain.js";
import { NeoExpressDriver } from "../../neo-express/driver/neo-express-driver.js";
import { transferCall } from "../../neo-express/driver/gas-transfer.js";
import { ONE_GAS } from "../../neo-express/driver/fee-policy.js";
import { tinyContract } from "../../neo-express/test-support/tiny-contract.js";
import type { Step } from "../../neo-express/driver/chain-backend.js";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const t = performance.now();
const chain = await startChain();
const startMs = performance.now() - t;
try {
  const driver = await NeoExpressDriver.connect(chain);
  let time = BigInt(Date.now()) + 31n * 86_400_000n;
  const genesis = driver.actor("genesis");
  const users = ["admin", "u1", "u2", "u3", "u4", "u5", "u6"];
  await driver.confirm(users.map((n) => ({ call: transferCall("GAS", genesis, driver.actor(n).scriptHash, 100_000n * ONE_GAS), sender: genesis })), time);
  const probe = tinyContract();
  const { hash } = await driver.deploy(probe.nef, probe.manifest, driver.actor("admin"), (time += 1_000n));
  const step = (i: number): Step => ({
    call: { contract: hash, method: "ping", args: [arg.int(i)] },
    sender: driver.actor(users[i % users.length]!),
    // A fixed system fee: the figures measure the pipeline, not the fee estimate.
    systemFee: 10_000_000n,
  });

  const invokes: number[] = [];
  for (let i = 0; i < 200; i++) {
    const s = performance.now();
    await driver.testInvoke({ contract: hash, method: "time", args: [] });
    invokes.push(performance.now() - s);
  }
  const confirms: number[] = [];
  for (let i = 0; i < 200; i++) {
    const s = performance.now();
    await driver.confirm([step(i)], (time += 1_000n));
    confirms.push(performance.now() - s);
  }
  const rows: string[] = [];
  for (const perBlock of [1, 10, 100]) {
    const total = perBlock === 100 ? 2_000 : 1_000;
    const s = performance.now();
    for (let n = 0; n < total; n += perBlock) {
      const outcomes = await driver.confirm(Array.from({ length: perBlock }, (_, i) => step(n + i)), (time += 1_000n));
      if (outcomes.some((o) => o.state !== "HALT")) throw new Error("a benchmark call FAULTed");
    }
    rows.push(`| ${perBlock} | ${total} | ${(total / ((performance.now() - s) / 1000)).toFixed(0)} |`);
  }
  console.log(`chain start: ${startMs.toFixed(0)} ms`);
  console.log(`test invocation: median ${median(invokes).toFixed(2)} ms (200 calls)`);
  console.log(`confirmed transaction (build, sign, block, submit, read log): median ${median(confirms).toFixed(2)} ms (200 blocks)`);
  console.log(`| transactions per block | transactions | confirmed per second |\n| --- | --- | --- |\n${rows.join("\n")}`);
} finally {
  await chain.stop();
}
process.exit(0);
