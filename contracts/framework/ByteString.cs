using System.Collections;
using System.Collections.Generic;
using System.Numerics;
using Neo.SmartContract.Framework.Attributes;

namespace Neo.SmartContract.Framework
{
    /// <summary>An immutable NeoVM ByteString (0x28). A C# <c>string</c> is the same stack item.</summary>
    public abstract class ByteString : IEnumerable<byte>
    {
        public static extern ByteString Empty { [OpCode(OpCode.PUSHDATA1, "00")] get; }

        public extern byte this[int index] { [OpCode(OpCode.PICKITEM)] get; }

        /// <summary>Byte count (SIZE).</summary>
        public extern int Length { [OpCode(OpCode.SIZE)] get; }

        [OpCode(OpCode.NOP)]
        public static extern implicit operator string(ByteString str);

        [OpCode(OpCode.NOP)]
        public static extern implicit operator ByteString(string str);

        [OpCode(OpCode.CONVERT, StackItemType.Buffer)]
        public static extern explicit operator byte[](ByteString str);

        [OpCode(OpCode.CONVERT, StackItemType.ByteString)]
        public static extern explicit operator ByteString(byte[] buffer);

        // null reads as 0 (absent storage value), everything else through CONVERT to Integer.
        [OpCode(OpCode.DUP)]
        [OpCode(OpCode.ISNULL)]
        [OpCode(OpCode.JMPIFNOT, "04")]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.PUSH0)]
        [OpCode(OpCode.CONVERT, StackItemType.Integer)]
        public static extern explicit operator BigInteger(ByteString text);

        [OpCode(OpCode.CONVERT, StackItemType.ByteString)]
        public static extern explicit operator ByteString(BigInteger integer);

        IEnumerator<byte> IEnumerable<byte>.GetEnumerator() => throw new System.NotSupportedException();
        IEnumerator IEnumerable.GetEnumerator() => throw new System.NotSupportedException();
    }
}
