import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { HarnessError } from "../../harness-error.js";
import { register } from "../../lifecycle/process-registry.js";

/** Where `npm run build:engine` (and setup) puts the host. */
export const ENGINE_HOST_DLL = new URL("../../../build/engine-host/MiniApp.Engine.Host.dll", import.meta.url).pathname;

export type HostReply<T = unknown> = { ok: true; result: T } | { ok: false; error: string; code: string };

interface Pending {
  resolve(reply: HostReply): void;
  reject(error: Error): void;
}

/**
 * The engine host process (neo-express/engine/MiniApp.Engine.Host) and its protocol: one JSON
 * request per line on its stdin, one reply per line on its stdout, in order, matched by `id`.
 * Requests are pipelined (many may be in flight); a `batch` carries many operations in one
 * message. The process is registered so it never outlives the run.
 */
export class EngineHost {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly stderr: string[] = [];
  private exited: Error | undefined;

  private constructor(private readonly child: ChildProcess) {
    // A write to a host that just died fails with EPIPE: its 'exit' (below) rejects what is pending
    // with ENGINE_EXITED; unhandled, the pipe's error would crash the run instead (exit 1, no report).
    child.stdin!.on("error", () => {});
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => this.receive(line));
    createInterface({ input: child.stderr! }).on("line", (line) => {
      // MINIAPP_ENGINE_TIMING=1: the host's own profile, printed as it exits (HostTiming.cs).
      if (line.startsWith("engine host timing:")) console.error(line);
      this.stderr.push(line);
      if (this.stderr.length > 40) this.stderr.shift();
    });
    child.once("exit", (code, signal) => {
      this.exited = new HarnessError("ENGINE_EXITED", `the engine host exited (${signal ?? `code ${code}`})${this.stderr.length ? `:\n${this.stderr.join("\n")}` : ""}`,
        "run `npm run build:engine` and retry; the lines above are the host's own report");
      for (const p of this.pending.values()) p.reject(this.exited);
      this.pending.clear();
    });
  }

  /** Starts the host on a chain file; it answers once genesis is persisted. */
  static start(chainFile: string, dll = ENGINE_HOST_DLL): EngineHost {
    if (!existsSync(dll)) {
      throw new HarnessError("ENGINE_MISSING", `the engine host is not built (${dll} is missing)`, "run `npm run build:engine` (setup builds it too)");
    }
    // Tiered compilation off: on a loaded machine the tiered JIT hardly ever optimises NeoVM code.
    const child = spawn("dotnet", [dll, chainFile], {
      stdio: ["pipe", "pipe", "pipe"],
      env: { ...process.env, DOTNET_TieredCompilation: "0", DOTNET_CLI_TELEMETRY_OPTOUT: "1", DOTNET_NOLOGO: "1" },
    });
    register(child);
    return new EngineHost(child);
  }

  /** The host process's id (benchmarks read its CPU time). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** One operation; its error reply becomes a thrown HarnessError. */
  async request<T>(op: string, params: Record<string, unknown> = {}): Promise<T> {
    const reply = await this.send({ op, ...params });
    if (!reply.ok) throw hostError(op, reply);
    return reply.result as T;
  }

  /** Many operations in one message; each reply stands alone (one failing does not stop the rest). */
  async batch(requests: readonly ({ op: string } & Record<string, unknown>)[]): Promise<HostReply[]> {
    if (requests.length === 0) return [];
    return (await this.request<{ results: HostReply[] }>("batch", { requests })).results;
  }

  /** Closes stdin (the host exits on EOF) and waits for the exit; kills it after a grace period. */
  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once("exit", () => resolve()));
    this.child.stdin!.end();
    const timer = setTimeout(() => this.child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  }

  private send(message: Record<string, unknown>): Promise<HostReply> {
    if (this.exited) return Promise.reject(this.exited);
    const id = this.nextId++;
    return new Promise<HostReply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.stdin!.write(JSON.stringify({ id, ...message }) + "\n");
    });
  }

  private receive(line: string): void {
    let reply: HostReply & { id: number };
    try {
      reply = JSON.parse(line) as HostReply & { id: number };
    } catch {
      this.stderr.push(`(stdout) ${line}`);
      return;
    }
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    pending.resolve(reply);
  }
}

/** A host error reply as a harness error: a rejected block keeps the chain's code, the rest is the engine's. */
export function hostError(op: string, reply: { error: string; code: string }): HarnessError {
  if (reply.code === "BLOCK_REJECTED") return new HarnessError("BLOCK_REJECTED", `the engine rejected the block: ${reply.error}`, "block times must increase and senders must hold their fees");
  return new HarnessError("ENGINE_ERROR", `engine host ${op}: ${reply.error} (${reply.code})`, "a harness bug or a malformed request: report it with this message");
}
