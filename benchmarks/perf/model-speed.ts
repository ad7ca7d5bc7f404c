// The model's own speed (issue #5, #7 item 4, #16 item 3): DoomsdayClock model steps per second on
// one core, measured with tinybench over a fixed purchase-heavy sequence on a model world (no
// chain, no I/O). Two rows: the model alone (`chain.invoke`), and the model side of a
// differential step as `DifferentialRun.transaction` does it (invoke, observe the app's and the
// hub's full storage and nine accounts' balances, compare G1–G6 against the chain side's outcome
// and observation, here a structured clone of a twin run's, so no string is shared).
// `--baseline <dir>` times the same rows on another checkout's code (e.g. `git archive main |
// tar -x -C /tmp/base` with node_modules linked in) in the same run, alternating, so that the
// ratio is measured under the same load. Run: npm run bench:model [-- --baseline <dir>].
// A benchmark, never a test.
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { Bench } from "tinybench";
import { sha256Hex } from "./sha256-hex.js";

const { values } = parseArgs({ options: { baseline: { type: "string" }, rounds: { type: "string", default: "3" }, time: { type: "string", default: "2000" } } });
const here = path.resolve(import.meta.dirname, "../..");
const GAS = "0xd2a4cff31913016155e38e474a2c06d08be276cf";

/** The sequence's two variants over the code of one checkout (its own module instances). */
async function variants(root: string) {
  const load = async <T>(file: string): Promise<T> => (await import(pathToFileURL(path.join(root, file)).href)) as T;
  const { buildModelFixture } = await load<typeof import("../../simulator/fixture/build-model-fixture.js")>("simulator/fixture/build-model-fixture.ts");
  const { DOOMSDAY_CLOCK } = await load<typeof import("../../simulator/apps/doomsday-clock/model.js")>("simulator/apps/doomsday-clock/model.ts");
  const { hash160Le, displayOf } = await load<typeof import("../../simulator/runtime/hash160.js")>("simulator/runtime/hash160.ts");
  const { keyCost } = await load<typeof import("../../simulator/apps/doomsday-clock/key-cost.js")>("simulator/apps/doomsday-clock/key-cost.ts");
  const { outcomeDiff } = await load<typeof import("../../properties/harness/outcome-diff.js")>("properties/harness/outcome-diff.ts");
  const { storageDiff } = await load<typeof import("../../properties/harness/storage-diff.js")>("properties/harness/storage-diff.ts");
  type Hash160Le = import("../../simulator/runtime/hash160.js").Hash160Le;
  type StackItem = import("../../simulator/runtime/stack-item.js").StackItem;
  type Outcome = import("../../simulator/runtime/outcome.js").Outcome;

  const account = (name: string): Hash160Le => hash160Le(sha256Hex(name).slice(0, 40));
  const hashOf = (name: string) => displayOf(account(`contract ${name}`));
  const accounts = { genesis: account("genesis"), admin: account("admin"), tee: account("tee"), treasury: account("treasury"), users: ["u1", "u2", "u3", "u4", "u5", "u6"].map(account) };
  const observedAccounts = [accounts.admin, accounts.tee, accounts.treasury, ...accounts.users];
  const T0 = 1_800_000_000_000n;
  const app = hashOf("MiniAppDoomsdayClock");
  const hub = hashOf("PaymentHub");
  const world = buildModelFixture({
    accounts, t0: T0,
    hashes: { paymentHub: hub, pauseRegistry: hashOf("PauseRegistry"), gateway: hashOf("ServiceLayerGateway") },
    apps: [{ appId: "miniapp-doomsday-clock", contractName: DOOMSDAY_CLOCK.name, hash: app, model: DOOMSDAY_CLOCK, scripts: [] }],
  }).chain;
  const bytes = (hex: string): StackItem => ({ type: "ByteString", hex });
  const int = (v: bigint): StackItem => ({ type: "Integer", value: v });
  const str = (s: string): StackItem => bytes(Buffer.from(s, "utf8").toString("hex"));
  const hubLe = hash160Le(hub.slice(2).match(/../g)!.reverse().join(""));

  interface Observed { readonly outcome: Outcome; readonly storage: ReturnType<typeof world.storage>[]; readonly gas: bigint[]; readonly neo: bigint[] }
  /** One sequence: a round, then purchases by three users (pay, then buy with the receipt), and reads. */
  function sequence(onStep?: (step: number, o: Observed) => void): number {
    const chain = world.copy();
    let now = T0 + 100_000n;
    let steps = 0;
    const observe = (outcome: Outcome): Observed => ({
      outcome,
      storage: [chain.storage(app), chain.storage(hub)],
      gas: observedAccounts.map((a) => chain.balanceOf("GAS", a)),
      neo: observedAccounts.map((a) => chain.balanceOf("NEO", a)),
    });
    const tx = (signer: Hash160Le, contract: string, method: string, args: StackItem[]) => {
      now += 40_000n;
      const outcome = chain.invoke({ contract, method, args }, { signers: [{ account: signer, scopes: { calledByEntry: true } }], now });
      onStep?.(steps, observe(outcome));
      steps++;
      return outcome;
    };
    tx(accounts.admin, app, "startNewRound", []);
    let total = 0n;
    for (let i = 0; i < 30; i++) {
      const user = accounts.users[i % 3]!;
      const n = BigInt((i % 7) + 1);
      const cost = keyCost(n, total);
      const paid = tx(user, GAS, "transfer", [bytes(user), bytes(hubLe), int(cost), str("miniapp-doomsday-clock")]);
      const receipt = paid.state === "HALT" ? paid.notifications.find((x) => x.eventName === "PaymentReceived")?.args[0] : undefined;
      const bought = tx(user, app, "buyKeysWithCost", [bytes(user), int(n), int(cost), receipt ?? int(0n)]);
      if (bought.state === "HALT") total += n;
      const read = chain.testInvoke({ contract: app, method: "getRoundStateForFrontend", args: [] }, now + 15_000n);
      if (onStep) { if (outcomeDiff(read, read).length > 0) throw new Error("read differs"); }
      steps++;
    }
    return steps;
  }

  // The chain side's record: a twin run, cloned (fresh strings and bigints, as JSON would give).
  const recorded: Observed[] = [];
  sequence((i, o) => { recorded[i] = structuredClone(o); });
  const compared = () => sequence((i, o) => {
    const c = recorded[i]!;
    const differences = [
      ...outcomeDiff(o.outcome, c.outcome),
      ...o.storage.flatMap((entries, k) => storageDiff(k === 0 ? "app" : "hub", entries, c.storage[k]!)),
      ...o.gas.filter((g, k) => g !== c.gas[k]), ...o.neo.filter((g, k) => g !== c.neo[k]),
    ];
    if (differences.length > 0) throw new Error(`step ${i} differs: ${JSON.stringify(differences[0])}`);
  });
  return { steps: sequence(), model: () => void sequence(), differential: () => void compared() };
}

