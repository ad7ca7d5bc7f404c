import { z } from "zod";

/**
 * Contract coverage as run.json carries it (issue #15): per contract, what can be covered (its
 * structure: instructions, conditional jumps, methods, C# sequence points and sources, the
 * messages it throws) and what the campaign's engine runs counted (`hits`). Everything a report
 * shows is computed from these two by `coverageView`, so shards merge by adding `hits` of the
 * same NEF checksum (same NEF, same structure).
 */
export const ContractCoverageSchema = z.strictObject({
  contract: z.string(),
  nefChecksum: z.number().int(),
  /** `debug-info`: mapped to C# through the compiler's debug info; `instructions`: none given, by method and instruction. */
  source: z.enum(["debug-info", "instructions"]),
  structure: z.strictObject({
    /** Every instruction offset of the script. */
    instructions: z.array(z.number().int()),
    /** Offsets of the conditional jumps (two directions each). */
    jumps: z.array(z.number().int()),
    /** Methods with their instruction ranges (debug info, or the manifest's ABI offsets). */
    methods: z.array(z.strictObject({ name: z.string(), start: z.number().int(), end: z.number().int() })),
    /** Source files, relative to the project (or as the debug info names them). */
    files: z.array(z.strictObject({ path: z.string(), text: z.string() })),
    /** Sequence points: [instruction offset, file index, line, column]. */
    points: z.array(z.tuple([z.number().int(), z.number().int(), z.number().int(), z.number().int()])),
    /**
     * Conditional jumps no C# condition spells (synthesised for a conversion, a framework member's
     * body, an integer wrap), with why: kept out of the branch figures a report, LCOV and the gate
     * use, as JaCoCo and coverlet filter synthetic branches; the raw figure counts them. Absent in
     * run.json files written before filtering existed (read as none).
     */
    filtered: z.array(z.strictObject({ ip: z.number().int(), reason: z.string() })).default([]),
    /** The thrown messages of the source (`throw new Exception("…")`), where the throw statement starts. */
    throws: z.array(z.strictObject({ message: z.string(), file: z.number().int(), line: z.number().int(), column: z.number().int() })),
  }),
  hits: z.strictObject({
    /** [offset, times executed]; offsets never executed are left out. */
    instructions: z.array(z.tuple([z.number().int(), z.number().int()])),
    /** [offset, taken, not taken]. */
    branches: z.array(z.tuple([z.number().int(), z.number().int(), z.number().int()])),
  }),
});

export type ContractCoverage = z.infer<typeof ContractCoverageSchema>;
