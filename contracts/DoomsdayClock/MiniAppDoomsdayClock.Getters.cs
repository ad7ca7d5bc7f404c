// Spec: doomsday-clock.md "Getters" — currentRoundId, totalKeysSold, totalPrizesPaid, carryOver,
// timeRemaining, getRound, getPlayerKeys, getCurrentKeyPrice.
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;

namespace MiniApps
{
    public partial class MiniAppDoomsdayClock
    {
        /// <summary>cur (0 when no round exists).</summary>
        [Safe]
        public static BigInteger CurrentRoundId()
        {
            return ReadInteger(PREFIX_CURRENT_ROUND);
        }

        [Safe]
        public static BigInteger TotalKeysSold()
        {
            return ReadInteger(PREFIX_TOTAL_KEYS_SOLD);
        }

        [Safe]
        public static BigInteger TotalPrizesPaid()
        {
            return ReadInteger(PREFIX_TOTAL_PRIZES_PAID);
        }

        [Safe]
        public static BigInteger CarryOver()
        {
            return ReadInteger(PREFIX_CARRY_OVER);
        }

        /// <summary>max(0, r.EndTime − now) if a round exists and r.Active, else 0.</summary>
        [Safe]
        public static BigInteger TimeRemaining()
        {
            ByteString cur = Read(PREFIX_CURRENT_ROUND);
            if (cur == null) return 0;
            Round r = LoadRound((BigInteger)cur);
            if (!r.Active) return 0;
            return BigInteger.Max(0, r.EndTime - Now());
        }

        /// <summary>The Struct at 41‖bytes(roundId), or null when absent (including roundId ≤ 0).</summary>
        [Safe]
        public static object[] GetRound(BigInteger roundId)
        {
            if (roundId <= 0) return null;
            ByteString stored = Read(RoundKey(roundId));
            if (stored == null) return null;
            return (object[])StdLib.Deserialize(stored);
        }

        /// <summary>The Integer at 42‖player‖roundId (0 if absent).</summary>
        [Safe]
        public static BigInteger GetPlayerKeys(UInt160 player, BigInteger roundId)
        {
            return ReadInteger(PlayerKeysKey(player, roundId));
        }

        /// <summary>BASE_KEY_PRICE + r.TotalKeys × D, active or settled (no round: BASE_KEY_PRICE).</summary>
        [Safe]
        public static BigInteger GetCurrentKeyPrice()
        {
            ByteString cur = Read(PREFIX_CURRENT_ROUND);
            if (cur == null) return BASE_KEY_PRICE;
            Round r = LoadRound((BigInteger)cur);
            return BASE_KEY_PRICE + r.TotalKeys * KEY_PRICE_STEP;
        }
    }
}
