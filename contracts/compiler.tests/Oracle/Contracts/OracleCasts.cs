using System.Numerics;
using Neo.SmartContract.Framework;

namespace MiniApp.Compiler.Tests.Oracle.Contracts
{
    /// <summary>
    /// Integer conversions at the ends of each range (issue #13, behaviour 7). BigInteger → fixed
    /// width is checked in C# (OverflowException) and THROWs under nccs 3.5.0: the CLR is the oracle.
    /// Division does not wrap under nccs (MinValue / -1 = 2^bits-1, NeoVmRules), where C# throws.
    /// </summary>
    public class OracleCasts : SmartContract
    {
        public static sbyte ToSByte(BigInteger x) => (sbyte)x;
        public static byte ToByte(BigInteger x) => (byte)x;
        public static short ToShort(BigInteger x) => (short)x;
        public static ushort ToUShort(BigInteger x) => (ushort)x;
        public static int ToInt(BigInteger x) => (int)x;
        public static uint ToUInt(BigInteger x) => (uint)x;
        public static long ToLong(BigInteger x) => (long)x;
        public static ulong ToULong(BigInteger x) => (ulong)x;
        public static long LongDiv(long a, long b) => a / b;
        public static int IntDiv(int a, int b) => a / b;
    }
}
