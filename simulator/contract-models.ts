import type { ContractModel } from "./runtime/contract-model.js";
import { PAYMENT_HUB } from "./platform/payment-hub/payment-hub.js";
import { PAUSE_REGISTRY } from "./platform/pause-registry/pause-registry.js";
import { SERVICE_LAYER_GATEWAY } from "./platform/service-layer-gateway/service-layer-gateway.js";
import { DOOMSDAY_CLOCK } from "./apps/doomsday-clock/model.js";
import { COIN_FLIP } from "./apps/coin-flip/model.js";
import { TURTLE_MATCH } from "./apps/turtle-match/model.js";
import { DAILY_CHECKIN } from "./apps/daily-checkin/model.js";
import { BURN_LEAGUE } from "./apps/burn-league/model.js";
import { RED_ENVELOPE } from "./apps/red-envelope/model.js";
import { BASE_PROBE } from "./apps/base-probe/model.js";
import { TIMELOCK_PROBE } from "./apps/timelock-probe/model.js";
import { TIME_CAPSULE } from "./apps/time-capsule/model.js";
import { COMPOUND_CAPSULE } from "./apps/compound-capsule/model.js";
import { NEO_GACHA } from "./apps/neo-gacha/model.js";
import { ITEM_TOKEN } from "./apps/item-token/model.js";
import { LOTTERY } from "./apps/lottery/model.js";
import { ON_CHAIN_TAROT } from "./apps/on-chain-tarot/model.js";
import { MASQUERADE_DAO } from "./apps/masquerade-dao/model.js";

/** The model of each contract, by manifest name (the same name as the C# class). */
const MODELS: ReadonlyMap<string, ContractModel> = new Map([
  PAYMENT_HUB,
  PAUSE_REGISTRY,
  SERVICE_LAYER_GATEWAY,
  DOOMSDAY_CLOCK,
  COIN_FLIP,
  DAILY_CHECKIN,
  RED_ENVELOPE,
  TIME_CAPSULE,
  TURTLE_MATCH,
  BURN_LEAGUE,
  COMPOUND_CAPSULE,
  NEO_GACHA,
  ITEM_TOKEN,
  LOTTERY,
  ON_CHAIN_TAROT,
  MASQUERADE_DAO,
  BASE_PROBE,
  TIMELOCK_PROBE,
].map((m) => [m.name, m]));

export function contractModelOf(name: string): ContractModel {
  const model = MODELS.get(name);
  if (!model) throw new Error(`no model of contract ${name}; models: ${[...MODELS.keys()].join(", ")}`);
  return model;
}
