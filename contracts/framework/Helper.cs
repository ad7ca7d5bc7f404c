using System.Numerics;
using Neo.SmartContract.Framework.Attributes;

namespace Neo.SmartContract.Framework
{
    /// <summary>Extension helpers of Framework 3.5.0 (subset). Buffer results stay Buffers (0x30).</summary>
    public static class Helper
    {
        /// <summary>One-byte Buffer: PUSH1 LEFT keeps the low byte of the Integer's bytes.</summary>
        [OpCode(OpCode.PUSH1)]
        [OpCode(OpCode.LEFT)]
        public static extern byte[] ToByteArray(this byte source);

        [OpCode(OpCode.CONVERT, StackItemType.Buffer)]
        public static extern byte[] ToByteArray(this sbyte source);

        [OpCode(OpCode.CONVERT, StackItemType.Buffer)]
        public static extern byte[] ToByteArray(this string source);

        [OpCode(OpCode.CONVERT, StackItemType.ByteString)]
        public static extern string ToByteString(this byte[] source);

        [OpCode(OpCode.WITHIN)]
        public static extern bool Within(this BigInteger x, BigInteger a, BigInteger b);

        [OpCode(OpCode.WITHIN)]
        public static extern bool Within(this int x, BigInteger a, BigInteger b);

        /// <summary>ASSERTs the Integer is one byte long (-128..127 as bytes(n)).</summary>
        [OpCode(OpCode.DUP)] [OpCode(OpCode.SIZE)] [OpCode(OpCode.PUSH1)] [OpCode(OpCode.NUMEQUAL)] [OpCode(OpCode.ASSERT)]
        public static extern sbyte AsSbyte(this BigInteger source);

        [OpCode(OpCode.DUP)] [OpCode(OpCode.SIZE)] [OpCode(OpCode.PUSH1)] [OpCode(OpCode.NUMEQUAL)] [OpCode(OpCode.ASSERT)]
        public static extern byte AsByte(this BigInteger source);

        /// <summary>0..255 → -128..127 (two's complement of one byte); ASSERTs the range.</summary>
        [OpCode(OpCode.DUP)] [OpCode(OpCode.PUSHINT8, "7f")] [OpCode(OpCode.JMPLE, "06")] [OpCode(OpCode.PUSHINT16, "0001")] [OpCode(OpCode.SUB)]
        [OpCode(OpCode.DUP)] [OpCode(OpCode.PUSHINT8, "80")] [OpCode(OpCode.PUSHINT16, "8000")] [OpCode(OpCode.WITHIN)] [OpCode(OpCode.ASSERT)]
        public static extern sbyte ToSbyte(this BigInteger source);

        /// <summary>ASSERTs 0 ≤ x &lt; 256, then maps 128..255 to -128..-1 (the one-byte pattern).</summary>
        [OpCode(OpCode.DUP)] [OpCode(OpCode.PUSH0)] [OpCode(OpCode.PUSHINT16, "0001")] [OpCode(OpCode.WITHIN)] [OpCode(OpCode.ASSERT)]
        [OpCode(OpCode.DUP)] [OpCode(OpCode.PUSHINT8, "7f")] [OpCode(OpCode.JMPLE, "06")] [OpCode(OpCode.PUSHINT16, "0001")] [OpCode(OpCode.SUB)]
        public static extern byte ToByte(this BigInteger source);

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

        /// <summary>Reverses the items in place (works on Buffers and Arrays) and returns the same object.</summary>
        [OpCode(OpCode.DUP)]
        [OpCode(OpCode.REVERSEITEMS)]
        public static extern byte[] Reverse(this System.Array source);

        [OpCode(OpCode.SQRT)]
        public static extern BigInteger Sqrt(this BigInteger x);

        [OpCode(OpCode.MODMUL)]
        public static extern BigInteger ModMultiply(this BigInteger x, BigInteger y, BigInteger modulus);
    }
}
