import { builtContract } from "../../neo-express/world/built-contracts.js";
import type { ContractFiles } from "../../neo-express/driver/contract-files.js";
import type { WorldContracts } from "../../neo-express/world/build-worlds.js";
import { projectContracts } from "./doomsday-context.js";

/** The project's own builds of the platform and CoinFlip (or a variant of it), as a run's contracts. */
export const coinFlipContracts = (files: ContractFiles = builtContract("MiniAppCoinFlip")): WorldContracts => projectContracts(files, "coin-flip");

export const coinFlipReplay = (lane?: "engine") => (seed: number, path: string) =>
  `npx miniapp-verify replay --app coin-flip --seed ${seed} --path ${path}${lane ? ` --lane ${lane}` : ""}`;
