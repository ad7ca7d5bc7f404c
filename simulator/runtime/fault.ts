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

/** `throw new Exception(message)`. */
export function fail(message: string): never {
  throw new ContractFault(message);
}

/** `if (!condition) throw new Exception(message);` — the precondition form of the spec. */
export function check(condition: boolean, message: string): void {
  if (!condition) throw new ContractFault(message);
}

export function vmFault(text: string): never {
  throw new VmFault(text);
}
