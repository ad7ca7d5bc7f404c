using System.Numerics;
using Neo.SmartContract.Framework;

namespace MiniApp.Compiler.Tests.Oracle.Contracts
{
    /// <summary>
    /// Struct assignment and array initializers: C# copies the value, nccs 3.5.0 shares the NeoVM
    /// Struct (issue #13, behaviour 1). The expected values are nccs's (NeoVmRules); the CLR answer
    /// would differ, which is exactly the difference the compiler now reproduces.
    /// </summary>
    public class OracleStructCopy : SmartContract
    {
        /// <summary>nccs: b is a; C#: b is a copy.</summary>
        public static BigInteger CopyIsValue(BigInteger x)
        {
            Point a = new Point();
            a.X = x;
            a.Y = 0;
            Point b = a;
            b.X = x + 1;
            return a.X * 10 + (b.X - a.X);
        }

        /// <summary>nccs: PACK puts a itself into the array.</summary>
        public static BigInteger CopyIntoArray(BigInteger x)
        {
            Point a = new Point();
            a.X = x;
            a.Y = 1;
            Point[] ps = new Point[] { a };
            a.X = x + 5;
            return ps[0].X - x;
        }

        /// <summary>Both: an item store clones (SETITEM in NeoVM, a copy in C#).</summary>
        public static BigInteger CopyIntoItem(BigInteger x)
        {
            Point a = new Point();
            a.X = x;
            a.Y = 1;
            Point[] ps = new Point[1];
            ps[0] = a;
            a.X = x + 5;
            return ps[0].X - x;
        }
    }
}
