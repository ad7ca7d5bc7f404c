using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;

namespace Neo
{
    /// <summary>A 20-byte ByteString (script hash, little-endian raw bytes). <c>==</c> is EQUAL.</summary>
    public abstract class UInt160 : ByteString
    {
        public static extern UInt160 Zero { [OpCode(OpCode.PUSHDATA1, "140000000000000000000000000000000000000000")] get; }

        public extern bool IsZero { [OpCode(OpCode.PUSH0)] [OpCode(OpCode.NUMEQUAL)] get; }

        /// <summary>A ByteString of exactly 20 bytes.</summary>
        public extern bool IsValid
        {
            [OpCode(OpCode.DUP)]
            [OpCode(OpCode.ISTYPE, StackItemType.ByteString)]
            [OpCode(OpCode.SWAP)]
            [OpCode(OpCode.SIZE)]
            [OpCode(OpCode.PUSHINT8, "14")]
            [OpCode(OpCode.NUMEQUAL)]
            [OpCode(OpCode.BOOLAND)]
            get;
        }

        // To ByteString; null passes; any other length than 20 THROWs.
        [OpCode(OpCode.CONVERT, StackItemType.ByteString)]
        [OpCode(OpCode.DUP)]
        [OpCode(OpCode.ISNULL)]
        [OpCode(OpCode.JMPIF, "09")]
        [OpCode(OpCode.DUP)]
        [OpCode(OpCode.SIZE)]
        [OpCode(OpCode.PUSHINT8, "14")]
        [OpCode(OpCode.JMPEQ, "03")]
        [OpCode(OpCode.THROW)]
        public static extern explicit operator UInt160(byte[] value);

        [OpCode(OpCode.CONVERT, StackItemType.Buffer)]
        public static extern explicit operator byte[](UInt160 value);
    }

    /// <summary>A 32-byte ByteString (transaction / block hash).</summary>
    public abstract class UInt256 : ByteString
    {
        public static extern UInt256 Zero { [OpCode(OpCode.PUSHDATA1, "200000000000000000000000000000000000000000000000000000000000000000")] get; }

        public extern bool IsValid
        {
            [OpCode(OpCode.DUP)]
            [OpCode(OpCode.ISTYPE, StackItemType.ByteString)]
            [OpCode(OpCode.SWAP)]
            [OpCode(OpCode.SIZE)]
            [OpCode(OpCode.PUSHINT8, "20")]
            [OpCode(OpCode.NUMEQUAL)]
            [OpCode(OpCode.BOOLAND)]
            get;
        }

        [OpCode(OpCode.CONVERT, StackItemType.ByteString)]
        public static extern explicit operator UInt256(byte[] value);

        [OpCode(OpCode.CONVERT, StackItemType.Buffer)]
        public static extern explicit operator byte[](UInt256 value);
    }
}

namespace Neo.Cryptography.ECC
{
    /// <summary>A 33-byte compressed public key as a ByteString.</summary>
    public abstract class ECPoint : ByteString
    {
        [OpCode(OpCode.CONVERT, StackItemType.ByteString)]
        public static extern explicit operator ECPoint(byte[] value);

        [OpCode(OpCode.CONVERT, StackItemType.Buffer)]
        public static extern explicit operator byte[](ECPoint value);
    }
}
