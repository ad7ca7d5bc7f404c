import { builtContract } from "../../neo-express/world/built-contracts.js";
import type { ContractFiles } from "../../neo-express/driver/contract-files.js";
import type { WorldContracts } from "../../neo-express/world/build-worlds.js";
import { projectContracts } from "./doomsday-context.js";

/** The project's own builds of the platform and OnChainTarot (or a variant of it), as a run's contracts. */
export const tarotContracts = (files: ContractFiles = builtContract("MiniAppOnChainTarot")): WorldContracts => projectContracts(files, "on-chain-tarot");

export const tarotReplay = (lane?: "engine") => (seed: number, path: string) =>
  `npx miniapp-verify replay --app on-chain-tarot --seed ${seed} --path ${path}${lane ? ` --lane ${lane}` : ""}`;
