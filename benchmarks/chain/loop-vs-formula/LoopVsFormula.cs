// The issue #3 figure: a loop sum and the closed formula n(n−1)/2 as deployed methods.
using System.ComponentModel;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;

namespace Benchmarks
{
    [DisplayName("LoopVsFormula")]
    public class LoopVsFormula : SmartContract
    {
        [Safe]
        public static BigInteger LoopSum(BigInteger n)
        {
            BigInteger sum = 0;
            for (BigInteger i = 0; i < n; i++) sum += i;
            return sum;
        }

        [Safe]
        public static BigInteger Formula(BigInteger n)
        {
            return n * (n - 1) / 2;
        }
    }
}
