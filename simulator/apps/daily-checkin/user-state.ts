// Mirrors contracts/DailyCheckin/UserState.cs: the UserState Struct, fields in declaration order.
import { intItem, structItem } from "../../runtime/items.js";
import { intField } from "../../runtime/record-fields.js";
import type { StackItem } from "../../runtime/stack-item.js";

export interface UserState {
  readonly streak: bigint;
  readonly highest: bigint;
  readonly lastDay: bigint;
  readonly unclaimed: bigint;
  readonly claimed: bigint;
  readonly checkins: bigint;
  readonly resets: bigint;
  readonly joinTime: bigint;
}

const FIELDS = ["streak", "highest", "lastDay", "unclaimed", "claimed", "checkins", "resets", "joinTime"] as const;

/** A new user's state: eight zeros. */
export const NEW_USER: UserState = { streak: 0n, highest: 0n, lastDay: 0n, unclaimed: 0n, claimed: 0n, checkins: 0n, resets: 0n, joinTime: 0n };

export const userStateRecord = (u: UserState): StackItem => structItem(FIELDS.map((f) => intItem(u[f])));

export function userStateOf(record: StackItem): UserState {
  return Object.fromEntries(FIELDS.map((f, i) => [f, intField(record, i)])) as unknown as UserState;
}
