using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Services;

namespace Neo.SmartContract.Framework.Native
{
    /// <summary>Native LedgerContract (subset).</summary>
    [Contract("0xda65b600f7124ce6c79950c1772a36403104f2be")]
    public class Ledger
    {
        [ContractHash] public static extern UInt160 Hash { get; }
        public static extern UInt256 CurrentHash { get; }
        public static extern uint CurrentIndex { get; }
        public static extern Block GetBlock(uint index);
        public static extern Block GetBlock(UInt256 hash);
        public static extern Transaction GetTransaction(UInt256 hash);
        public static extern int GetTransactionHeight(UInt256 hash);
    }
}
