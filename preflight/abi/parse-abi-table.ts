import { AbiTypeSchema, type AbiParameter, type AbiType, type SpecMethod } from "./spec-abi.js";

/**
 * Reads the spec's ABI tables (markdown) into methods. The tables are written for people, so
 * cells carry notes: several names in one row (`a` / `b`, `a`, `b`), one type for a list of
 * names (`maxBet, dailyLimit (Integer)`), comments after a type (`Hash160 (null if unset)`,
 * `Array (of Integer)`), the standard callback by name. Anything else that does not parse is an
 * error naming the row, so the extraction never guesses silently.
 */
const cells = (row: string) => row.trim().replace(/^\||\|$/g, "").split("|").map((c) => c.trim());
const ticked = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

function abiType(word: string | undefined, where: string): AbiType {
  const t = AbiTypeSchema.safeParse(word);
  if (!t.success) throw new Error(`${where}: "${word}" is not an ABI type`);
  return t.data;
}

function parseParameters(cell: string, standardCallback: readonly AbiParameter[], where: string): AbiParameter[] {
  if (cell === "—" || cell === "") return [];
  if (/\bstandard\b/.test(cell)) return [...standardCallback];
  const shared = /^([\w, ]+) \((\w+)\)$/.exec(cell);
  if (shared && shared[1]!.split(",").every((p) => p.trim().split(" ").length === 1)) {
    return shared[1]!.split(",").map((p) => ({ name: p.trim(), type: abiType(shared[2], where) }));
  }
  // Drop the notes in parentheses; then each comma-separated item is `name Type`.
  return cell.replace(/\s*\([^)]*\)/g, "").split(",").map((item) => {
    const [name, type] = item.trim().split(/\s+/);
    return { name: name!, type: abiType(type, where) };
  });
}

interface TableOptions {
  readonly from: string;
  readonly standardCallback: readonly AbiParameter[];
  /** Which name column to read when a table has two (devpack §3: GameBase | GameComputeBase). */
  readonly nameColumn?: number;
}

/** The rows of the first table in `text` (header, separator, rows) as methods. */
function parseAbiTable(text: string, options: TableOptions): SpecMethod[] {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.startsWith("|"));
  if (start < 0) return [];
  const header = cells(lines[start]!);
  const names = options.nameColumn ?? 0;
  const col = (label: string) => header.findIndex((h, i) => i > names && h.startsWith(label));
  const [p, r, s] = [col("Parameters"), col("Returns"), col("Safe")];
  const methods: SpecMethod[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    const row = cells(line);
    const where = `${options.from}: row "${line.slice(0, 60)}…"`;
    for (const name of ticked(row[names]!)) {
      methods.push({
        name,
        parameters: parseParameters(row[p]!, options.standardCallback, where),
        returntype: abiType(/^(\w+)/.exec(row[r]!)?.[1], where),
        safe: row[s]!.includes("✓"),
        from: options.from,
      });
    }
  }
  return methods;
}

export { parseAbiTable, parseParameters };
