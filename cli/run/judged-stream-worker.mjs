// The lane-equivalence stream's thread (judged-stream.ts) runs TypeScript through tsx's loader,
// as the `miniapp-verify` command itself does.
import { register } from "tsx/esm/api";

register();
await import("./judged-stream-worker.ts");
