import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { killAll } from "./process-registry.js";

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("the process registry", () => {
  // verify's lane-equivalence stream starts its pairs in a worker thread, which gets no signals.
  it("kills the children a worker thread started with the main thread's own", async () => {
    const worker = new Worker(new URL("./test-support/registry-worker.mjs", import.meta.url));
    const pid = await new Promise<number>((resolve, reject) => worker.once("message", resolve).once("error", reject));
    // The worker's announcement travels on its own channel: wait until the main thread has it.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(alive(pid)).toBe(true);
    killAll();
    for (let i = 0; i < 50 && alive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    await worker.terminate();
    expect(alive(pid)).toBe(false);
  });
});
