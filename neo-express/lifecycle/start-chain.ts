import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync, mkdirSync, openSync, readFileSync, closeSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readChainFile, DEFAULT_CHAIN_FILE, type ChainFile, type RawChainFile } from "../chain-file.js";
import { HarnessError } from "../harness-error.js";
import { Rpc } from "../driver/rpc.js";
import { assertPortFree, freePort } from "./free-port.js";
import { neoxpDll, neoxpEnv } from "./neoxp-tool.js";
import { register } from "./process-registry.js";
import { privateTmpWrapper } from "./private-tmp.js";
import { checkNetwork, type NetworkInfo } from "./check-network.js";

const POLICY_CONTRACT = "0xcc5e4edd9f5f8dba8bb65734541df7a1c081c67b";

export interface StartChainOptions {
  chainFile?: string;
  /** Fixed ports instead of free ones (tests of the port-in-use error use this). */
  ports?: { rpc: number; tcp: number; ws: number };
  /** Overrides of the chain file's `settings` for this run (e.g. a short block time in a test). */
  settings?: Record<string, string>;
  startTimeoutMs?: number;
}

export interface RunningChain {
  readonly chain: ChainFile;
  readonly rpc: Rpc;
  readonly network: NetworkInfo;
  readonly runDir: string;
  readonly logFile: string;
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts a neo-express node for one run: a copy of the chain file with ports free right now, its
 * node data under the run's own XDG data folder (never the user's ~/.local/share chains), waits
 * until RPC answers, and checks that the node is the chain the file describes.
 */
export async function startChain(options: StartChainOptions = {}): Promise<RunningChain> {
  const chain = readChainFile(options.chainFile ?? DEFAULT_CHAIN_FILE);
  const dll = neoxpDll();
  const ports = options.ports ?? { rpc: await freePort(), tcp: await freePort(), ws: await freePort() };
  if (options.ports) {
    for (const [what, port] of Object.entries(options.ports)) await assertPortFree(port, what);
  }
  const runDir = mkdtempSync(join(tmpdir(), "miniapp-neoxp-"));
  const dataDir = join(runDir, "data");
  mkdirSync(dataDir);
  const runFile = join(runDir, "chain.neo-express");
  writeFileSync(runFile, JSON.stringify(withPorts(chain.raw, ports, options.settings), null, 2));

  const logFile = join(runDir, "neoxp.log");
  const log = openSync(logFile, "a");
  const command = [...(privateTmpWrapper() ?? []), "dotnet", dll, "run", "-i", runFile];
  const child = spawn(command[0]!, command.slice(1), {
    cwd: runDir,
    env: neoxpEnv({ XDG_DATA_HOME: dataDir }),
    stdio: ["ignore", log, log],
  });
  closeSync(log);
  register(child);

  const rpc = new Rpc(`http://127.0.0.1:${ports.rpc}`, 30_000);
  const stop = () => stopChain(child, rpc, runDir);
  try {
    await waitForRpc(child, rpc, logFile, options.startTimeoutMs ?? 60_000);
    const expectedMsPerBlock = Number(options.settings?.["chain.SecondsPerBlock"] ?? chain.settings["chain.SecondsPerBlock"] ?? "15") * 1000;
    const network = await checkNetwork(rpc, chain.magic, expectedMsPerBlock);
    return { chain, rpc, network, runDir, logFile, process: child, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

function withPorts(raw: RawChainFile, ports: { rpc: number; tcp: number; ws: number }, settings?: Record<string, string>): RawChainFile {
  const copy = structuredClone(raw);
  const node = copy["consensus-nodes"][0]!;
  node["rpc-port"] = ports.rpc;
  node["tcp-port"] = ports.tcp;
  node["ws-port"] = ports.ws;
  copy.settings = { ...copy.settings, ...settings };
  return copy;
}

async function waitForRpc(child: ChildProcess, rpc: Rpc, logFile: string, timeoutMs: number): Promise<void> {
  const quick = new Rpc(rpc.url, 1_000);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw exitedError(logFile, child);
    try {
      // RPC answers before the node is ready for invocations: wait for the dBFT block 1 that
      // neo-express makes at start, and for a native contract call to work.
      if ((await quick.call<number>("getblockcount")) >= 2) {
        const probe = await quick.call<{ state: string }>("invokefunction", [POLICY_CONTRACT, "getFeePerByte", []]);
        if (probe.state === "HALT") return;
      }
      await new Promise((r) => setTimeout(r, 100));
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new HarnessError("CHAIN_START_TIMEOUT", `neo-express did not answer RPC at ${rpc.url} within ${timeoutMs} ms; log: ${logFile}\n${tail(logFile)}`,
    "check the log above; a slow machine may need a longer start timeout");
}

function exitedError(logFile: string, child: ChildProcess): HarnessError {
  const text = tail(logFile);
  if (/address already in use|SocketException/i.test(text)) {
    return new HarnessError("PORT_IN_USE", `neo-express could not bind its ports (a port is in use):\n${text}`,
      "let the harness choose free ports (the default), or stop whatever holds the port");
  }
  if (/RocksDbSharp\.Native|snappy/i.test(text)) {
    return new HarnessError("NATIVE_LIBRARY_MISSING", `neo-express's RocksDB could not load its native library:\n${text}`,
      "install Debian's snappy library: `apt-get update && apt-get install -y libsnappy1v5` (npm run setup does this as root)");
  }
  if (/Node already running/i.test(text)) {
    return new HarnessError("CHAIN_EXITED", `neo-express refused to start: another node with the same consensus key runs on this machine:\n${text}`,
      "this machine allows no private mount namespace (unshare), so only one run at a time: stop the other run");
  }
  return new HarnessError("CHAIN_EXITED", `neo-express exited during start (code ${child.exitCode}, signal ${child.signalCode}):\n${text}`,
    "read the node's output above");
}

function tail(file: string, lines = 25): string {
  try {
    return readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

/**
 * Stops the node and removes its run directory. A node that does not answer `expressshutdown`
 * hung (or was busy past 2 s): its log is what explains the RPC_TIMEOUT the run reported, so it is
 * kept beside the removed directory (`<runDir>.log`) and its path printed on stderr.
 */
async function stopChain(child: ChildProcess, rpc: Rpc, runDir: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      await new Rpc(rpc.url, 2_000).call("expressshutdown");
    } catch {
      try {
        copyFileSync(join(runDir, "neoxp.log"), `${runDir}.log`);
        process.stderr.write(`neo-express did not answer expressshutdown; its log is kept at ${runDir}.log\n`);
      } catch { /* no log to keep */ }
      child.kill("SIGTERM");
    }
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  }
  rmSync(runDir, { recursive: true, force: true });
}
