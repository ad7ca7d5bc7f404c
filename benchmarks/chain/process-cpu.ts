import { readdirSync, readFileSync } from "node:fs";

/** A process's CPU time (user + system) in ms, from /proc (Linux); NaN when it is gone. */
export function cpuMs(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return NaN;
  }
}

/** The CPU time of a process and of every living process below it (a node behind its wrappers), in ms. */
export function treeCpuMs(root: number | undefined): number {
  if (root === undefined) return NaN;
  const parent = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      parent.set(Number(entry), Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]!.split(" ")[1]));
    } catch {
      // gone meanwhile
    }
  }
  const below = (pid: number): boolean => pid === root || (parent.has(pid) && parent.get(pid) !== pid && parent.get(pid)! > 1 && below(parent.get(pid)!));
  return [...parent.keys()].filter(below).map(cpuMs).filter((x) => !Number.isNaN(x)).reduce((a, b) => a + b, 0);
}
