/**
 * JSON inside `input` and `result` of compute-verified (platform.md §5): integers are decimal
 * strings (amounts may exceed 2^53), byte strings lowercase hex without 0x, addresses 0x… display
 * hex, booleans JSON booleans.
 */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | JsonObject;
export interface JsonObject { readonly [key: string]: JsonValue }
