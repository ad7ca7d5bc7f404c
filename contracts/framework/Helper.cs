using System.Numerics;
using Neo.SmartContract.Framework.Attributes;

namespace Neo.SmartContract.Framework
{
    /// <summary>Extension helpers of Framework 3.5.0 (subset). Buffer results stay Buffers (0x30).</summary>
    public static class Helper
    {
        [OpCode(OpCode.CONVERT, StackItemType.Buffer)]
        public static extern byte[] ToByteArray(this string source);

        [OpCode(OpCode.CONVERT, StackItemType.ByteString)]
        public static extern string ToByteString(this byte[] source);

        [OpCode(OpCode.WITHIN)]
        public static extern bool Within(this BigInteger x, BigInteger a, BigInteger b);

        [OpCode(OpCode.CAT)]
        public static extern byte[] Concat(this byte[] first, byte[] second);

        [OpCode(OpCode.CAT)]
        public static extern byte[] Concat(this byte[] first, ByteString second);

        /// <summary>CAT then back to ByteString.</summary>
        [OpCode(OpCode.CAT)]
        [OpCode(OpCode.CONVERT, StackItemType.ByteString)]
        public static extern ByteString Concat(this ByteString first, ByteString second);

        [OpCode(OpCode.SUBSTR)]
        public static extern byte[] Range(this byte[] source, int index, int count);

        [OpCode(OpCode.LEFT)]
        public static extern byte[] Take(this byte[] source, int count);

        [OpCode(OpCode.RIGHT)]
        public static extern byte[] Last(this byte[] source, int count);

        [OpCode(OpCode.SQRT)]
        public static extern BigInteger Sqrt(this BigInteger x);

        [OpCode(OpCode.MODMUL)]
        public static extern BigInteger ModMultiply(this BigInteger x, BigInteger y, BigInteger modulus);
    }
}
