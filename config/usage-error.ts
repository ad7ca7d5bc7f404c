/**
 * A usage or configuration error (exit code 2): the command line, the config file, a saved run
 * summary, or the contracts under test as configured cannot be used. Like HarnessError
 * (neo-express/harness-error.ts, for the chain) it carries a stable `code` and a `fix`; it is
 * separate because those codes are the chain's and all map to infrastructure failures.
 */
export type UsageErrorCode =
  | "CONFIG_MISSING"
  | "CONFIG_INVALID"
  | "REPORT_INPUT_MISSING"
  | "REPORT_INPUT_INVALID"
  | "REPORT_FORMAT_UNKNOWN"
  | "ABI_MISMATCH"
  | "NEF_UNSUPPORTED"
  | "CONTRACT_COMPILE_FAILED"
  | "SHARD_INVALID"
  | "GAS_SNAPSHOT_MISSING"
  | "GAS_SNAPSHOT_INVALID"

  | "OPTION_INVALID"
  | "OUTPUT_UNWRITABLE"
  | "FAILURE_INVALID";

class UsageError extends Error {
  readonly code: UsageErrorCode;
  readonly fix: string;

  constructor(code: UsageErrorCode, message: string, fix: string) {
    super(`${message}\n  fix: ${fix}`);
    this.name = "UsageError";
    this.code = code;
    this.fix = fix;
  }
}

export { UsageError };
