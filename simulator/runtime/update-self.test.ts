import { describe, expect, it } from "vitest";
import { any, bool, bytes, string } from "./args.js";
import { contractModel, method } from "./contract-model.js";
import { hash160FromDisplay } from "./hash160.js";
import { boolItem, bytesItem, stringItem } from "./items.js";
import { ModelChain } from "./model-chain.js";
import { sender } from "./witness.js";
import { ADMIN } from "../test-support/model-kit.js";

/** A contract whose _deploy records the update flag, and an `update` that updates itself. */
const SELF = contractModel("Self", [
  method("_deploy", [any, bool], (ctx, _data, update) => { ctx.storage.put(update ? "75" : "64", "01"); }),
  method("update", [bytes, string, any], (ctx, nef, manifest, data) => { ctx.updateSelf(nef, manifest, data); }),
]);
const CODE = { nef: "4e454633" + "00".repeat(8), manifest: "{\"name\":\"Self\"}" };
const HASH = "0x" + "77".repeat(20);

describe("ContractManagement.update of a contract's own code (issue #15)", () => {
  const deployed = () => {
    const chain = ModelChain.create();
    expect(chain.deploy(HASH, SELF, { signers: [sender(ADMIN)], now: 1_000n }, CODE).state).toBe("HALT");
    return chain;
  };
  const update = (chain: ModelChain, nef: string, manifest: string) =>
    chain.invoke({ contract: HASH, method: "update", args: [bytesItem(nef), stringItem(manifest), boolItem(true)] }, { signers: [sender(ADMIN)], now: 2_000n });

  it("runs _deploy(data, true) and notifies ContractManagement's Update; a copy keeps the code", () => {
    const chain = deployed().copy();
    const out = update(chain, CODE.nef, CODE.manifest);
    expect(out.state).toBe("HALT");
    expect(out.state === "HALT" && out.notifications).toEqual([{ contract: "0xfffdc93764dbaddd97c48f252a53ea4643faa3fd", eventName: "Update", args: [bytesItem(hash160FromDisplay(HASH))] }]);
    expect(chain.storage(HASH).map((e) => e.keyHex)).toEqual(["64", "75"]);
  });

  it("faults for other code, and when the deployer gave none", () => {
    expect(update(deployed(), CODE.nef + "00", CODE.manifest).state).toBe("FAULT");
    expect(update(deployed(), CODE.nef, "{}").state).toBe("FAULT");
    const bare = ModelChain.create();
    bare.deploy(HASH, SELF, { signers: [sender(ADMIN)], now: 1_000n });
    expect(update(bare, CODE.nef, CODE.manifest).state).toBe("FAULT");
    expect(bare.storage(HASH).map((e) => e.keyHex)).toEqual(["64"]);
  });
});
