import { builtContract } from "../../../neo-express/world/built-contracts.js";
import { projectContracts } from "../../test-support/doomsday-context.js";

/** The project's builds of the platform and Lottery, as a run's contracts. */
export const lotteryContracts = () => projectContracts(builtContract("MiniAppLottery"), "lottery");
