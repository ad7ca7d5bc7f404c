import { z } from "zod";
import { ContractCoverageSchema } from "../contract-coverage/coverage-schema.js";

/**
 * The one finished-run summary every reporter renders (JSON, Markdown, HTML, JUnit) and the
 * format other tools consume. Integers that can exceed 2^53 (datoshi, times, hashes) are decimal
 * strings. A difference is classified as in the seeds' reconciliation idea: missing on chain,
 * missing in the model, or value mismatch.
 */
export const DifferenceSchema = z.strictObject({
  /**
   * `lane-mismatch`: the engine lane and neo-express disagree (the lane-equivalence property).
   * `invariant-violation`: an accounting invariant computed from the chain's own state, without
   * the model, does not hold (field: its spec id; chain: what was seen).
   */
  kind: z.enum(["missing-on-chain", "missing-in-model", "value-mismatch", "lane-mismatch", "invariant-violation"]),
  /** Where: `state`, `message`, `stack[0]`, `notifications[1].args[2]`, `storage[41…]`, `balance(u1, GAS)` … */
  field: z.string(),
  model: z.string().optional(),
  /** The chain's value; in a lane mismatch, neo-express's. */
  chain: z.string().optional(),
  /** In a lane mismatch, the engine lane's value. */
  engine: z.string().optional(),
});

export const OutcomeViewSchema = z.strictObject({
  state: z.enum(["HALT", "FAULT"]),
  /** The return value or the fault message, readable. */
  result: z.string(),
  notifications: z.array(z.string()),
  gasConsumed: z.string().optional(),
  time: z.string(),
});

export const StepSchema = z.strictObject({
  index: z.number().int(),
  /** Readable contract call: `buyKeysWithCost(alice, 3, cost=10030000, receipt=7)`. */
  call: z.string(),
  model: OutcomeViewSchema,
  chain: OutcomeViewSchema,
  /** With the lane-equivalence property: the `chain` column is the engine lane, this is neo-express. */
  neoExpress: OutcomeViewSchema.optional(),
  differences: z.array(DifferenceSchema),
});

export const CounterexampleSchema = z.strictObject({
  seed: z.number().int(),
  path: z.string(),
  /** fast-check's replayPath of the command sequence (with `path`, it replays the shrunk case). */
  replayPath: z.string().optional(),
  commands: z.array(z.string()),
  /**
   * Found while sharing blocks with other sequences: the delays its flexible steps got (ms,
   * comma-separated), which the replay gives them again (`--times`).
   */
  times: z.string().optional(),
  steps: z.array(StepSchema),
  /** One command line that replays this failure. */
  replay: z.string(),
  /** Lanes on which it reproduced (the engine lane's failures are confirmed on neo-express). */
  reproducedOn: z.array(z.enum(["neo-express", "engine"])),
  /** Where the failure was saved (fixtures/failures/<app>/…). */
  savedAs: z.string().optional(),
});

export const PropertyResultSchema = z.strictObject({
  app: z.string(),
  /** The spec's id, e.g. `DD-P2`, `G8`, `DP-P1`. */
  property: z.string(),
  title: z.string(),
  pattern: z.string().optional(),
  verdict: z.enum(["pass", "fail", "error", "skipped"]),
  seed: z.number().int(),
  numRuns: z.number().int(),
  steps: z.number().int(),
  durationMs: z.number(),
  counterexample: CounterexampleSchema.optional(),
  error: z.string().optional(),
  /** What the runs exercised: `method → HALT` / `method → FAULT <message>` → count (both sides agreed). */
  coverage: z.record(z.string(), z.number().int()).optional(),
  /**
   * Lane equivalence, and every property on the neo-express lane: the blocks its sequences'
   * transactions shared (SharedBlocks) and how many
   * transactions they carried; transactions / blocks is how many sequences a block served.
   */
  sharedBlocks: z.strictObject({ blocks: z.number().int(), transactions: z.number().int() }).optional(),
});

