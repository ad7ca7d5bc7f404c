import { builtContract } from "../../../neo-express/world/built-contracts.js";
import { projectContracts } from "../../test-support/doomsday-context.js";

/** The project's builds of the platform and RedEnvelope, as a run's contracts. */
export const redEnvelopeContracts = () => projectContracts(builtContract("MiniAppRedEnvelope"), "red-envelope");
