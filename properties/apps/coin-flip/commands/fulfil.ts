// The RNG worker's fulfilment is shared by the apps with a legacy RNG path (patterns/two-phase/rng-fulfil.ts).
import { RngFulfil, type RngAnswer as Answer } from "../../../patterns/two-phase/rng-fulfil.js";
import type { CoinFlipSequence } from "../sequence-model.js";

export type { Answer };

/** CoinFlip's fulfilment: the shared command over its sequence. */
export class Fulfil extends RngFulfil<CoinFlipSequence> {}
