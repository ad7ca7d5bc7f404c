import { thrownMessage, type Outcome, type Notification } from "../../simulator/runtime/outcome.js";
import { decodeStackItem, type StackItemJson } from "./decode-stack-item.js";

/** One execution as `invokefunction`/`invokescript` and `getapplicationlog` print it. */
export interface ExecutionJson {
  state?: string;
  vmstate?: string;
  exception: string | null;
  gasconsumed: string;
  stack: StackItemJson[];
  notifications: { contract: string; eventname: string; state: StackItemJson }[];
}

/** Turns an invoke result or an application-log execution into an Outcome seen at `time`. */
export function toOutcome(e: ExecutionJson, time: bigint): Outcome {
  const state = e.state ?? e.vmstate;
  const gasConsumed = BigInt(e.gasconsumed);
  if (state === "HALT") {
    const notifications: Notification[] = e.notifications.map((n) => ({
      contract: n.contract,
      eventName: n.eventname,
      args: n.state.type === "Array" ? (n.state.value as StackItemJson[]).map(decodeStackItem) : [decodeStackItem(n.state)],
    }));
    return { state: "HALT", time, gasConsumed, stack: e.stack.map(decodeStackItem), notifications };
  }
  const exception = e.exception ?? "";
  const message = thrownMessage(exception);
  return message === undefined
    ? { state: "FAULT", time, gasConsumed, exception }
    : { state: "FAULT", time, gasConsumed, exception, message };
}
