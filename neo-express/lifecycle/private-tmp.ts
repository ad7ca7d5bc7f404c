import { spawnSync } from "node:child_process";

/**
 * neo-express refuses to run a node whose consensus key another running node already uses: it
 * holds a .NET named mutex, a file under the fixed path /tmp/.dotnet/shm (TMPDIR does not move
 * it). Every run of the committed chain file has the same consensus key, so two runs or shards on
 * one machine would collide. Each node therefore gets a private mount namespace with its own
 * empty /tmp/.dotnet (a tmpfs): as root with `unshare --mount`, otherwise through a user
 * namespace. Where neither works, nodes run unwrapped and a second one fails with a clear error.
 */
let cached: string[] | null | undefined;

export function privateTmpWrapper(): string[] | null {
  if (cached !== undefined) return cached;
  const mount = "mkdir -p /tmp/.dotnet && mount -t tmpfs -o mode=1777 tmpfs /tmp/.dotnet && mkdir -m 1777 /tmp/.dotnet/shm && exec \"$0\" \"$@\"";
  const candidates = [
    ["unshare", "--mount", "--propagation", "private", "sh", "-c", mount],
    ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", mount],
  ];
  cached = candidates.find((c) => spawnSync(c[0]!, [...c.slice(1), "true"], { stdio: "ignore" }).status === 0) ?? null;
  return cached;
}
