using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace MiniApp.Compiler.Tests.Constructs.Contracts
{
    /// <summary>Native GAS transfers, onNEP17Payment, CheckWitness, _deploy and Runtime.Time.</summary>
    [ContractPermission("*", "transfer")]
    public class WalletProbe : SmartContract
    {
        const byte PrefixOwner = 0x01;
        const byte PrefixReceived = 0x02;
        const byte PrefixTime = 0x03;

        public static void _deploy(object data, bool update)
        {
            if (update) return;
            Transaction tx = (Transaction)Runtime.ScriptContainer;
            Storage.Put(Storage.CurrentContext, new byte[] { PrefixOwner }, (ByteString)tx.Sender);
        }

        public static void OnNEP17Payment(UInt160 from, BigInteger amount, object data)
        {
            if (Runtime.CallingScriptHash != GAS.Hash) throw new System.Exception("only GAS");
            BigInteger total = (BigInteger)Storage.Get(Storage.CurrentContext, new byte[] { PrefixReceived });
            Storage.Put(Storage.CurrentContext, new byte[] { PrefixReceived }, total + amount);
        }

        [Safe]
        public static UInt160 Owner() => (UInt160)Storage.Get(Storage.CurrentContext, new byte[] { PrefixOwner });

        [Safe]
        public static BigInteger Received() => (BigInteger)Storage.Get(Storage.CurrentContext, new byte[] { PrefixReceived });

        public static bool Withdraw(UInt160 to, BigInteger amount)
        {
            if (!Runtime.CheckWitness(Owner())) throw new System.Exception("unauthorized");
            if (!GAS.Transfer(Runtime.ExecutingScriptHash, to, amount, null)) throw new System.Exception("transfer failed");
            return true;
        }

        public static BigInteger Stamp()
        {
            BigInteger now = Runtime.Time;
            Storage.Put(Storage.CurrentContext, new byte[] { PrefixTime }, now);
            return now;
        }

        [Safe]
        public static BigInteger Now() => Runtime.Time;

        [Safe]
        public static bool IsWitness(UInt160 account) => Runtime.CheckWitness(account);
    }
}