const roots: [string, string][] = [["after", here], ...(values.baseline ? [["before", path.resolve(values.baseline)] as [string, string]] : [])];
const loaded = await Promise.all(roots.map(async ([label, root]) => [label, await variants(root)] as const));
const rates = new Map<string, number[]>();
const [steps] = [loaded[0]![1].steps];
console.log(`node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg().map((x) => x.toFixed(2)).join(" / ")}; ${steps} steps per sequence (transactions and test invocations)`);
for (let round = 0; round < Number(values.rounds); round++) {
  const bench = new Bench({ time: Number(values.time), warmupTime: 300 });
  // Alternate the order per round, so neither checkout always runs first.
  const order = round % 2 === 0 ? loaded : [...loaded].reverse();
  for (const [label, v] of order) {
    bench.add(`${label} model`, v.model);
    bench.add(`${label} differential`, v.differential);
  }
  await bench.run();
  for (const task of bench.tasks) {
    const result = task.result as { throughput?: { mean: number }; hz?: number } | undefined;
    const perSecond = (result?.throughput?.mean ?? result?.hz ?? 0) * steps;
    rates.set(task.name, [...(rates.get(task.name) ?? []), perSecond]);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`load average after ${os.loadavg().map((x) => x.toFixed(2)).join(" / ")}; median of ${values.rounds} rounds, model steps/s on one core:`);
for (const row of ["model", "differential"]) {
  const after = median(rates.get(`after ${row}`)!);
  const before = rates.get(`before ${row}`);
  console.log(`  ${row.padEnd(12)} after ${after.toFixed(0).padStart(7)}` + (before ? `   before ${median(before).toFixed(0).padStart(7)}   ratio ${(after / median(before)).toFixed(2)}×` : ""));
}
