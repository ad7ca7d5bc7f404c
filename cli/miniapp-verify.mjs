#!/usr/bin/env node
// The `miniapp-verify` command: runs the TypeScript entry point through tsx's loader, so the
// project ships no build step of its own.
import { register } from "tsx/esm/api";

register();
await import("./main.ts");
