using System.Numerics;
using Neo.SmartContract.Framework;

namespace MiniApp.Compiler.Tests.Oracle.Contracts
{
    /// <summary>Arrays of struct records created by size: every element starts as a default record.</summary>
    public class OracleStructArrays : SmartContract
    {
        public static BigInteger SumOfPoints(BigInteger n)
        {
            Point[] ps = new Point[(int)n];
            for (int i = 0; i < ps.Length; i++)
            {
                Point p = new Point();
                p.X = i;
                p.Y = i * i;
                ps[i] = p;
            }
            BigInteger s = 0;
            for (int i = 0; i < ps.Length; i++) s += ps[i].X + ps[i].Y;
            return s;
        }

        public static BigInteger DefaultElement(BigInteger n)
        {
            Point[] ps = new Point[(int)n];
            return ps[0].X + ps[(int)n - 1].Y;
        }
    }
}
