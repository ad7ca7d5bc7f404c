// Spec: doomsday-clock.md — deprecated [D] methods: buyKeys and calculateKeyCostLoop, the O(n)
// per-key summation Cloop kept for equivalence checks (DD-P3) and GAS benchmarks (DD-P4).
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework.Attributes;

namespace MiniApps
{
    public partial class MiniAppDoomsdayClock
    {
        /// <summary>[D] Steps 1–5, then cost = Cloop(keyCount, r.TotalKeys), BET, RCPT; effects BUY.</summary>
        public static void BuyKeys(UInt160 player, BigInteger keyCount, BigInteger receiptId)
        {
            Round r = BeginPurchase(player, keyCount);
            if (Now() >= r.EndTime)
            {
                Settle(r);
                return;
            }
            BigInteger cost = KeyCostLoop(keyCount, r.TotalKeys);
            ValidateBetLimits(player, cost);
            ValidatePaymentReceipt(APP_ID, player, cost, receiptId);
            Buy(r, player, keyCount, cost);
        }

        /// <summary>[D] Cloop(keyCount, currentTotalKeys).</summary>
        [Safe]
        public static BigInteger CalculateKeyCostLoop(BigInteger keyCount, BigInteger currentTotalKeys)
        {
            return KeyCostLoop(keyCount, currentTotalKeys);
        }

        /// <summary>Cloop(n, K) = Σ_{i=0}^{n−1} (BASE_KEY_PRICE + (K + i) × D), n iterations; 0 for n ≤ 0.</summary>
        private static BigInteger KeyCostLoop(BigInteger n, BigInteger k)
        {
            BigInteger total = 0;
            for (BigInteger i = 0; i < n; i++)
            {
                total += BASE_KEY_PRICE + (k + i) * KEY_PRICE_STEP;
            }
            return total;
        }
    }
}
