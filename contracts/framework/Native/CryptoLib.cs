using Neo.SmartContract.Framework.Attributes;

namespace Neo.SmartContract.Framework.Native
{
    /// <summary>Native CryptoLib (subset).</summary>
    [Contract("0x726cb6e0cd8628a1350a611384688911ab75f51b")]
    public static class CryptoLib
    {
        [ContractHash] public static extern UInt160 Hash { get; }
        public static extern ByteString Sha256(ByteString value);
        public static extern ByteString Ripemd160(ByteString value);
        public static extern ByteString Murmur32(ByteString value, uint seed);
    }
}
