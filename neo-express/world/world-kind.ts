/**
 * Which of the platform.md §6 step-5 settings the apps of a world received (issue #15, "the
 * deployment window"). The fixture deploys every app (step 2) and only then, per app, calls
 * `setPaymentHub`, `setPauseRegistry`, `setGateway` (step 5): between those transactions the app
 * is deployed and not (fully) configured, real chain state where the "payment hub not set" and
 * "gateway not set" guards and the "no pause registry → not paused" path are reached.
 *
 * - `configured`: all three (the spec's fixture);
 * - `no-gateway`: after `setPauseRegistry` (hub and registry set, no gateway);
 * - `hub-only`: after `setPaymentHub` (no registry, no gateway);
 * - `unconfigured`: before `setPaymentHub` (none);
 * - `unfunded`: all three settings and scripts, before step 7 (ADMIN's GAS to each app): every
 *   payout of the app faults with its transfer message ("transfer failed"), as README §6 "Pools
 *   are accounting values" intends for a payout larger than the app's balance.
 *
 * Decision (the spec is silent): every app of such a world gets the same prefix of its step-5
 * settings, and the fixture's later steps (6: scripts, 7: each app's GAS) still run. In the
 * spec's order they follow step 5; they do not read the settings, so the state is the one ADMIN
 * reaches by making the app's remaining step-5 settings last, and a sequence tests the settings
 * alone, not an unfunded app.
 */
export type WorldKind = "configured" | "no-gateway" | "hub-only" | "unconfigured" | "unfunded";

/** How many of step 5's settings (setPaymentHub, setPauseRegistry, setGateway, in this order) each app of a world of `kind` receives. */
export function step5Settings(kind: WorldKind): number {
  return { configured: 3, unfunded: 3, "no-gateway": 2, "hub-only": 1, unconfigured: 0 }[kind];
}

/** Whether step 7 (ADMIN's GAS to each app) ran. */
export function appsFunded(kind: WorldKind): boolean {
  return kind !== "unfunded";
}
