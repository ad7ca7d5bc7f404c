import { createServer } from "node:net";
import { HarnessError } from "../harness-error.js";

/** A TCP port on 127.0.0.1 that was free a moment ago (the OS picks it). */
export function freePort(): Promise<number> {
  return listenOnce(0);
}

/**
 * Fails with PORT_IN_USE when `port` cannot be bound on 127.0.0.1. neo-express itself does not
 * stop when its P2P port is taken, and with its RPC port taken the harness would talk to a
 * stranger, so ports given by the user are checked before the node starts.
 */
export async function assertPortFree(port: number, what: string): Promise<void> {
  try {
    await listenOnce(port);
  } catch {
    throw new HarnessError("PORT_IN_USE", `the ${what} port ${port} is in use`,
      "let the harness choose free ports (the default), or stop whatever holds the port");
  }
}

function listenOnce(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
