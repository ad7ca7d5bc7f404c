// A worker thread that starts a child process and registers it, for process-registry.test.ts.
import { register } from "tsx/esm/api";

register();
const { spawn } = await import("node:child_process");
const { parentPort } = await import("node:worker_threads");
const registry = await import("../process-registry.ts");
const child = spawn("sleep", ["300"], { stdio: "ignore" });
registry.register(child);
parentPort.postMessage(child.pid);
