import { UsageError } from "../config/usage-error.js";

/** An integer option within [min, max], refused up front (exit 2) naming the option. */
export const integer = (name: string, min: number, max: number, example = 100) => (v: string) => {
  if (!/^-?\d+$/.test(v.trim())) throw new UsageError("OPTION_INVALID", `${name} must be an integer, not "${v}"`, `write e.g. ${name} ${example}`);
  const n = Number(v);
  if (n < min || n > max) throw new UsageError("OPTION_INVALID", `${name} ${v} is out of range: it must be between ${min} and ${max}`, `write e.g. ${name} ${example}`);
  return n;
};
