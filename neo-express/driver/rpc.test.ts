import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Rpc } from "./rpc.js";

/** A JSON-RPC server on a free port that answers `getblockcount` and never answers `hang`. */
describe("Rpc: one kept-alive connection, a timeout per call", () => {
  let server: http.Server;
  let url = "";
  beforeAll(async () => {
    server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (c: Buffer) => chunks.push(c));
      request.on("end", () => {
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { id: number; method: string } | { id: number; method: string }[];
        const calls = Array.isArray(body) ? body : [body];
        if (calls.some((c) => c.method === "hang")) return; // a frozen node: the socket stays open, silent
        const replies = calls.map((c) => ({ jsonrpc: "2.0", id: c.id, result: 7 }));
        response.end(JSON.stringify(Array.isArray(body) ? replies : replies[0]));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it("answers calls and batches, and a call after a timed-out one still gets its answer", async () => {
    const rpc = new Rpc(url, 300);
    expect(await rpc.call<number>("getblockcount")).toBe(7);
    await expect(rpc.call("hang")).rejects.toMatchObject({ code: "RPC_TIMEOUT", message: expect.stringContaining("within 300 ms") });
    expect(await rpc.batch([{ method: "getblockcount", params: [] }, { method: "getblockcount", params: [] }])).toEqual([{ ok: true, value: 7 }, { ok: true, value: 7 }]);
    await expect(rpc.batch([{ method: "getblockcount", params: [] }, { method: "hang", params: [] }])).rejects.toMatchObject({ code: "RPC_TIMEOUT" });
  });

  it("a node that is not there is an RPC_ERROR that says to start the chain", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(new Rpc(`http://127.0.0.1:${port}`, 300).call("getblockcount")).rejects.toMatchObject({ code: "RPC_ERROR", message: expect.stringContaining("ECONNREFUSED") });
  });
});
