import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { HarnessError } from "../../harness-error.js";
import { register } from "../../lifecycle/process-registry.js";

/** Where `npm run build:engine` (and setup) puts the host. */
export const ENGINE_HOST_DLL = new URL("../../../build/engine-host/MiniApp.Engine.Host.dll", import.meta.url).pathname;

export type HostReply<T = unknown> = { ok: true; result: T } | { ok: false; error: string; code: string };

export type HostOp = { op: string } & Record<string, unknown>;

/** One caller's operations, waiting for the message that carries them, then for its answer. */
interface Submission {
  readonly ops: readonly HostOp[];
  resolve(replies: HostReply[]): void;
  reject(error: Error): void;
}

/**
 * The sequences' requests one message carries at most (see EngineHost): with more sequences at
 * once than this, two messages are in flight, so the harness works on one group's answers (the
 * model, the comparisons, the next commands) while the host runs the other group's blocks.
 */
export const SEQUENCES_PER_MESSAGE = 4;

/**
 * The engine host process (neo-express/engine/MiniApp.Engine.Host) and its protocol: one JSON
 * request per line on its stdin, one reply per line on its stdout, in order, matched by `id`.
 *
 * Callers do not write lines themselves: what they ask for in one turn of the event loop (each
 * sequence running at once reaches its next step in the same turn, right after the answer to its
 * last one) goes out as one `batch` message, at most `perMessage` callers' operations in each,
 * their answers split back per caller. The order of operations is the order of the calls, so a
 * caller that switches the host's state (EngineDriver's fork/restore prefix) finds it as if it
 * had sent alone. Messages are pipelined: a new one is written while earlier ones are still being
 * answered. The process is registered so it never outlives the run.
 */
export class EngineHost {
  private nextId = 1;
  private readonly pending = new Map<number, readonly Submission[]>();
  private queued: Submission[] = [];
  private flushing = false;
  /** Messages written and callers served (benchmarks read the callers per message). */
  readonly sent = { messages: 0, callers: 0 };
  private readonly stderr: string[] = [];
  private exited: Error | undefined;

  private constructor(private readonly child: ChildProcess, private readonly perMessage: number) {
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
      for (const group of [...this.pending.values(), this.queued]) for (const p of group) p.reject(this.exited);
      this.pending.clear();
      this.queued = [];
    });
  }

  /**
   * Starts the host on a chain file; it answers once genesis is persisted. A positive `niceness`
   * starts it under `nice`, every thread of it at that lower priority (see EngineOptions).
   */
  static start(chainFile: string, dll = ENGINE_HOST_DLL, perMessage = SEQUENCES_PER_MESSAGE, niceness = 0): EngineHost {
    if (!existsSync(dll)) {
      throw new HarnessError("ENGINE_MISSING", `the engine host is not built (${dll} is missing)`, "run `npm run build:engine` (setup builds it too)");
    }
    // Tiered compilation off: on a loaded machine the tiered JIT hardly ever optimises NeoVM code.
    // A 64 MiB gen-0 budget (as neo-express's, neoxpEnv) collects less often: lane equivalence of
    // DoomsdayClock and NeoGacha, seeds 1 and 2, two interleaved rounds on the quiet machine, 99.7
    // and 99.8 s with it against 106.0 and 104.6 s without (issue #16, stop 19). The environment's
    // own setting wins.
    const command = [...(niceness > 0 ? ["nice", "-n", String(niceness)] : []), "dotnet", dll, chainFile];
    const child = spawn(command[0]!, command.slice(1), {
      stdio: ["pipe", "pipe", "pipe"],
      env: { DOTNET_GCgen0size: "0x4000000", ...process.env, DOTNET_TieredCompilation: "0", DOTNET_CLI_TELEMETRY_OPTOUT: "1", DOTNET_NOLOGO: "1" },
    });
    register(child);
    return new EngineHost(child, Math.max(1, Math.floor(perMessage)));
  }

  /** The host process's id (benchmarks read its CPU time). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** One operation; its error reply becomes a thrown HarnessError. */
  async request<T>(op: string, params: Record<string, unknown> = {}): Promise<T> {
    const [reply] = await this.submit([{ op, ...params }]);
    if (!reply!.ok) throw hostError(op, reply!);
    return reply!.result as T;
  }

  /** Many operations, in order, in the same message; each reply stands alone (one failing does not stop the rest). */
  async batch(requests: readonly HostOp[]): Promise<HostReply[]> {
    if (requests.length === 0) return [];
    return this.submit(requests);
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

  /** Queues a caller's operations for the next message (written once this turn of the event loop ends). */
  private submit(ops: readonly HostOp[]): Promise<HostReply[]> {
    if (this.exited) return Promise.reject(this.exited);
    return new Promise<HostReply[]>((resolve, reject) => {
      this.queued.push({ ops, resolve, reject });
      if (!this.flushing) {
        this.flushing = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Writes what is queued, `perMessage` callers per message (a lone operation as itself, not as a batch). */
  private flush(): void {
    this.flushing = false;
    const queued = this.queued;
    this.queued = [];
    for (let i = 0; i < queued.length; i += this.perMessage) {
      const group = queued.slice(i, i + this.perMessage);
      const ops = group.flatMap((s) => s.ops);
      const id = this.nextId++;
      this.pending.set(id, group);
      this.sent.messages++;
      this.sent.callers += group.length;
      const message = ops.length === 1 ? { id, ...ops[0] } : { id, op: "batch", requests: ops };
      this.child.stdin!.write(JSON.stringify(message) + "\n");
    }
  }

  private receive(line: string): void {
    let reply: HostReply & { id: number };
    try {
      reply = JSON.parse(line) as HostReply & { id: number };
    } catch {
      this.stderr.push(`(stdout) ${line}`);
      return;
    }
    const group = this.pending.get(reply.id);
    if (!group) return;
    this.pending.delete(reply.id);
    const lone = group.length === 1 && group[0]!.ops.length === 1;
    // A batch refused as a whole (malformed) answers each of its operations with that error.
    const replies: HostReply[] = lone ? [reply] : reply.ok ? (reply.result as { results: HostReply[] }).results : group.flatMap((s) => s.ops.map(() => reply));
    let at = 0;
    for (const s of group) {
      s.resolve(replies.slice(at, at + s.ops.length));
      at += s.ops.length;
    }
  }
}

/** A host error reply as a harness error: a rejected block keeps the chain's code, the rest is the engine's. */
export function hostError(op: string, reply: { error: string; code: string }): HarnessError {
  if (reply.code === "BLOCK_REJECTED") return new HarnessError("BLOCK_REJECTED", `the engine rejected the block: ${reply.error}`, "block times must increase and senders must hold their fees");
  return new HarnessError("ENGINE_ERROR", `engine host ${op}: ${reply.error} (${reply.code})`, "a harness bug or a malformed request: report it with this message");
}
