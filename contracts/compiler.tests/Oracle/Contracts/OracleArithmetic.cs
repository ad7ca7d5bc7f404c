using System.Numerics;
using Neo.SmartContract.Framework;

namespace MiniApp.Compiler.Tests.Oracle.Contracts
{
    /// <summary>Integer operators, one per method: the CLR result is the oracle for NeoVM's.</summary>
    public class OracleArithmetic : SmartContract
    {
        public static BigInteger Add(BigInteger a, BigInteger b) => a + b;
        public static BigInteger Sub(BigInteger a, BigInteger b) => a - b;
        public static BigInteger Mul(BigInteger a, BigInteger b) => a * b;
        public static BigInteger Div(BigInteger a, BigInteger b) => a / b;
        public static BigInteger Mod(BigInteger a, BigInteger b) => a % b;
        public static BigInteger Neg(BigInteger a) => -a;
        public static BigInteger Inc(BigInteger a) { a++; return a; }
        public static BigInteger Dec(BigInteger a) { a--; return a; }
        public static BigInteger Compound(BigInteger a, BigInteger b)
        {
            BigInteger x = a;
            x += b;
            x -= 3;
            x *= 2;
            return x;
        }
        public static BigInteger Shl(BigInteger a, int s) => a << s;
        public static BigInteger Shr(BigInteger a, int s) => a >> s;
        public static BigInteger And(BigInteger a, BigInteger b) => a & b;
        public static BigInteger Or(BigInteger a, BigInteger b) => a | b;
        public static BigInteger Xor(BigInteger a, BigInteger b) => a ^ b;
        public static BigInteger Not(BigInteger a) => ~a;
        public static bool Lt(BigInteger a, BigInteger b) => a < b;
        public static bool Le(BigInteger a, BigInteger b) => a <= b;
        public static bool Gt(BigInteger a, BigInteger b) => a > b;
        public static bool Ge(BigInteger a, BigInteger b) => a >= b;
        public static bool Eq(BigInteger a, BigInteger b) => a == b;
        public static bool Ne(BigInteger a, BigInteger b) => a != b;
        public static BigInteger Max(BigInteger a, BigInteger b) => a > b ? a : b;
        public static BigInteger Abs(BigInteger a) => a < 0 ? -a : a;
        /// <summary>Division and remainder recombine: (a / b) * b + a % b == a.</summary>
        public static BigInteger DivModIdentity(BigInteger a, BigInteger b) => (a / b) * b + a % b;
        /// <summary>Floor division written with truncating operators.</summary>
        public static BigInteger FloorDiv(BigInteger a, BigInteger b)
        {
            BigInteger q = a / b;
            if ((a % b != 0) && ((a < 0) != (b < 0))) q = q - 1;
            return q;
        }
    }
}
