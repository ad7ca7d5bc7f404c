import type { EngineDriver } from "../../neo-express/driver/engine/engine-driver.js";
import type { RawCoverage } from "../../contract-coverage/raw-coverage.js";

/**
 * The engine hosts of a run that count contract coverage (the run's lane and the judged pairs in
 * openLanes; the judged pairs in the lane-equivalence thread), and what they counted.
 */
export function coverageCounter(enabled: boolean) {
  const counting: EngineDriver[] = [];
  return {
    /** Starts counting on `e` (nothing when coverage is off). */
    count: async (e: EngineDriver): Promise<void> => {
      if (!enabled) return;
      await e.startCoverage();
      counting.push(e);
    },
    /** What the hosts `which` picks have counted so far, their counting stopped. */
    take: async (which: (e: EngineDriver) => boolean = () => true): Promise<RawCoverage[]> => {
      const taken = counting.filter(which);
      for (const e of taken) counting.splice(counting.indexOf(e), 1);
      return (await Promise.all(taken.map((e) => e.coverage(true)))).flat();
    },
  };
}
