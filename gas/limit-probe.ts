import { u } from "@cityofzion/neon-core";
import { callScript } from "../neo-express/driver/contract-call.js";
import { Rpc } from "../neo-express/driver/rpc.js";
import { exactFit } from "./exact-fit.js";
import type { TestInvocationPair } from "./gas-pair-plan.js";
import type { MeasuredPoint } from "./measured-pair.js";

/**
 * Checks the limit a getter pair's fit predicts, on chain: when the deprecated series is exactly
 * linear (residual 0), the largest n within `maxGas` is floor((maxGas − intercept) / slope); a test
 * invocation there must HALT with exactly the predicted GAS, and one at n + 1 must FAULT. Millions of
 * loop iterations take minutes, so this runs only when asked (`--probe-limit`).
 */
export async function probeLimit(rpcUrl: string, pair: TestInvocationPair, app: string, series: readonly MeasuredPoint[], maxGas: bigint): Promise<string> {
  const fit = exactFit(series.map((p) => ({ x: BigInt(p.n), y: p.total })));
  if (fit.residual !== 0n || fit.slopeNum <= 0n) return `${pair.deprecated}: not exactly linear, no limit predicted`;
  const nMax = (maxGas * fit.den - fit.interceptNum) / fit.slopeNum;
  const rpc = new Rpc(rpcUrl, 900_000);
  const run = (n: bigint) => rpc.call<{ state: string; gasconsumed: string; exception: string | null }>("invokescript",
    [u.hex2base64(callScript(pair.call(app, Number(n), "deprecated"))), []]);
  const [at, over] = [await run(nMax), await run(nMax + 1n)];
  const predicted = (fit.interceptNum + fit.slopeNum * nMax) / fit.den;
  const ok = at.state === "HALT" && BigInt(at.gasconsumed) === predicted && over.state === "FAULT";
  return `${pair.deprecated}: predicted limit n = ${nMax} (${predicted} datoshi); on chain n = ${nMax} ${at.state} with ${at.gasconsumed}, ` +
    `n = ${nMax + 1n} ${over.state}${over.exception ? ` (${over.exception})` : ""}: ${ok ? "confirmed" : "NOT CONFIRMED"}`;
}
