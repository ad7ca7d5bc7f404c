import type { ContractCoverage } from "./coverage-schema.js";

/** A four-line method: `if (x) throw new Exception("no");` at line 2, a jump at offset 3. */
export const sampleCoverage = (instructions: [number, number][], branches: [number, number, number][]): ContractCoverage => ({
  contract: "C", nefChecksum: 7, source: "debug-info",
  structure: {
    instructions: [0, 1, 3, 5, 6, 8], jumps: [3],
    methods: [{ name: "C.M", start: 0, end: 8 }],
    files: [{ path: "C.cs", text: "void M() {\n  if (x) throw new Exception(\"no\");\n  y();\n}" }],
    points: [[0, 0, 2, 3], [5, 0, 2, 10], [6, 0, 3, 3]],
    filtered: [],
    throws: [{ message: "no", file: 0, line: 2, column: 10 }],
  },
  hits: { instructions, branches },
});
