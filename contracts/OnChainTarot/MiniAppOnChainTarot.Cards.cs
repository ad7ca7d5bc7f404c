// Spec: on-chain-tarot.md "Card function" — CARDS(x, count): distinct cards 0..77 in draw order.
using System.Numerics;
using Neo.SmartContract.Framework;

namespace MiniApps
{
    public partial class MiniAppOnChainTarot
    {
        /// <summary>CARDS(x, count): h_0 = x; h_{j+1} = H(h_j ‖ bytes(j)) (bytes(0) empty); each
        /// c = beN(h, 4) mod 78 not drawn yet is appended, until count cards are drawn.</summary>
        private static BigInteger[] Cards(ByteString seed, BigInteger count)
        {
            BigInteger[] drawn = new BigInteger[(int)count];
            int n = 0;
            ByteString h = seed;
            BigInteger j = 0;
            while (n < count)
            {
                h = H(Helper.Concat(h, (ByteString)j));
                BigInteger c = BeN(h, CARD_HASH_BYTES) % TOTAL_CARDS;
                if (!IsDrawn(drawn, n, c))
                {
                    drawn[n] = c;
                    n++;
                }
                j++;
            }
            return drawn;
        }

        /// <summary>Whether c is among the first n cards drawn.</summary>
        private static bool IsDrawn(BigInteger[] drawn, int n, BigInteger c)
        {
            for (int i = 0; i < n; i++)
            {
                if (drawn[i] == c) return true;
            }
            return false;
        }
    }
}
