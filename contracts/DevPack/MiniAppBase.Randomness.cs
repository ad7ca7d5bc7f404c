// Spec: README.md §4 — H (SHA-256), rand(h) and beN(h, k).
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;

namespace MiniApps
{
    public abstract partial class MiniAppBase
    {
        /// <summary>Appended to the first 31 bytes so the 32-byte little-endian integer is never negative.</summary>
        private const string ZERO_BYTE = "\x00";
        private const int RAND_BYTES = 31;

        /// <summary>H(x) = SHA-256 (CryptoLib.sha256), the only hash used anywhere.</summary>
        protected static ByteString H(ByteString data)
        {
            return CryptoLib.Sha256(data);
        }

        /// <summary>rand(h) = Σ_{i=0..30} h[i]·256^i (unsigned little-endian of the first 31 bytes).</summary>
        protected static BigInteger Rand(ByteString hash)
        {
            byte[] low = Helper.Range((byte[])hash, 0, RAND_BYTES);
            byte[] positive = Helper.Concat(low, (ByteString)ZERO_BYTE);
            return new BigInteger(positive);
        }

        /// <summary>beN(h, k) = Σ_{i<k} h[i]·256^(k−1−i), k ≤ 8.</summary>
        protected static BigInteger BeN(ByteString hash, BigInteger k)
        {
            BigInteger value = 0;
            for (int i = 0; i < k; i++)
            {
                value = value * 256 + hash[i];
            }
            return value;
        }
    }
}
