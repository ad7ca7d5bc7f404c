// Spec: daily-checkin.md — MiniAppDailyCheckin: constants, storage keys, events, deployment,
// payments. Methods by concern: .CheckIn.cs (checkIn and CHECKIN, shared by both paths),
// .Hybrid.cs (checkInWithCalculation, getCheckInStateForFrontend), .Rewards.cs (claimRewards),
// .Getters.cs (safe getters).
using System.ComponentModel;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;

namespace MiniApps
{
    [DisplayName("MiniAppDailyCheckin")]
    [ManifestExtra("Author", "MiniApp verification harness")]
    [ManifestExtra("Description", "Daily check-in streaks: frontend-calculated streak and reward verified on chain")]
    [ManifestExtra("Version", "1.0.0")]
    [ContractPermission("*", "transfer", "getReceipt", "isPaused", "requestService")]
    public partial class MiniAppDailyCheckin : MiniAppServiceBase
    {
        private const string APP_ID = "miniapp-dailycheckin";

        // Constants (daily-checkin.md "Constants"); DAY comes from MiniAppBase.
        private const long CHECK_IN_FEE = 100000;
        private const long FIRST_REWARD = 100000000;
        private const long SUBSEQUENT_REWARD = 150000000;
        private const long MILESTONE_30_BONUS = 500000000;
        private const long MILESTONE_100_BONUS = 2000000000;
        private const long MILESTONE_365_BONUS = 10000000000;
        private const string BONUS_TYPE_MILESTONE = "milestone";

        // Storage keys 0x40–0x4F.
        /// <summary>40‖h160(user): UserState Struct; absent ⇔ the user never checked in.</summary>
        private const string PREFIX_USER = "\x40";
        private const string PREFIX_TOTAL_USERS = "\x41";
        private const string PREFIX_TOTAL_CHECKINS = "\x42";
        /// <summary>43: total rewarded (Σ claimed).</summary>
        private const string PREFIX_TOTAL_REWARDED = "\x43";

        public delegate void CheckedInHandler(UInt160 user, BigInteger streak, BigInteger reward, BigInteger nextEligibleTs);
        public delegate void StreakResetHandler(UInt160 user, BigInteger previousStreak, BigInteger highestStreak);
        public delegate void MilestoneReachedHandler(UInt160 user, BigInteger milestoneType, BigInteger streak);
        public delegate void BonusRewardHandler(UInt160 user, BigInteger bonusAmount, string bonusType);
        public delegate void RewardsClaimedHandler(UInt160 user, BigInteger amount, BigInteger totalClaimed);

        [DisplayName("CheckedIn")]
        public static event CheckedInHandler OnCheckedIn;

        [DisplayName("StreakReset")]
        public static event StreakResetHandler OnStreakReset;

        [DisplayName("MilestoneReached")]
        public static event MilestoneReachedHandler OnMilestoneReached;

        [DisplayName("BonusReward")]
        public static event BonusRewardHandler OnBonusReward;

        [DisplayName("RewardsClaimed")]
        public static event RewardsClaimedHandler OnRewardsClaimed;

        public static void _deploy(object data, bool update)
        {
            BaseDeploy(update);
        }

        public static void OnNEP17Payment(UInt160 from, BigInteger amount, object data)
        {
            AcceptGasOnly();
        }
    }
}
