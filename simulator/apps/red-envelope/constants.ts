// red-envelope.md "Constants"; mirrors the constants of contracts/RedEnvelope/MiniAppRedEnvelope.cs.
export const APP_ID = "miniapp-redenvelope";
export const SCRIPT_NAME = "distribute-packets";
export const CALLBACK_METHOD = "onServiceCallback";
export const MIN_AMOUNT = 10_000_000n;
export const MAX_PACKETS = 100n;
export const MIN_PACKET = 1_000_000n;
export const DEFAULT_EXPIRY = 86_400_000n;
export const MAX_MESSAGE = 256;

/** Envelope State: 0 pending, 1 ready, 2 refunded. */
export const STATE = { pending: 0n, ready: 1n, refunded: 2n } as const;
/** Envelope Mode: 0 not yet settled, 1 RNG-legacy (packets stored), 2 eager (packets stored), 3 lazy. */
export const MODE = { unsettled: 0n, rng: 1n, eager: 2n, lazy: 3n } as const;
