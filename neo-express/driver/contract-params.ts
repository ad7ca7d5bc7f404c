import { sc, u } from "@cityofzion/neon-core";

/** A ByteArray argument from hex. (neon-core reads a plain string as base64, hence this helper.) */
export function byteArrayParam(hex: string): sc.ContractParam {
  return sc.ContractParam.byteArray(u.HexString.fromHex(hex, true));
}
