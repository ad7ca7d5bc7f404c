import { createServer } from "node:net";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startChain } from "./start-chain.js";
import { checkNetwork } from "./check-network.js";
import { freePort } from "./free-port.js";
import { liveCount } from "./process-registry.js";
import { loadContractFiles } from "../driver/contract-files.js";
import { tinyContract } from "../test-support/tiny-contract.js";

describe("bad input and faults of the chain's lifecycle get one clear error each", () => {
  it("a missing chain file", async () => {
    await expect(startChain({ chainFile: "/nonexistent/x.neo-express" })).rejects.toMatchObject({ code: "CHAIN_FILE_MISSING" });
  });

  it("a port in use", async () => {
    const blocker = createServer();
    const port = await freePort();
    await new Promise<void>((r) => blocker.listen(port, "127.0.0.1", () => r()));
    try {
      for (const ports of [{ rpc: port, tcp: await freePort(), ws: await freePort() }, { rpc: await freePort(), tcp: port, ws: await freePort() }]) {
        const started = await startChain({ ports }).catch((e: unknown) => e);
        if ("stop" in (started as object)) await (started as { stop(): Promise<void> }).stop();
        expect(started).toMatchObject({ code: "PORT_IN_USE" });
      }
      expect(liveCount()).toBe(0);
    } finally {
      blocker.close();
    }
  });

  it("a node of another network, and a chain stopped cleanly with no process left", async () => {
    const chain = await startChain();
    try {
      await expect(checkNetwork(chain.rpc, chain.chain.magic + 1)).rejects.toMatchObject({ code: "WRONG_NETWORK" });
      await expect(checkNetwork(chain.rpc, chain.chain.magic, 1_000)).rejects.toMatchObject({ code: "WRONG_NETWORK" });
      expect((await checkNetwork(chain.rpc, chain.chain.magic, 15_000)).msPerBlock).toBe(15_000);
    } finally {
      await chain.stop();
    }
    expect(chain.process.exitCode ?? chain.process.signalCode).not.toBeNull();
    expect(liveCount()).toBe(0);
    await expect(chain.rpc.call("getblockcount")).rejects.toMatchObject({ code: "RPC_ERROR" });
  });

  it("a chain that does not answer in time", async () => {
    await expect(startChain({ startTimeoutMs: 50 })).rejects.toMatchObject({ code: "CHAIN_START_TIMEOUT" });
    expect(liveCount()).toBe(0);
  });

  it("a missing or broken NEF", () => {
    const dir = mkdtempSync(join(tmpdir(), "nef-"));
    const t = tinyContract();
    writeFileSync(join(dir, "a.nef"), t.nef);
    writeFileSync(join(dir, "a.manifest.json"), t.manifest);
    writeFileSync(join(dir, "bad.nef"), Buffer.from("not a nef"));
    expect(loadContractFiles(join(dir, "a.nef"), join(dir, "a.manifest.json")).name).toBe("TinyProbe");
    expect(() => loadContractFiles(join(dir, "missing.nef"), join(dir, "a.manifest.json"))).toThrow(/does not exist/);
    expect(() => loadContractFiles(join(dir, "bad.nef"), join(dir, "a.manifest.json"))).toThrow(/not a valid NEF/);
  });
});
