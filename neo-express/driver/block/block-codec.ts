import { tx, u } from "@cityofzion/neon-core";
import { readHeader, serializeHeader, type BlockHeader } from "./block-header.js";

/** A Neo 3.5 block: a header and the transactions it carries, in order. */
export interface Block {
  header: BlockHeader;
  transactions: tx.Transaction[];
}

export function serializeBlock(block: Block): string {
  return serializeHeader(block.header) + u.num2VarInt(block.transactions.length) + block.transactions.map((t) => t.serialize(true)).join("");
}

export function deserializeBlock(hex: string): Block {
  const ss = new u.StringStream(hex);
  const header = readHeader(ss);
  const count = ss.readVarInt();
  const transactions: tx.Transaction[] = [];
  for (let i = 0; i < count; i++) {
    // neon-core reads one transaction from the front of a hex string; its own serialization
    // tells how far to advance.
    const t = tx.Transaction.deserialize(hex.slice(ss.pter));
    ss.pter += t.serialize(true).length;
    transactions.push(t);
  }
  if (!ss.isEmpty()) throw new Error(`trailing bytes after block ${header.index}`);
  return { header, transactions };
}
