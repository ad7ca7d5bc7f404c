import { sha256 } from "@noble/hashes/sha2.js";

export const sha256Hex = (text: string): string => Buffer.from(sha256(Buffer.from(text, "utf8"))).toString("hex");
