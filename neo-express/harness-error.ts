/**
 * A harness (infrastructure or usage) error: something outside the contracts under test went
 * wrong. It carries a stable `code`, a message naming the cause and a `fix` telling the user
 * what to do. A contract FAULT is never a HarnessError: it is an expected Outcome.
 */
export type HarnessErrorCode =
  | "CHAIN_FILE_MISSING"
  | "CHAIN_FILE_INVALID"
  | "DOTNET_TOOL_MISSING"
  | "NATIVE_LIBRARY_MISSING"
  | "CHAIN_START_TIMEOUT"
  | "CHAIN_EXITED"
  | "PORT_IN_USE"
  | "WRONG_NETWORK"
  | "RPC_TIMEOUT"
  | "RPC_ERROR"
  | "BLOCK_REJECTED"
  | "TIME_NOT_AFTER_TIP"
  | "GENESIS_EXHAUSTED"
  | "NEF_MISSING"
  | "UNKNOWN_ACCOUNT"
  | "UNKNOWN_CONTRACT"
  | "ENGINE_MISSING"
  | "ENGINE_EXITED"
  | "ENGINE_ERROR";

export class HarnessError extends Error {
  readonly code: HarnessErrorCode;
  readonly fix: string;

  constructor(code: HarnessErrorCode, message: string, fix: string) {
    super(`${message}\n  fix: ${fix}`);
    this.name = "HarnessError";
    this.code = code;
    this.fix = fix;
  }
}
