import { gasMoved, gasOf, storageOf, type ChainInvariant, type ChainStep } from "../chain-invariant.js";
import type { Observation } from "../../../neo-express/driver/observation.js";
import type { StorageEntry } from "../../../neo-express/driver/chain-backend.js";
import type { Observed } from "../differential-run.js";

/**
 * G7 (README §10) from the chain alone: `appGasBalance = funding + Σ GAS received + Σ minted − Σ
 * paid out`. Balances are observed net of NEO's mints, so after every step the app's balance must
 * have moved by exactly what the GAS contract's Transfer notifications to and from it say.
 *
 * With `recordedPayouts`, the app's own book of what it paid (DoomsdayClock's `44`, "total prizes
 * paid") takes the place of the notifications' Σ paid out: every GAS that left the app must be
 * booked there, so a payout the contract makes but does not book (or books but does not make)
 * fails even when the model shares the mistake.
 */
export function g7Conservation(app: { readonly label: string; readonly hash: string }, recordedPayouts?: (storage: readonly StorageEntry[]) => bigint): ChainInvariant {
  let funding = 0n;
  let received = 0n;
  let paid = 0n;
  let booked0 = 0n;
  const balance = (o: Observation, observed: Observed) => gasOf(o, observed, app.label);
  const booked = (o: Observation, observed: Observed) => (recordedPayouts ? recordedPayouts(storageOf(o, observed, app.label)) : 0n);
  return {
    id: "G7",
    start(initial, observed) {
      funding = balance(initial, observed);
      booked0 = booked(initial, observed);
    },
    check({ outcome, observation, observed }: ChainStep) {
      const moved = gasMoved(outcome, app.hash);
      received += moved.received;
      paid += moved.paid;
      const out = recordedPayouts ? booked(observation, observed) - booked0 : paid;
      const expected = funding + received - out;
      const actual = balance(observation, observed);
      if (actual === expected) return [];
      const how = recordedPayouts ? `booked payouts ${out} (notified ${paid})` : `paid out ${paid}`;
      return [`${app.label} holds ${actual} GAS datoshi, expected ${expected} = start ${funding} + received ${received} − ${how}`];
    },
  };
}
