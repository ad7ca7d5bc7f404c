// Spec: devpack.md §3 MiniAppGameComputeBase — bet limits on keys 30–33, exactly as 10–13 of
// MiniAppGameBase (logic in MiniAppBase.BetLedger.cs).
using System.ComponentModel;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework.Attributes;

namespace MiniApps
{
    public abstract class MiniAppGameComputeBase : MiniAppComputeBase
    {
        // Storage keys 0x30–0x3F.
        protected const string PREFIX_GAME_DAILY_BET = "\x30";
        protected const string PREFIX_GAME_LAST_BET_TIME = "\x31";
        protected const string PREFIX_GAME_BET_COUNT = "\x32";
        protected const string PREFIX_GAME_BET_LIMITS = "\x33";

        public delegate void GameBetLimitsChangedHandler(BigInteger maxBet, BigInteger dailyLimit, BigInteger cooldownMs, BigInteger maxConsecutive);

        [DisplayName("GameBetLimitsChanged")]
        public static event GameBetLimitsChangedHandler OnGameBetLimitsChanged;

        [Safe]
        public static BigInteger[] GetGameBetLimits()
        {
            return BetLimitsView(PREFIX_GAME_BET_LIMITS);
        }

        [Safe]
        public static BigInteger GetGamePlayerDailyBet(UInt160 player)
        {
            return DailyBetOf(PREFIX_GAME_DAILY_BET, player, Now());
        }

        [Safe]
        public static BigInteger GetGamePlayerLastBetTime(UInt160 player)
        {
            return ReadInteger(Key(PREFIX_GAME_LAST_BET_TIME, player));
        }

        [Safe]
        public static BigInteger GetGamePlayerBetCount(UInt160 player)
        {
            return ReadInteger(Key(PREFIX_GAME_BET_COUNT, player));
        }

        public static void SetGameBetLimits(BigInteger maxBet, BigInteger dailyLimit, BigInteger cooldownMs, BigInteger maxConsecutive)
        {
            StoreBetLimits(PREFIX_GAME_BET_LIMITS, maxBet, dailyLimit, cooldownMs, maxConsecutive);
            OnGameBetLimitsChanged(maxBet, dailyLimit, cooldownMs, maxConsecutive);
        }

        /// <summary>BET(player, amount) on keys 30–33.</summary>
        protected static void ValidateGameBetLimits(UInt160 player, BigInteger amount)
        {
            ValidateBetLimitsAt(PREFIX_GAME_DAILY_BET, PREFIX_GAME_LAST_BET_TIME, PREFIX_GAME_BET_COUNT, PREFIX_GAME_BET_LIMITS, player, amount);
        }

        /// <summary>RECBET(player, amount) on keys 30–33.</summary>
        protected static void RecordGameBet(UInt160 player, BigInteger amount)
        {
            RecordBetAt(PREFIX_GAME_DAILY_BET, PREFIX_GAME_LAST_BET_TIME, PREFIX_GAME_BET_COUNT, PREFIX_GAME_BET_LIMITS, player, amount);
        }
    }
}
