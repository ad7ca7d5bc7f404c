// Spec: red-envelope.md "Packet distribution" — D(s, T, n) in O(n) and NEXT(s, n, k, rem_k) in O(1).
using System.Numerics;
using Neo.SmartContract.Framework;

namespace MiniApps
{
    public partial class MiniAppRedEnvelope
    {
        /// <summary>NEXT(s, n, k, rem_k): the last packet takes the remainder; any other is
        /// MIN_PACKET + rand(H(s ‖ bytes(k))) mod range (range = rem_k − (n − k) × MIN_PACKET), or MIN_PACKET when range ≤ 0.</summary>
        private static BigInteger NextPacket(ByteString seed, BigInteger n, BigInteger k, BigInteger remaining)
        {
            if (k == n - 1) return remaining;
            BigInteger r = Rand(H(Helper.Concat(seed, (ByteString)k)));
            BigInteger max = remaining - (n - 1 - k) * MIN_PACKET;
            BigInteger range = max - MIN_PACKET;
            if (range > 0) return MIN_PACKET + r % range;
            return MIN_PACKET;
        }

        /// <summary>D(s, T, n) = [a_0 … a_{n−1}] (O(n)).</summary>
        private static BigInteger[] Distribution(ByteString seed, BigInteger total, BigInteger n)
        {
            BigInteger[] amounts = new BigInteger[(int)n];
            BigInteger remaining = total;
            for (BigInteger k = 0; k < n; k++)
            {
                BigInteger a = NextPacket(seed, n, k, remaining);
                amounts[(int)k] = a;
                remaining -= a;
            }
            return amounts;
        }

        /// <summary>43‖K(id, k) := a_k for every k (O(n)).</summary>
        private static void StorePackets(BigInteger id, BigInteger[] amounts)
        {
            for (int k = 0; k < amounts.Length; k++)
            {
                WriteInteger(PairKey(PREFIX_PACKET, id, k), amounts[k]);
            }
        }
    }
}
