/**
 * The only name mapping of the project (STYLE.md): app slug ↔ C# contract (manifest) name ↔
 * APP_ID ↔ base class ↔ TEE script names, as spec README §8 lists them, in the fixture's order
 * (platform.md §6 deploys and configures apps in this order). `built` says whether the project
 * has the app's contract yet; the probe apps exist only to test base behaviour on chain.
 */
export type BaseClass =
  | "MiniAppServiceBase"
  | "MiniAppGameBase"
  | "MiniAppGameComputeBase"
  | "MiniAppComputeBase"
  | "MiniAppTimeLockBase";

export interface AppEntry {
  readonly slug: string;
  readonly contractName: string;
  readonly appId: string;
  readonly base: BaseClass;
  readonly scripts: readonly string[];
  readonly built: boolean;
  readonly probe?: true;
  /**
   * Contracts (manifest names, built from contracts/) that the app's worlds deploy after the apps,
   * by ADMIN, and know by that name (world.hashes.apps): NeoGacha's NEP-17 item token.
   */
  readonly extraContracts?: readonly string[];
}

const app = (slug: string, contractName: string, appId: string, base: BaseClass, scripts: string[] = [], built = false): AppEntry =>
  ({ slug, contractName, appId, base, scripts, built });

export const APPS: readonly AppEntry[] = [
  app("daily-checkin", "MiniAppDailyCheckin", "miniapp-dailycheckin", "MiniAppServiceBase", [], true),
  app("burn-league", "MiniAppBurnLeague", "miniapp-burn-league", "MiniAppServiceBase", [], true),
  app("compound-capsule", "MiniAppCompoundCapsule", "miniapp-compound-capsule", "MiniAppServiceBase", [], true),
  app("doomsday-clock", "MiniAppDoomsdayClock", "miniapp-doomsday-clock", "MiniAppGameBase", [], true),
  app("lottery", "MiniAppLottery", "miniapp-lottery", "MiniAppGameComputeBase", ["scratch-prize", "draw-winner"], true),
  app("red-envelope", "MiniAppRedEnvelope", "miniapp-redenvelope", "MiniAppComputeBase", ["distribute-packets"], true),
  { ...app("neo-gacha", "MiniAppNeoGacha", "miniapp-neo-gacha", "MiniAppGameComputeBase", ["select-item"], true), extraContracts: ["ItemToken"] },
  app("masquerade-dao", "MiniAppMasqueradeDAO", "miniapp-masqueradedao", "MiniAppServiceBase", [], true),
  app("coin-flip", "MiniAppCoinFlip", "miniapp-coinflip", "MiniAppGameComputeBase", ["flip-coin"], true),
  app("on-chain-tarot", "MiniAppOnChainTarot", "miniapp-onchaintarot", "MiniAppComputeBase", ["calculate-cards"], true),
  app("time-capsule", "MiniAppTimeCapsule", "miniapp-time-capsule", "MiniAppTimeLockBase", [], true),
  app("turtle-match", "MiniAppTurtleMatch", "miniapp-turtle-match", "MiniAppGameComputeBase", ["turtle-match-logic"], true),
];

/** Test apps over the base classes (issue #5 item 6): deployed after the real apps. */
export const PROBES: readonly AppEntry[] = [
  { ...app("base-probe", "MiniAppBaseProbe", "miniapp-base-probe", "MiniAppGameComputeBase", ["probe-script"], true), probe: true },
  { ...app("timelock-probe", "MiniAppTimeLockProbe", "miniapp-timelock-probe", "MiniAppTimeLockBase", [], true), probe: true },
];

export const PLATFORM_CONTRACTS = ["PaymentHub", "PauseRegistry", "ServiceLayerGateway"] as const;
export type PlatformContract = (typeof PLATFORM_CONTRACTS)[number];

export function appBySlug(slug: string): AppEntry | undefined {
  return [...APPS, ...PROBES].find((a) => a.slug === slug);
}
