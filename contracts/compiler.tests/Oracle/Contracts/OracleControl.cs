using System.Numerics;
using Neo.SmartContract.Framework;

namespace MiniApp.Compiler.Tests.Oracle.Contracts
{
    /// <summary>Loops, switch, recursion.</summary>
    public class OracleControl : SmartContract
    {
        public static BigInteger SumTo(BigInteger n)
        {
            BigInteger s = 0;
            for (BigInteger i = 1; i <= n; i++) s += i;
            return s;
        }

        public static BigInteger WhileHalvings(BigInteger n)
        {
            BigInteger count = 0;
            while (n > 1) { n = n / 2; count++; }
            return count;
        }

        public static BigInteger DoDigits(BigInteger n)
        {
            if (n < 0) n = -n;
            BigInteger digits = 0;
            do { digits++; n /= 10; } while (n > 0);
            return digits;
        }

        /// <summary>Sum of odd numbers below n, stopping at the first multiple of 97: continue and break.</summary>
        public static BigInteger OddSumUntil97(BigInteger n)
        {
            BigInteger s = 0;
            for (BigInteger i = 0; i < n; i++)
            {
                if (i % 2 == 0) continue;
                if (i % 97 == 0) break;
                s += i;
            }
            return s;
        }

        public static string SwitchInt(BigInteger x)
        {
            switch ((int)(x % 5))
            {
                case 0: return "zero";
                case 1:
                case -1: return "one";
                case 2: return "two";
                default: return "other";
            }
        }

        public static BigInteger SwitchString(string s)
        {
            switch (s)
            {
                case "alpha": return 1;
                case "beta": return 2;
                case "": return 3;
                default: return 0;
            }
        }

        public static BigInteger Factorial(BigInteger n) => n <= 1 ? 1 : n * Factorial(n - 1);

        public static BigInteger Fib(BigInteger n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);

        public static BigInteger Gcd(BigInteger a, BigInteger b) => b == 0 ? a : Gcd(b, a % b);

        public static BigInteger Collatz(BigInteger n)
        {
            BigInteger steps = 0;
            while (n > 1)
            {
                if (n % 2 == 0) n = n / 2; else n = 3 * n + 1;
                steps++;
            }
            return steps;
        }
    }
}
