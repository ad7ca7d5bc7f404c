// The model's own speed (issue #5, #7 item 4): DoomsdayClock model steps per second on one core,
// measured with tinybench over a fixed purchase-heavy sequence on a model world (no chain, no
// I/O). Run: npm run bench:model. A benchmark, never a test.
import { Bench } from "tinybench";
import { buildModelFixture } from "../../simulator/fixture/build-model-fixture.js";
import { DOOMSDAY_CLOCK } from "../../simulator/apps/doomsday-clock/model.js";
import { hash160Le, displayOf, type Hash160Le } from "../../simulator/runtime/hash160.js";
import { sha256Hex } from "./sha256-hex.js";
import { keyCost } from "../../simulator/apps/doomsday-clock/key-cost.js";
import type { StackItem } from "../../simulator/runtime/stack-item.js";

const account = (name: string): Hash160Le => hash160Le(sha256Hex(name).slice(0, 40));
const hashOf = (name: string) => displayOf(account(`contract ${name}`));
const accounts = { genesis: account("genesis"), admin: account("admin"), tee: account("tee"), treasury: account("treasury"), users: ["u1", "u2", "u3", "u4", "u5", "u6"].map(account) };
const T0 = 1_800_000_000_000n;
const app = hashOf("MiniAppDoomsdayClock");
const hub = hashOf("PaymentHub");
const world = buildModelFixture({
  accounts, t0: T0,
  hashes: { paymentHub: hub, pauseRegistry: hashOf("PauseRegistry"), gateway: hashOf("ServiceLayerGateway") },
  apps: [{ appId: "miniapp-doomsday-clock", contractName: DOOMSDAY_CLOCK.name, hash: app, model: DOOMSDAY_CLOCK, scripts: [] }],
}).chain;

const GAS = "0xd2a4cff31913016155e38e474a2c06d08be276cf";
const bytes = (hex: string): StackItem => ({ type: "ByteString", hex });
const int = (v: bigint): StackItem => ({ type: "Integer", value: v });
const str = (s: string): StackItem => bytes(Buffer.from(s, "utf8").toString("hex"));

/** One sequence: a round, then purchases by three users (pay, then buy with the receipt), and reads. */
function sequence(): number {
  const chain = world.copy();
  let now = T0 + 100_000n;
  let steps = 0;
  const tx = (signer: Hash160Le, contract: string, method: string, args: StackItem[]) => {
    now += 40_000n;
    steps++;
    return chain.invoke({ contract, method, args }, { signers: [{ account: signer, scopes: { calledByEntry: true } }], now });
  };
  tx(accounts.admin, app, "startNewRound", []);
  let total = 0n;
  for (let i = 0; i < 30; i++) {
    const user = accounts.users[i % 3]!;
    const n = BigInt((i % 7) + 1);
    const cost = keyCost(n, total);
    const paid = tx(user, GAS, "transfer", [bytes(user), bytes(hash160Le(hub.slice(2).match(/../g)!.reverse().join(""))), int(cost), str("miniapp-doomsday-clock")]);
    const receipt = paid.state === "HALT" ? paid.notifications.find((x) => x.eventName === "PaymentReceived")?.args[0] : undefined;
    const bought = tx(user, app, "buyKeysWithCost", [bytes(user), int(n), int(cost), receipt ?? int(0n)]);
    if (bought.state === "HALT") total += n;
    steps++;
    chain.testInvoke({ contract: app, method: "getRoundStateForFrontend", args: [] }, now + 15_000n);
  }
  return steps;
}

const stepsPerSequence = sequence();
const bench = new Bench({ time: 3_000, warmupTime: 500 });
bench.add("DoomsdayClock model sequence", () => void sequence());
await bench.run();
const task = bench.tasks[0]!;
const result = task.result as { throughput?: { mean: number }; hz?: number } | undefined;
const sequencesPerSecond = result?.throughput?.mean ?? result?.hz ?? 0;
console.log(`${stepsPerSequence} steps per sequence (transactions and test invocations)`);
console.log(`${sequencesPerSecond.toFixed(1)} sequences/s → ${(sequencesPerSecond * stepsPerSequence).toFixed(0)} model steps/s on one core`);
