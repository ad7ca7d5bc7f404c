// GAS (datoshi, from neo-express) of a loop sum and of the closed formula n(n−1)/2 as deployed
// methods compiled by the project's compiler, for n = 1, 10, 100, 1000 (issue #3's figure).
// Run: npm run bench:loop. A benchmark, never a test.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startChain } from "../../neo-express/lifecycle/start-chain.js";
import { NeoExpressDriver } from "../../neo-express/driver/neo-express-driver.js";
import { loadContractFiles } from "../../neo-express/driver/contract-files.js";
import { transferCall } from "../../neo-express/driver/gas-transfer.js";
import { arg } from "../../neo-express/driver/abi-arg.js";
import { ONE_GAS } from "../../neo-express/driver/fee-policy.js";

const project = fileURLToPath(new URL("./loop-vs-formula/", import.meta.url));
const compiler = fileURLToPath(new URL("../../build/compiler/MiniApp.Compiler.dll", import.meta.url));
const out = mkdtempSync(join(tmpdir(), "loop-vs-formula-"));
const compiled = spawnSync("dotnet", [compiler, project, "-o", out], { encoding: "utf8" });
if (compiled.status !== 0) throw new Error(compiled.stdout + compiled.stderr);
const files = loadContractFiles(join(out, "LoopVsFormula.nef"), join(out, "LoopVsFormula.manifest.json"));

const chain = await startChain();
try {
  const driver = await NeoExpressDriver.connect(chain);
  const t0 = BigInt(Date.now()) + 31n * 86_400_000n;
  const admin = driver.actor("admin");
  await driver.confirm([{ call: transferCall("GAS", driver.actor("genesis"), admin.scriptHash, 100n * ONE_GAS), sender: driver.actor("genesis") }], t0);
  const { hash } = await driver.deploy(files.nef, files.manifest, admin, t0 + 1_000n);
  console.log(`| n | loopSum (datoshi) | formula (datoshi) |\n| ---: | ---: | ---: |`);
  for (const n of [1n, 10n, 100n, 1000n]) {
    const [loop, formula] = await Promise.all(["loopSum", "formula"].map((method) => driver.testInvoke({ contract: hash, method, args: [arg.int(n)] })));
    const value = (o: typeof loop) => (o!.state === "HALT" && o!.stack[0]?.type === "Integer" ? o!.stack[0].value : undefined);
    if (value(loop) !== (n * (n - 1n)) / 2n || value(formula) !== value(loop)) throw new Error(`wrong result at n = ${n}`);
    console.log(`| ${n} | ${loop!.gasConsumed} | ${formula!.gasConsumed} |`);
  }
} finally {
  await chain.stop();
}
process.exit(0);
