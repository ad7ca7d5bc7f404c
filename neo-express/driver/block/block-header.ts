import { u } from "@cityofzion/neon-core";
import { sha256 } from "@noble/hashes/sha2.js";

/**
 * A Neo 3.5 block header. neon-core has no Block type, so this serializer is ours; it is proven
 * by round-tripping blocks read from the node (block-codec.chain.test.ts).
 *
 * Byte order is in the field names: `…Le` fields hold the bytes as serialized (little-endian,
 * the reverse of the `0x…` display form that RPC prints).
 */
export interface BlockHeader {
  version: number;
  prevHashLe: string;
  merkleRootLe: string;
  /** Block time in milliseconds: `Runtime.Time` of every transaction in the block. */
  timestamp: bigint;
  nonce: bigint;
  index: number;
  primaryIndex: number;
  nextConsensusLe: string;
  witness: { invocation: string; verification: string };
}

export function serializeUnsignedHeader(h: BlockHeader): string {
  return (
    u.num2hexstring(h.version, 4, true) +
    h.prevHashLe +
    h.merkleRootLe +
    uint64(h.timestamp) +
    uint64(h.nonce) +
    u.num2hexstring(h.index, 4, true) +
    u.num2hexstring(h.primaryIndex, 1) +
    h.nextConsensusLe
  );
}

export function serializeHeader(h: BlockHeader): string {
  return serializeUnsignedHeader(h) + "01" + varBytes(h.witness.invocation) + varBytes(h.witness.verification);
}

/** The block hash (little-endian hex): single SHA-256 of the unsigned header. */
export function headerHashLe(h: BlockHeader): string {
  return u.ab2hexstring(sha256(u.hexstring2ab(serializeUnsignedHeader(h))));
}

export function readHeader(ss: u.StringStream): BlockHeader {
  const version = readUint(ss, 4);
  const prevHashLe = ss.read(32);
  const merkleRootLe = ss.read(32);
  const timestamp = readUint64(ss);
  const nonce = readUint64(ss);
  const index = readUint(ss, 4);
  const primaryIndex = readUint(ss, 1);
  const nextConsensusLe = ss.read(20);
  const witnessCount = ss.readVarInt();
  if (witnessCount !== 1) throw new Error(`a block header has exactly one witness, found ${witnessCount}`);
  const invocation = ss.readVarBytes();
  const verification = ss.readVarBytes();
  return { version, prevHashLe, merkleRootLe, timestamp, nonce, index, primaryIndex, nextConsensusLe, witness: { invocation, verification } };
}

export function varBytes(hex: string): string {
  return u.num2VarInt(hex.length / 2) + hex;
}

function uint64(v: bigint): string {
  return v.toString(16).padStart(16, "0").match(/../g)!.reverse().join("");
}

function readUint(ss: u.StringStream, bytes: number): number {
  return parseInt(u.reverseHex(ss.read(bytes)), 16);
}

function readUint64(ss: u.StringStream): bigint {
  return BigInt("0x" + u.reverseHex(ss.read(8)));
}
