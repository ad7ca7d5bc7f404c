import http from "node:http";
import { rpc } from "@cityofzion/neon-core";
import { HarnessError } from "../harness-error.js";

/**
 * JSON-RPC to one node: neon-core's queries (`rpc.Query`) over Node's http, on a kept-alive connection. Every call has a
 * client-side timeout: a node that hangs (for example on a block whose sender cannot pay its fees)
 * becomes a clear harness error instead of a test that never ends.
 *
 * Why not neon-core's dispatcher: its fetch (node-fetch through cross-fetch) asks for gzip, which
 * neo-express's RPC server then spends CPU compressing and the harness decompressing, for replies
 * that never leave the machine; and its timeout timers outlive their requests. Without
 * Accept-Encoding the server answers uncompressed: a 100-sequence DoomsdayClock lane-equivalence
 * campaign took 27.7 s instead of 30.4–32.7 s (node CPU 18.4 → 17.1 s, harness 22.2 → 18.3 s;
 * issue #16). Even "Accept-Encoding: identity" cost the server more than no header.
 */
export class Rpc {
  readonly url: string;
  readonly timeoutMs: number;

  constructor(url: string, timeoutMs = 30_000) {
    this.url = url;
    this.timeoutMs = timeoutMs;
    const parsed = new URL(url);
    this.target = { hostname: parsed.hostname, port: parsed.port, path: parsed.pathname + parsed.search };
  }

  async call<T>(method: string, params: unknown[] = []): Promise<T> {
    let response: JsonRpcResponse;
    try {
      response = await this.post(new rpc.Query({ method, params: params as rpc.JsonRpcParams }).export()) as JsonRpcResponse;
    } catch (e) {
      throw toHarnessError(method, this.url, e, this.timeoutMs);
    }
    if (response.error) throw new HarnessError("RPC_ERROR", `RPC ${method} failed: ${response.error.message}`, "see the node's reason above");
    return response.result as T;
  }

  /** Several calls in one HTTP round trip; results in order, each either a value or an error. */
  async batch(calls: readonly { method: string; params: unknown[] }[]): Promise<BatchResult[]> {
    if (calls.length === 0) return [];
    let responses: JsonRpcResponse[];
    try {
      responses = await this.post(calls.map((c) => new rpc.Query({ method: c.method, params: c.params as rpc.JsonRpcParams }).export())) as JsonRpcResponse[];
    } catch (e) {
      throw toHarnessError(calls.map((c) => c.method).join(","), this.url, e, this.timeoutMs);
    }
    return responses.map((r) => (r.error ? { ok: false as const, error: r.error } : { ok: true as const, value: r.result }));
  }

  /** The URL parsed once (http.request would parse a string on every call). */
  private readonly target: { hostname: string; port: string; path: string };

  private post(body: unknown): Promise<unknown> {
    const payload = Buffer.from(JSON.stringify(body));
    return new Promise((resolve, reject) => {
      const request = http.request({
        ...this.target,
        method: "POST",
        agent: KEEP_ALIVE,
        headers: { "Content-Type": "application/json", "Content-Length": payload.length },
        // The socket's idle timeout, not an AbortSignal: a signal per call (its timer, its weak
        // references) cost a few percent of the harness's CPU per step (issue #16, stop 19). A
        // node that hangs sends nothing, so idle time is the time since the call went out.
        timeout: this.timeoutMs,
      }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c));
        response.on("error", reject);
        response.on("end", () => {
          if (response.statusCode !== 200) return reject(new Error(`HTTP ${response.statusCode}`));
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")));
          } catch (e) {
            reject(e);
          }
        });
      });
      request.on("timeout", () => request.destroy(Object.assign(new Error(`no answer within ${this.timeoutMs} ms`), { name: "TimeoutError" })));
      request.on("error", reject);
      request.end(payload);
    });
  }
}

/** One connection kept open per node (neo-express's Kestrel keeps it too): no handshake per call. */
const KEEP_ALIVE = new http.Agent({ keepAlive: true });

interface JsonRpcResponse {
  result?: unknown;
  error?: { code: number; message: string };
}

export type BatchResult = { ok: true; value: unknown } | { ok: false; error: { code: number; message: string } };

function toHarnessError(method: string, url: string, e: unknown, timeoutMs: number): HarnessError {
  const err = e as Error & { code?: number; data?: string };
  if (err.name === "AbortError" || err.name === "TimeoutError" || /aborted/i.test(err.message)) {
    return new HarnessError("RPC_TIMEOUT", `RPC ${method} to ${url} got no answer within ${timeoutMs} ms`,
      "the node hung or died: its log is kept when it does not stop cleanly (the path is printed); a block whose sender cannot pay its fees hangs neo-express");
  }
  return new HarnessError("RPC_ERROR", `RPC ${method} to ${url} failed: ${err.message}${err.cause ? ` (${(err.cause as Error).message})` : ""}`,
    "is the chain running? start it through the harness (it picks free ports) and keep it running for the whole run");
}
