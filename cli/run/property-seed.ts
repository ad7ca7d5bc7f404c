import { sha256 } from "@noble/hashes/sha2.js";

/**
 * The seed of one property in a campaign: derived from the campaign seed and the property's id,
 * so a shard, a re-run of one app, or a run of one property uses the same seed as the full run.
 */
export function propertySeed(campaignSeed: number, app: string, property: string): number {
  const h = sha256(Buffer.from(`${campaignSeed}/${app}/${property}`, "utf8"));
  return Buffer.from(h).readInt32LE(0);
}
