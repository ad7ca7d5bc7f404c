using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Services;

namespace Neo.SmartContract.Framework.Native
{
    /// <summary>Native ContractManagement (subset).</summary>
    [Contract("0xfffdc93764dbaddd97c48f252a53ea4643faa3fd")]
    public class ContractManagement
    {
        [ContractHash] public static extern UInt160 Hash { get; }
        public static extern long GetMinimumDeploymentFee();
        public static extern Contract GetContract(UInt160 hash);
        public static extern bool HasMethod(UInt160 hash, string method, int pcount);
        public static extern Contract Deploy(ByteString nefFile, string manifest);
        public static extern Contract Deploy(ByteString nefFile, string manifest, object data);
        public static extern void Update(ByteString nefFile, string manifest);
        public static extern void Update(ByteString nefFile, string manifest, object data);
        public static extern void Destroy();
    }
}
