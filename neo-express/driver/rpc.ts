import { rpc } from "@cityofzion/neon-core";
import { HarnessError } from "../harness-error.js";

/**
 * JSON-RPC to one node, on neon-core's client. Every call has a client-side timeout: a node that
 * hangs (for example on a block whose sender cannot pay its fees) becomes a clear harness error
 * instead of a test that never ends.
 */
export class Rpc {
  readonly url: string;
  readonly timeoutMs: number;
  private readonly client: rpc.RPCClient;

  constructor(url: string, timeoutMs = 30_000) {
    this.url = url;
    this.timeoutMs = timeoutMs;
    this.client = new rpc.RPCClient(url);
  }

  async call<T>(method: string, params: unknown[] = []): Promise<T> {
    try {
      return await this.client.execute<T>(new rpc.Query({ method, params: params as rpc.JsonRpcParams }), { timeout: this.timeoutMs });
    } catch (e) {
      throw toHarnessError(method, this.url, e, this.timeoutMs);
    }
  }

  /** Several calls in one HTTP round trip; results in order, each either a value or an error. */
  async batch(calls: readonly { method: string; params: unknown[] }[]): Promise<BatchResult[]> {
    if (calls.length === 0) return [];
    let responses: { result?: unknown; error?: { code: number; message: string } }[];
    try {
      responses = await rpc.sendQueryList(this.url, calls.map((c) => new rpc.Query({ method: c.method, params: c.params as rpc.JsonRpcParams })), { timeout: this.timeoutMs }) as typeof responses;
    } catch (e) {
      throw toHarnessError(calls.map((c) => c.method).join(","), this.url, e, this.timeoutMs);
    }
    return responses.map((r) => (r.error ? { ok: false as const, error: r.error } : { ok: true as const, value: r.result }));
  }
}

export type BatchResult = { ok: true; value: unknown } | { ok: false; error: { code: number; message: string } };

function toHarnessError(method: string, url: string, e: unknown, timeoutMs: number): HarnessError {
  const err = e as Error & { code?: number; data?: string };
  if (err.name === "AbortError" || /aborted/i.test(err.message)) {
    return new HarnessError("RPC_TIMEOUT", `RPC ${method} to ${url} got no answer within ${timeoutMs} ms`,
      "the node hung or died: its log is kept when it does not stop cleanly (the path is printed); a block whose sender cannot pay its fees hangs neo-express");
  }
  if (typeof err.code === "number" || err.name === "RpcError") {
    return new HarnessError("RPC_ERROR", `RPC ${method} failed: ${err.message}`, "see the node's reason above");
  }
  return new HarnessError("RPC_ERROR", `RPC ${method} to ${url} failed: ${err.message}`,
    "is the chain running? start it through the harness (it picks free ports) and keep it running for the whole run");
}
