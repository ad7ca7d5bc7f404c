using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Services;

namespace MiniApp.Compiler.Tests.Constructs.Contracts
{
    /// <summary>Calls another contract (StorageProbe) and reports the calling script hash it sees.</summary>
    [ContractPermission("*", "*")]
    public class CallerProbe : SmartContract
    {
        public static BigInteger PutThrough(UInt160 target, ByteString key, BigInteger value)
        {
            Contract.Call(target, "put", CallFlags.All, key, value);
            return (BigInteger)Contract.Call(target, "get", CallFlags.ReadOnly, key);
        }

        [Safe]
        public static UInt160 Caller() => Runtime.CallingScriptHash;

        [Safe]
        public static UInt160 Self() => Runtime.ExecutingScriptHash;

        public static UInt160 CallerSeenBy(UInt160 other) => (UInt160)Contract.Call(other, "caller", CallFlags.ReadOnly);
    }
}
