import type { Actor } from "../../neo-express/driver/actor.js";
import type { DifferentialRun } from "./differential-run.js";
import { ChainSystem } from "./chain-system.js";

/** The world's actor behind a logical name, for building calls that name an account. */
export function chainActor(r: DifferentialRun, name: string): Actor {
  if (!(r.chain instanceof ChainSystem)) throw new Error("the chain side is not a ChainSystem");
  return r.chain.actor(name);
}
