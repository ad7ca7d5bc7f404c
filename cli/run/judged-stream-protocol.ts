import type { ResolvedConfig } from "../../config/load-config.js";
import type { ContractFiles } from "../../neo-express/driver/contract-files.js";
import type { WorldContracts } from "../../neo-express/world/build-worlds.js";
import type { RawCoverage } from "../../contract-coverage/raw-coverage.js";
import type { PropertyResult } from "../../reports/run-summary.js";

/**
 * The messages between `verify` and the thread that runs its lane-equivalence stream
 * (judged-stream.ts, judged-stream-worker.ts). Everything in them survives structured cloning:
 * catalog entries go by id and the apps by slug, each side looks them up in its own modules.
 */
export interface JudgedStreamInput {
  readonly config: ResolvedConfig;
  readonly campaignSeed: number;
  readonly deadline: number;
  readonly failuresDir: string;
  /** The lane-equivalence entries, in the catalog's order, with the title each is reported under when the time limit skips it. */
  readonly entries: readonly { readonly app: string; readonly property: string; readonly title: string }[];
  readonly world: PortableWorld;
  /** Whether the judged pairs' engines count contract coverage. */
  readonly coverage: boolean;
}

/** WorldContracts with each app by slug (its AppEntry holds functions). */
export type PortableWorld = Omit<WorldContracts, "apps"> & { readonly apps: readonly { readonly slug: string; readonly files: ContractFiles }[] };

/** An error thrown in the stream, rebuilt on the other side (a HarnessError keeps its code and fix). */
export interface PortableError {
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
  readonly code?: string;
  readonly fix?: string;
}

export type FromStream =
  | { readonly kind: "log"; readonly line: string }
  | { readonly kind: "bar"; readonly op: "start"; readonly label: string; readonly total: number }
  | { readonly kind: "bar"; readonly op: "update"; readonly runs: number; readonly steps: number; readonly failed: boolean }
  | { readonly kind: "bar"; readonly op: "stop" }
  | { readonly kind: "results"; readonly index: number; readonly results: readonly PropertyResult[] }
  /** The stream ended: its pairs are stopped; what their engines counted, or what stopped it. */
  | { readonly kind: "end"; readonly coverage: readonly RawCoverage[]; readonly error?: PortableError };

/** `halt`: another stream failed, end after the property under way. `stop`: interrupted, kill the pairs now. */
export type ToStream = { readonly kind: "halt" } | { readonly kind: "stop" };
