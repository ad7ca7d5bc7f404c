import { sha256 } from "@noble/hashes/sha2.js";
import type { ContractFiles } from "../../neo-express/driver/contract-files.js";
import type { ContractInfo } from "../../reports/run-summary.js";

const hex = (b: Uint8Array | string) => Buffer.from(sha256(typeof b === "string" ? Buffer.from(b, "utf8") : b)).toString("hex");

/** What a report says of a contract under test: where it came from and the hashes that name it. */
export function contractInfo(app: string, files: ContractFiles, nefPath: string, scripts: { name: string; sha256: string }[] = []): ContractInfo {
  return { app, contractName: files.name, nefPath, nefSha256: hex(files.nef), nefChecksum: files.checksum, manifestSha256: hex(files.manifest), scripts };
}
