import { storageOf, storedInt, type ChainInvariant, type ChainStep } from "../../harness/chain-invariant.js";
import { g7Conservation } from "../../harness/invariants/g7-conservation.js";
import type { StorageEntry } from "../../../neo-express/driver/chain-backend.js";
import { deserialize } from "../../../simulator/runtime/deserialize.js";
import type { Hex } from "../../../simulator/runtime/hex.js";
// The spec's storage layout (daily-checkin.md "Storage"), not the model's logic.
import { PREFIX_TOTAL_CHECKINS, PREFIX_TOTAL_REWARDED, PREFIX_TOTAL_USERS, PREFIX_USER } from "../../../simulator/apps/daily-checkin/storage-keys.js";

const LABEL = "DailyCheckin";

/** The stored UserStates by user (little-endian hex): [Streak, Highest, LastDay, Unclaimed, Claimed, Checkins, Resets, JoinTime]. */
function userStates(s: readonly StorageEntry[]): Map<string, bigint[]> {
  const out = new Map<string, bigint[]>();
  for (const e of s) {
    if (!e.keyHex.startsWith(PREFIX_USER) || e.keyHex.length !== 2 + 40) continue;
    const item = deserialize(e.valueHex as Hex);
    const fields = item.type === "Struct" || item.type === "Array" ? item.items.map((f) => (f.type === "Integer" ? f.value : 0n)) : [];
    out.set(e.keyHex.slice(2), fields);
  }
  return out;
}

/**
 * DC-P5 from the chain alone, after every step: for every user `Unclaimed + Claimed` equals the
 * rewards its CheckedIn events announced plus its BonusReward amounts (counted from the world's
 * start); `43 = Σ Claimed`; `42 = Σ Checkins`; `41` = the number of stored states.
 */
function checkInAccounting(app: string): ChainInvariant {
  const accrued = new Map<string, bigint>();
  const me = app.replace(/^0x/, "").toLowerCase();
  return {
    id: "DC-P5",
    check({ outcome, observation, observed }: ChainStep) {
      if (outcome.state === "HALT") {
        for (const n of outcome.notifications) {
          if (n.contract.replace(/^0x/, "").toLowerCase() !== me) continue;
          const [user, a, b] = n.args;
          const amount = n.eventName === "CheckedIn" ? b : n.eventName === "BonusReward" ? a : undefined;
          if (user?.type === "ByteString" && amount?.type === "Integer") accrued.set(user.hex, (accrued.get(user.hex) ?? 0n) + amount.value);
        }
      }
      const storage = storageOf(observation, observed, LABEL);
      const users = userStates(storage);
      const out: string[] = [];
      let claimed = 0n;
      let checkins = 0n;
      for (const [user, f] of users) {
        const [unclaimed, userClaimed, userCheckins] = [f[3] ?? 0n, f[4] ?? 0n, f[5] ?? 0n];
        claimed += userClaimed;
        checkins += userCheckins;
        const announced = accrued.get(user) ?? 0n;
        if (unclaimed + userClaimed !== announced) out.push(`user ${user}: Unclaimed ${unclaimed} + Claimed ${userClaimed} ≠ Σ R + Σ M announced ${announced}`);
      }
      if (storedInt(storage, PREFIX_TOTAL_REWARDED) !== claimed) out.push(`43 = ${storedInt(storage, PREFIX_TOTAL_REWARDED)} ≠ Σ Claimed ${claimed}`);
      if (storedInt(storage, PREFIX_TOTAL_CHECKINS) !== checkins) out.push(`42 = ${storedInt(storage, PREFIX_TOTAL_CHECKINS)} ≠ Σ Checkins ${checkins}`);
      if (storedInt(storage, PREFIX_TOTAL_USERS) !== BigInt(users.size)) out.push(`41 = ${storedInt(storage, PREFIX_TOTAL_USERS)} ≠ ${users.size} stored states`);
      return out;
    },
  };
}

/**
 * DailyCheckin's accounting invariants, checked from the chain's state after every step without
 * the model: DC-P5 and G7 with `43` as the book of payouts (GAS leaves the app only as claimed
 * rewards: app GAS balance = funding + Σ GAS sent to the app − 43).
 */
export function dailyInvariants(app: string): ChainInvariant[] {
  return [checkInAccounting(app), g7Conservation({ label: LABEL, hash: app }, (s) => storedInt(s, PREFIX_TOTAL_REWARDED))];
}
