using System.Numerics;
using Neo.SmartContract.Framework;

namespace MiniApp.Compiler.Tests.Oracle.Contracts
{
    /// <summary>Struct records (value semantics, fields in order) and arrays.</summary>
    public class OracleStructs : SmartContract
    {
        public static Point MakePoint(BigInteger x, BigInteger y)
        {
            Point p = new Point();
            p.X = x;
            p.Y = y;
            return p;
        }

        public static BigInteger Dot(BigInteger ax, BigInteger ay, BigInteger bx, BigInteger by)
        {
            Point a = MakePoint(ax, ay);
            Point b = MakePoint(bx, by);
            return a.X * b.X + a.Y * b.Y;
        }

        public static BigInteger SumArray(BigInteger[] xs)
        {
            BigInteger s = 0;
            foreach (BigInteger x in xs) s += x;
            return s;
        }

        public static BigInteger[] Reverse(BigInteger[] xs)
        {
            BigInteger[] r = new BigInteger[xs.Length];
            for (int i = 0; i < xs.Length; i++) r[xs.Length - 1 - i] = xs[i];
            return r;
        }

        public static BigInteger SumOfPointList(BigInteger a, BigInteger b, BigInteger c)
        {
            Point[] ps = new Point[] { MakePoint(a, 1), MakePoint(b, 2), MakePoint(c, 3) };
            BigInteger s = 0;
            foreach (Point p in ps) s += p.X * p.Y;
            return s;
        }

        public static object[] Mixed(BigInteger a, string s, bool f) => new object[] { a, s, f };
    }
}
