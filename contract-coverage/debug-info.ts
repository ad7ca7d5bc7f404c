import { existsSync, readFileSync } from "node:fs";

/** The parts of a debug info file (`<Contract>.debug.json`, nccs's format) that coverage reads. */
export interface DebugInfo {
  readonly documents: readonly string[];
  readonly methods: readonly DebugMethod[];
  /**
   * Conditional jumps the compiler synthesised that no C# condition spells (our compiler's
   * `"synthetic-branches"`: a conversion's null test or length check, a framework member's body,
   * an integer wrap); undefined when the file does not say (nccs's debug info).
   */
  readonly synthetic?: readonly { readonly offset: number; readonly reason: string }[];
}

export interface DebugMethod {
  /** `Namespace.Class,Method`. */
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly points: readonly { readonly ip: number; readonly document: number; readonly line: number; readonly column: number }[];
}

/** `"45[0]49:13-49:58"`: offset 45, document 0, from line 49 column 13 to line 49 column 58. */
const POINT = /^(\d+)\[(\d+)\](\d+):(\d+)-\d+:\d+$/;

/**
 * Reads a debug info file as our compiler writes it and nccs 3.5.0 writes it inside its
 * `.nefdbgnfo` archive (unzip it to `<Contract>.debug.json` beside the NEF to use one from nccs).
 */
export function readDebugInfo(path: string): DebugInfo | undefined {
  if (!existsSync(path)) return undefined;
  const json = JSON.parse(readFileSync(path, "utf8")) as {
    documents?: string[];
    methods?: { name: string; range: string; "sequence-points"?: string[] }[];
    "synthetic-branches"?: { offset: number; reason: string }[];
  };
  return {
    documents: json.documents ?? [],
    ...(json["synthetic-branches"] ? { synthetic: json["synthetic-branches"] } : {}),
    methods: (json.methods ?? []).map((m) => {
      const [start, end] = m.range.split("-").map(Number) as [number, number];
      const points = (m["sequence-points"] ?? []).flatMap((p) => {
        const match = POINT.exec(p);
        return match ? [{ ip: Number(match[1]), document: Number(match[2]), line: Number(match[3]), column: Number(match[4]) }] : [];
      });
      return { name: m.name, start, end, points };
    }),
  };
}

/** The debug info that belongs to a NEF: `X.debug.json` beside `X.nef`. */
export function debugInfoPathOf(nefPath: string): string {
  return nefPath.replace(/\.nef$/, "") + ".debug.json";
}