export const GasPointSchema = z.strictObject({
  n: z.number().int(),
  /** What the user pays for the call's script (entry script included), datoshi. */
  total: z.string(),
  /** The method's own share (total minus the entry script's cost), datoshi. */
  method: z.string(),
  storageFee: z.string().optional(),
});

export const GasFitSchema = z.strictObject({
  class: z.enum(["constant", "linear"]),
  slopePerN: z.string(),
  intercept: z.string(),
});

export const GasPairSchema = z.strictObject({
  app: z.string(),
  hybrid: z.string(),
  deprecated: z.string(),
  /** What n counts, from the app file's pair table. */
  nMeans: z.string(),
  hybridSeries: z.array(GasPointSchema),
  deprecatedSeries: z.array(GasPointSchema),
  hybridFit: GasFitSchema,
  deprecatedFit: GasFitSchema,
  ratioAt100: z.string().optional(),
  breakEvenN: z.number().int().nullable(),
  /** Which chain limit stopped a larger n, if any. */
  limitNote: z.string().optional(),
  verdict: z.enum(["pass", "regression", "new"]),
  /** What the figures were compared with (gas/gas-baseline.ts), or why nothing was: then no regression is claimed. */
  baseline: z.string().optional(),
  snapshotDiff: z.array(z.strictObject({ key: z.string(), old: z.string().nullable(), new: z.string() })),
});

export const ContractInfoSchema = z.strictObject({
  app: z.string(),
  contractName: z.string(),
  nefPath: z.string(),
  nefSha256: z.string(),
  nefChecksum: z.number().int(),
  manifestSha256: z.string(),
  hash: z.string().optional(),
  scripts: z.array(z.strictObject({ name: z.string(), sha256: z.string() })),
});

export const RunSummarySchema = z.strictObject({
  schemaVersion: z.literal(1),
  tool: z.strictObject({ name: z.literal("miniapp-verify"), version: z.string(), neoExpress: z.string(), node: z.string() }),
  startedAt: z.string(),
  finishedAt: z.string(),
  durationMs: z.number(),
  lane: z.enum(["neo-express", "engine"]),
  shard: z.strictObject({ index: z.number().int(), count: z.number().int() }).optional(),
  chain: z.strictObject({
    userAgent: z.string(),
    magic: z.number().int(),
    msPerBlock: z.number().int(),
    feePolicy: z.strictObject({ feePerByte: z.string(), execFeeFactor: z.string(), storagePrice: z.string() }),
  }),
  contracts: z.array(ContractInfoSchema),
  properties: z.array(PropertyResultSchema),
  gas: z.array(GasPairSchema),
  /**
   * Contract coverage (issue #15): counted on the engine hosts of the run (the engine lane, and the
   * engine of the lane-equivalence properties), by NEF checksum. Absent: not collected.
   */
  coverage: z.array(ContractCoverageSchema).optional(),
  /** The coverage gate (`--min-coverage`): its floor (branch coverage, %) and the contracts below it. */
  coverageGate: z.strictObject({ minBranchPercent: z.number(), below: z.array(z.string()) }).optional(),
  /** Harness errors (infrastructure, usage): a run with any is never a pass. */
  errors: z.array(z.strictObject({ code: z.string(), message: z.string() })),
  exitCode: z.number().int(),
});

export type Difference = z.infer<typeof DifferenceSchema>;
export type OutcomeView = z.infer<typeof OutcomeViewSchema>;
export type PropertyResult = z.infer<typeof PropertyResultSchema>;
export type GasPair = z.infer<typeof GasPairSchema>;
export type GasPoint = z.infer<typeof GasPointSchema>;
export type GasFit = z.infer<typeof GasFitSchema>;
export type ContractInfo = z.infer<typeof ContractInfoSchema>;
export type RunSummary = z.infer<typeof RunSummarySchema>;
