// Spec: turtle-match.md "Game function" — GAME(seed, boxCount): a hash chain s = H(s) over every
// cell of every box (continuing across boxes), colour = the first c with rand(s) mod 100 < odds[c],
// a match for each colour seen at least 3 times in a box, worth that colour's reward.
using System.Numerics;
using Neo.SmartContract.Framework;

namespace MiniApps
{
    public partial class MiniAppTurtleMatch
    {
        /// <summary>The cumulative odds (of 100) as an Array: [20, 40, 58, 73, 85, 93, 98, 100].</summary>
        private static BigInteger[] ColorOdds()
        {
            return new BigInteger[] { 20, 40, 58, 73, 85, 93, 98, 100 };
        }

        /// <summary>The reward of each colour as an Array (datoshi).</summary>
        private static BigInteger[] ColorRewards()
        {
            return new BigInteger[] { 15000000, 15000000, 18000000, 20000000, 25000000, 35000000, 50000000, 100000000 };
        }

        /// <summary>The first colour c with roll &lt; odds[c] (roll in 0..99).</summary>
        private static int ColorOf(BigInteger roll, BigInteger[] odds)
        {
            for (int c = 0; c < COLOR_COUNT; c++)
            {
                if (roll < odds[c]) return c;
            }
            return (int)COLOR_COUNT - 1;
        }

        /// <summary>[matches, reward] of GAME(seed, boxCount), built as an Array.</summary>
        private static BigInteger[] Game(ByteString seed, BigInteger boxCount)
        {
            BigInteger[] odds = ColorOdds();
            BigInteger[] rewards = ColorRewards();
            ByteString s = seed;
            BigInteger matches = 0;
            BigInteger reward = 0;
            for (BigInteger box = 0; box < boxCount; box++)
            {
                BigInteger[] counts = new BigInteger[] { 0, 0, 0, 0, 0, 0, 0, 0 };
                for (int cell = 0; cell < GRID_SIZE; cell++)
                {
                    s = H(s);
                    int color = ColorOf(Rand(s) % 100, odds);
                    counts[color] = counts[color] + 1;
                }
                for (int c = 0; c < COLOR_COUNT; c++)
                {
                    if (counts[c] >= MATCH_COUNT)
                    {
                        matches += 1;
                        reward += rewards[c];
                    }
                }
            }
            return new BigInteger[] { matches, reward };
        }
    }
}
