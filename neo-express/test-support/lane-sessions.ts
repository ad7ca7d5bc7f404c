import { afterAll, beforeAll } from "vitest";
import { EngineDriver } from "../driver/engine/engine-driver.js";
import { judgedPair, type JudgedPair } from "../driver/engine/judged-pair.js";

/** An engine host for the tests of one file: started before them, closed after them. */
export function useEngine(): () => EngineDriver {
  let engine: EngineDriver | undefined;
  beforeAll(async () => {
    engine = await EngineDriver.start();
  });
  afterAll(async () => {
    await engine?.close();
  });
  return () => engine ?? fail();
}

/** A judged pair (neo-express + engine host at the same height) for the tests of one file. */
export function useJudgedPair(): () => JudgedPair {
  let pair: JudgedPair | undefined;
  beforeAll(async () => {
    pair = await judgedPair();
  });
  afterAll(async () => {
    await pair?.stop();
  });
  return () => pair ?? fail();
}

function fail(): never {
  throw new Error("not started");
}
