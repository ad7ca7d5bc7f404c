/**
 * The two ways a model call FAULTs (spec README §7). A ContractFault is a contract's
 * `throw new Exception(message)`: the Outcome carries the exact message. A VmFault stands for a
 * fault raised by the VM or a native contract (no thrown message; G2 compares the state only).
 */
export class ContractFault extends Error {
  constructor(readonly thrown: string) {
    super(thrown);
    this.name = "ContractFault";
  }
}

export class VmFault extends Error {
  constructor(readonly text: string) {
    super(text);
    this.name = "VmFault";
  }
}

/**
 * A fault without a captured stack trace: a fault is a model call's ordinary FAULT outcome
 * (ModelChain turns it into one and nothing reads its stack), and capturing the stack was the
 * single largest model function in an engine-lane profile of issue #16 (~2 % of the harness).
 */
function unstacked<E extends Error>(make: () => E): E {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return make();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** `throw new Exception(message)`. */
export function fail(message: string): never {
  throw unstacked(() => new ContractFault(message));
}

/** `if (!condition) throw new Exception(message);` — the precondition form of the spec. */
export function check(condition: boolean, message: string): void {
  if (!condition) throw unstacked(() => new ContractFault(message));
}

export function vmFault(text: string): never {
  throw unstacked(() => new VmFault(text));
}
