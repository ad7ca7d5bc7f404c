using System.Numerics;
using Neo.SmartContract.Framework;

namespace MiniApp.Compiler.Tests.Oracle.Contracts
{
    /// <summary>Boolean logic, short-circuit evaluation, ?: and ??.</summary>
    public class OracleLogic : SmartContract
    {
        public static bool And(bool a, bool b) => a && b;
        public static bool Or(bool a, bool b) => a || b;
        public static bool Xor(bool a, bool b) => a != b; // a ^ b is refused (nccs 3.5.0: XOR gives an Integer)
        public static bool Not(bool a) => !a;
        public static bool Implies(bool a, bool b) => !a || b;
        /// <summary>Short-circuit: b == 0 never reaches the division.</summary>
        public static bool SafeRatioAbove(BigInteger a, BigInteger b, BigInteger k) => b != 0 && a / b > k;
        public static bool EitherDivides(BigInteger a, BigInteger b) => b == 0 || a % b == 0;
        public static BigInteger Pick(bool c, BigInteger a, BigInteger b) => c ? a : b;
        public static BigInteger Sign(BigInteger a) => a > 0 ? 1 : a < 0 ? -1 : 0;
        public static string OrDefault(string s) => s ?? "default";
        public static BigInteger LengthOrMinusOne(string s) => s == null ? -1 : s.Length;
        public static bool InRange(BigInteger x, BigInteger lo, BigInteger hi) => lo <= x && x < hi;
    }
}
