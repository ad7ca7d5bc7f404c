import { builtContract } from "../../neo-express/world/built-contracts.js";
import type { ContractFiles } from "../../neo-express/driver/contract-files.js";
import type { WorldContracts } from "../../neo-express/world/build-worlds.js";
import { projectContracts } from "./doomsday-context.js";

/** The project's own builds of the platform and TurtleMatch (or a variant of it), as a run's contracts. */
export const turtleMatchContracts = (files: ContractFiles = builtContract("MiniAppTurtleMatch")): WorldContracts => projectContracts(files, "turtle-match");

export const turtleMatchReplay = (lane?: "engine") => (seed: number, path: string) =>
  `npx miniapp-verify replay --app turtle-match --seed ${seed} --path ${path}${lane ? ` --lane ${lane}` : ""}`;
