import type { ContractFiles } from "../../../neo-express/driver/contract-files.js";
import type { WorldContracts } from "../../../neo-express/world/build-worlds.js";
import { builtContract } from "../../../neo-express/world/built-contracts.js";
import { projectContracts } from "../../test-support/doomsday-context.js";

/** The project's builds of the platform and NeoGacha (or a variant of it), as a run's contracts; ItemToken comes with the app (AppEntry.extraContracts). */
export const neoGachaContracts = (files: ContractFiles = builtContract("MiniAppNeoGacha")): WorldContracts => projectContracts(files, "neo-gacha");

export const neoGachaReplay = (lane?: "engine") => (seed: number, path: string) =>
  `npx miniapp-verify replay --app neo-gacha --seed ${seed} --path ${path}${lane ? ` --lane ${lane}` : ""}`;
