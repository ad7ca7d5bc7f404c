/** The model and the chain agreed, but not with the spec's perturbation table (or the honest submission failed). */
export class PerturbationError extends Error {
  constructor(readonly row: string, readonly expected: string, readonly got: string) {
    super(`${row}: expected ${expected}, got ${got}`);
    this.name = "PerturbationError";
  }
}
