// Spec: burn-league.md — MiniAppBurnLeague: constants, storage keys, events, deployment,
// payments. Methods by concern: .Burn.cs (burnGas, the shared checks 1–7 and BURN), .Hybrid.cs
// (burnGasWithCalculation, getBurnStateForFrontend), .Seasons.cs (startSeason, endSeason),
// .Rewards.cs (fundRewardPool, claimReward), .Getters.cs (safe getters).
using System.ComponentModel;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;

namespace MiniApps
{
    [DisplayName("MiniAppBurnLeague")]
    [ManifestExtra("Author", "MiniApp verification harness")]
    [ManifestExtra("Description", "Seasonal GAS burn leaderboard: frontend-calculated points and streaks verified on chain")]
    [ManifestExtra("Version", "1.0.0")]
    [ContractPermission("*", "transfer", "getReceipt", "isPaused", "requestService")]
    public partial class MiniAppBurnLeague : MiniAppServiceBase
    {
        private const string APP_ID = "miniapp-burn-league";

        // Constants (burn-league.md "Constants").
        private const long MIN_BURN = 10000000;
        /// <summary>Informational: below TIER2 the multiplier is 1×.</summary>
        private const long TIER1_THRESHOLD = 100000000;
        private const long TIER2_THRESHOLD = 1000000000;
        private const long TIER3_THRESHOLD = 10000000000;
        private const long SEASON_DURATION = 2592000000;
        private const long STREAK_WINDOW = 86400000;
        /// <summary>The cap on streak days in the bonus and the maximum bonus percent.</summary>
        private const long MAX_STREAK_BONUS = 10;

        // Storage keys 0x40–0x4F.
        /// <summary>40: current season id (absent = none).</summary>
        private const string PREFIX_CURRENT_SEASON = "\x40";
        /// <summary>41‖bytes(seasonId): Season Struct.</summary>
        private const string PREFIX_SEASON = "\x41";
        /// <summary>42‖h160(user)‖bytes(seasonId): the user's season points.</summary>
        private const string PREFIX_USER_POINTS = "\x42";
        /// <summary>43‖h160(user): Streak Struct.</summary>
        private const string PREFIX_STREAK = "\x43";
        /// <summary>44‖h160(user): the user's total burned.</summary>
        private const string PREFIX_USER_BURNED = "\x44";
        /// <summary>45: global total burned.</summary>
        private const string PREFIX_TOTAL_BURNED = "\x45";
        /// <summary>46: the unallocated reward pool (an accounting value, README §6).</summary>
        private const string PREFIX_REWARD_POOL = "\x46";
        /// <summary>47‖h160(user)‖bytes(seasonId): 1 = reward claimed.</summary>
        private const string PREFIX_CLAIMED = "\x47";

        public delegate void GasBurnedHandler(UInt160 burner, BigInteger amount, BigInteger seasonId);
        public delegate void StreakBonusHandler(UInt160 user, BigInteger streakDays, BigInteger bonusMultiplier);
        public delegate void SeasonStartedHandler(BigInteger seasonId, BigInteger startTime, BigInteger endTime);
        public delegate void SeasonEndedHandler(BigInteger seasonId, BigInteger totalBurned, BigInteger totalPoints);
        public delegate void RewardClaimedHandler(UInt160 claimer, BigInteger reward, BigInteger seasonId);

        [DisplayName("GasBurned")]
        public static event GasBurnedHandler OnGasBurned;

        [DisplayName("StreakBonus")]
        public static event StreakBonusHandler OnStreakBonus;

        [DisplayName("SeasonStarted")]
        public static event SeasonStartedHandler OnSeasonStarted;

        [DisplayName("SeasonEnded")]
        public static event SeasonEndedHandler OnSeasonEnded;

        [DisplayName("RewardClaimed")]
        public static event RewardClaimedHandler OnRewardClaimed;

        public static void _deploy(object data, bool update)
        {
            BaseDeploy(update);
        }

        public static void OnNEP17Payment(UInt160 from, BigInteger amount, object data)
        {
            AcceptGasOnly();
        }

        // ---- keys ----

        private static ByteString SeasonKey(BigInteger seasonId)
        {
            return IntegerKey(PREFIX_SEASON, seasonId);
        }

        /// <summary>prefix‖h160(user)‖bytes(seasonId) (42, 47).</summary>
        private static ByteString UserSeasonKey(string prefix, UInt160 user, BigInteger seasonId)
        {
            return Helper.Concat(Key(prefix, user), (ByteString)seasonId);
        }

        private static BigInteger CurrentSid()
        {
            return ReadInteger(PREFIX_CURRENT_SEASON);
        }

        /// <summary>The stored Season at 41‖bytes(seasonId); callers check presence with Read first.</summary>
        private static Season LoadSeason(ByteString stored)
        {
            return (Season)StdLib.Deserialize(stored);
        }
    }
}
