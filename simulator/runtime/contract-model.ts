import type { CallContext } from "./call-context.js";
import type { StackItem } from "./stack-item.js";
import type { Decoder } from "./args.js";
import { vmFault } from "./fault.js";

/** A method as the manifest lists it: name, parameter count, safe flag, and its model body. */
export interface ModelMethod {
  readonly name: string;
  readonly params: number;
  readonly safe: boolean;
  /** Returns the value the VM would return; undefined for Void (the caller sees Any). */
  readonly run: (ctx: CallContext, args: readonly StackItem[]) => StackItem | undefined;
}

/**
 * A contract model: stateless code over the storage the chain keeps for it, so copying the
 * chain copies every contract's state.
 */
export interface ContractModel {
  /** The manifest name. */
  readonly name: string;
  readonly methods: ReadonlyMap<string, ModelMethod>;
  /**
   * Methods this contract may call on any contract (the manifest's "*" permission); undefined
   * allows every call. Calls of safe methods need no permission (Neo 3.5).
   */
  readonly permissions?: readonly string[];
}

type Decoded<D extends readonly Decoder<unknown>[]> = { [K in keyof D]: D[K] extends Decoder<infer T> ? T : never };

/** A method whose arguments are decoded from stack items by `params`, in order. */
export function method<const D extends readonly Decoder<unknown>[]>(
  name: string,
  params: D,
  body: (ctx: CallContext, ...args: Decoded<D>) => StackItem | undefined | void,
  options: { readonly safe?: boolean } = {},
): ModelMethod {
  return {
    name,
    params: params.length,
    safe: options.safe ?? false,
    run: (ctx, args) => {
      if (args.length !== params.length) vmFault(`Method "${name}" with ${args.length} parameter(s) doesn't exist`);
      const decoded = params.map((decode, i) => decode(args[i]!)) as Decoded<D>;
      return body(ctx, ...decoded) ?? undefined;
    },
  };
}

export function contractModel(name: string, methods: readonly ModelMethod[], permissions?: readonly string[]): ContractModel {
  const table = new Map<string, ModelMethod>();
  for (const m of methods) {
    if (table.has(m.name)) throw new Error(`${name}: method ${m.name} defined twice (nccs: NC3003 Duplicate method key)`);
    table.set(m.name, m);
  }
  return permissions ? { name, methods: table, permissions } : { name, methods: table };
}
