// Spec: devpack.md §3 MiniAppGameBase — bet limits on keys 10–13 (logic in MiniAppBase.BetLedger.cs).
using System.ComponentModel;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework.Attributes;

namespace MiniApps
{
    public abstract class MiniAppGameBase : MiniAppBase
    {
        // Storage keys 0x10–0x17.
        protected const string PREFIX_DAILY_BET = "\x10";
        protected const string PREFIX_LAST_BET_TIME = "\x11";
        protected const string PREFIX_BET_COUNT = "\x12";
        protected const string PREFIX_BET_LIMITS = "\x13";

        public delegate void BetLimitsChangedHandler(BigInteger maxBet, BigInteger dailyLimit, BigInteger cooldownMs, BigInteger maxConsecutive);

        [DisplayName("BetLimitsChanged")]
        public static event BetLimitsChangedHandler OnBetLimitsChanged;

        [Safe]
        public static BigInteger[] GetBetLimits()
        {
            return BetLimitsView(PREFIX_BET_LIMITS);
        }

        [Safe]
        public static BigInteger GetPlayerDailyBet(UInt160 player)
        {
            return DailyBetOf(PREFIX_DAILY_BET, player, Now());
        }

        [Safe]
        public static BigInteger GetPlayerLastBetTime(UInt160 player)
        {
            return ReadInteger(Key(PREFIX_LAST_BET_TIME, player));
        }

        [Safe]
        public static BigInteger GetPlayerBetCount(UInt160 player)
        {
            return ReadInteger(Key(PREFIX_BET_COUNT, player));
        }

        public static void SetBetLimits(BigInteger maxBet, BigInteger dailyLimit, BigInteger cooldownMs, BigInteger maxConsecutive)
        {
            StoreBetLimits(PREFIX_BET_LIMITS, maxBet, dailyLimit, cooldownMs, maxConsecutive);
            OnBetLimitsChanged(maxBet, dailyLimit, cooldownMs, maxConsecutive);
        }

        /// <summary>BET(player, amount).</summary>
        protected static void ValidateBetLimits(UInt160 player, BigInteger amount)
        {
            ValidateBetLimitsAt(PREFIX_DAILY_BET, PREFIX_LAST_BET_TIME, PREFIX_BET_COUNT, PREFIX_BET_LIMITS, player, amount);
        }

        /// <summary>RECBET(player, amount).</summary>
        protected static void RecordBet(UInt160 player, BigInteger amount)
        {
            RecordBetAt(PREFIX_DAILY_BET, PREFIX_LAST_BET_TIME, PREFIX_BET_COUNT, PREFIX_BET_LIMITS, player, amount);
        }
    }
}
