using Neo.SmartContract.Framework.Attributes;

namespace Neo.SmartContract.Framework.Native
{
    /// <summary>Native PolicyContract (subset).</summary>
    [Contract("0xcc5e4edd9f5f8dba8bb65734541df7a1c081c67b")]
    public class Policy
    {
        [ContractHash] public static extern UInt160 Hash { get; }
        public static extern long GetFeePerByte();
        public static extern uint GetExecFeeFactor();
        public static extern uint GetStoragePrice();
        public static extern bool IsBlocked(UInt160 account);
    }
}
