using Neo.SmartContract.Framework;

namespace MiniApp.Compiler.Tests.Oracle.Contracts
{
    /// <summary>
    /// Fixed-width integers: results wrap as unchecked C# does (issue 3: "int/long/uint/ulong
    /// results wrapped as nccs wraps them"); NeoVM computes in BigInteger, so the compiler must wrap.
    /// </summary>
    public class OracleFixedWidth : SmartContract
    {
        public static int IntAdd(int a, int b) => a + b;
        public static int IntSub(int a, int b) => a - b;
        public static int IntMul(int a, int b) => a * b;
        public static int IntNeg(int a) => -a;
        public static int IntShl(int a, int s) => a << s;
        public static long LongAdd(long a, long b) => a + b;
        public static long LongMul(long a, long b) => a * b;
        public static uint UIntSub(uint a, uint b) => a - b;
        public static uint UIntMul(uint a, uint b) => a * b;
        public static ulong ULongAdd(ulong a, ulong b) => a + b;
        public static ulong ULongSub(ulong a, ulong b) => a - b;
        public static byte ByteInc(byte b) { b++; return b; }
        public static int IntCompound(int a)
        {
            int x = a;
            x += int.MaxValue;
            x *= 3;
            x++;
            return x;
        }
        public static long LongLoop(long a, int n)
        {
            long x = a;
            for (int i = 0; i < n; i++) x = x * 31 + i;
            return x;
        }
    }
}
