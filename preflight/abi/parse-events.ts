import type { AbiParameter, SpecEvent } from "./spec-abi.js";
import { parseParameters } from "./parse-abi-table.js";

/**
 * The events of a spec section: the `Events:` (or `Event:`) sentence, each event written as
 * `` `Name(param Type, …)` ``. A parameter without a type takes the type the sentence gives for
 * all (`(all Integer)`). References such as "plus GameBase `BetLimitsChanged`" carry no
 * parentheses and are left to the inheritance, which adds the base's events.
 */
function parseEvents(section: string, from: string): SpecEvent[] {
  const sentence = section.split("\n").find((l) => /\bEvents?: `/.test(l));
  if (!sentence) return [];
  const text = sentence.slice(sentence.search(/\bEvents?: `/));
  const allType = /\(all (\w+)\)/.exec(text)?.[1];
  const none: readonly AbiParameter[] = [];
  return [...text.matchAll(/`(\w+)\(([^)]*)\)`/g)].map((m) => {
    const params = allType ? m[2]!.split(",").map((p) => `${p.trim()} ${allType}`).join(", ") : m[2]!;
    return { name: m[1]!, parameters: parseParameters(params.trim(), none, `${from}: event ${m[1]}`), from };
  });
}

export { parseEvents };
