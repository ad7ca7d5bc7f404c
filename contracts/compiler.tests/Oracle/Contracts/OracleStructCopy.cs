using System.Numerics;
using Neo.SmartContract.Framework;

namespace MiniApp.Compiler.Tests.Oracle.Contracts
{
    /// <summary>C# struct assignment copies the value.</summary>
    public class OracleStructCopy : SmartContract
    {
        /// <summary>Struct copy is a value copy: changing the copy leaves the original.</summary>
        public static BigInteger CopyIsValue(BigInteger x)
        {
            Point a = new Point();
            a.X = x;
            a.Y = 0;
            Point b = a;
            b.X = x + 1;
            return a.X * 10 + (b.X - a.X);
        }

        public static BigInteger CopyIntoArray(BigInteger x)
        {
            Point a = new Point();
            a.X = x;
            a.Y = 1;
            Point[] ps = new Point[] { a };
            a.X = x + 5;
            return ps[0].X - x;
        }
    }
}
