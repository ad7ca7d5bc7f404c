// Spec: burn-league.md ABI — currentSeasonId, totalBurned, rewardPool, getSeason,
// getUserSeasonPoints, getUserStreak, getUserTotalBurned, hasClaimed.
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;

namespace MiniApps
{
    public partial class MiniAppBurnLeague
    {
        [Safe]
        public static BigInteger CurrentSeasonId()
        {
            return CurrentSid();
        }

        [Safe]
        public static BigInteger TotalBurned()
        {
            return ReadInteger(PREFIX_TOTAL_BURNED);
        }

        /// <summary>46, the unallocated pool.</summary>
        [Safe]
        public static BigInteger RewardPool()
        {
            return ReadInteger(PREFIX_REWARD_POOL);
        }

        /// <summary>The Struct at 41‖bytes(seasonId), or null.</summary>
        [Safe]
        public static object[] GetSeason(BigInteger seasonId)
        {
            ByteString stored = Read(SeasonKey(seasonId));
            if (stored == null) return null;
            return (object[])StdLib.Deserialize(stored);
        }

        [Safe]
        public static BigInteger GetUserSeasonPoints(UInt160 user, BigInteger seasonId)
        {
            return ReadInteger(UserSeasonKey(PREFIX_USER_POINTS, user, seasonId));
        }

        /// <summary>The stored Streak Struct, or the Array [0, 0, 0] built when there is none.</summary>
        [Safe]
        public static object[] GetUserStreak(UInt160 user)
        {
            ByteString stored = Read(Key(PREFIX_STREAK, user));
            if (stored == null) return new object[] { 0, 0, 0 };
            return (object[])StdLib.Deserialize(stored);
        }

        [Safe]
        public static BigInteger GetUserTotalBurned(UInt160 user)
        {
            return ReadInteger(Key(PREFIX_USER_BURNED, user));
        }

        [Safe]
        public static bool HasClaimed(UInt160 user, BigInteger seasonId)
        {
            return Read(UserSeasonKey(PREFIX_CLAIMED, user, seasonId)) != null;
        }
    }
}
