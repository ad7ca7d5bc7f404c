using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace MiniApp.Compiler.Tests.Constructs.Contracts
{
    /// <summary>
    /// No [ContractPermission]: calls to other contracts' non-safe methods must be refused by Neo;
    /// safe methods need no permission; native methods it calls are added by the compiler (spec §9).
    /// </summary>
    public class PermissionProbe : SmartContract
    {
        public static void WriteOther(UInt160 target) => Contract.Call(target, "put", CallFlags.All, (ByteString)"k", 1);

        public static BigInteger ReadOther(UInt160 target) => (BigInteger)Contract.Call(target, "get", CallFlags.ReadOnly, (ByteString)"k");

        public static bool PayOut(UInt160 to, BigInteger amount) => GAS.Transfer(Runtime.ExecutingScriptHash, to, amount, null);

        public static void OnNEP17Payment(UInt160 from, BigInteger amount, object data) { }
    }
}
