// Spec: doomsday-clock.md — hybrid [H] methods: buyKeysWithCost (frontend cost verified with the
// O(1) formula C), calculateKeyCost / calculateKeyCostFormula, getRoundStateForFrontend.
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;

namespace MiniApps
{
    public partial class MiniAppDoomsdayClock
    {
        /// <summary>[H] Steps 1–5 of buyKeys, then cost == C(keyCount, r.TotalKeys), BET, RCPT; effects BUY.</summary>
        public static void BuyKeysWithCost(UInt160 player, BigInteger keyCount, BigInteger submittedCost, BigInteger receiptId)
        {
            Round r = BeginPurchase(player, keyCount);
            if (Now() >= r.EndTime)
            {
                Settle(r);
                return;
            }
            BigInteger cost = KeyCost(keyCount, r.TotalKeys);
            if (submittedCost != cost) throw new Exception("cost mismatch");
            ValidateBetLimits(player, cost);
            ValidatePaymentReceipt(APP_ID, player, cost, receiptId);
            Buy(r, player, keyCount, cost);
        }

        /// <summary>[H] C(keyCount, currentTotalKeys).</summary>
        [Safe]
        public static BigInteger CalculateKeyCost(BigInteger keyCount, BigInteger currentTotalKeys)
        {
            return KeyCost(keyCount, currentTotalKeys);
        }

        /// <summary>[H] Same as calculateKeyCost.</summary>
        [Safe]
        public static BigInteger CalculateKeyCostFormula(BigInteger keyCount, BigInteger currentTotalKeys)
        {
            return KeyCost(keyCount, currentTotalKeys);
        }

        /// <summary>[H] Round state and constants for the frontend, keys in the spec's order.</summary>
        [Safe]
        public static Map<string, object> GetRoundStateForFrontend()
        {
            Map<string, object> state = new Map<string, object>();
            ByteString cur = Read(PREFIX_CURRENT_ROUND);
            if (cur == null)
            {
                state["roundId"] = 0;
                state["active"] = false;
                state["startTime"] = 0;
                state["endTime"] = 0;
                state["pot"] = 0;
                state["totalKeys"] = 0;
                state["lastBuyer"] = UInt160.Zero;
            }
            else
            {
                Round r = LoadRound((BigInteger)cur);
                state["roundId"] = r.Id;
                state["active"] = r.Active;
                state["startTime"] = r.StartTime;
                state["endTime"] = r.EndTime;
                state["pot"] = r.Pot;
                state["totalKeys"] = r.TotalKeys;
                state["lastBuyer"] = r.LastBuyer;
            }
            state["currentTime"] = Now();
            state["baseKeyPrice"] = BASE_KEY_PRICE;
            state["keyPriceIncrementBps"] = KEY_PRICE_INCREMENT_BPS;
            state["keyPriceStep"] = KEY_PRICE_STEP;
            state["timeAddedPerKey"] = TIME_ADDED_PER_KEY;
            state["maxDuration"] = MAX_DURATION;
            state["platformFeeBps"] = PLATFORM_FEE_BPS;
            state["winnerShareBps"] = WINNER_SHARE_BPS;
            return state;
        }

        /// <summary>C(n, K) = n × (BASE_KEY_PRICE + K × D) + (n × (n − 1) / 2) × D for n ≥ 1; 0 for n ≤ 0.</summary>
        private static BigInteger KeyCost(BigInteger n, BigInteger k)
        {
            if (n <= 0) return 0;
            return n * (BASE_KEY_PRICE + k * KEY_PRICE_STEP) + (n * (n - 1) / 2) * KEY_PRICE_STEP;
        }
    }
}
