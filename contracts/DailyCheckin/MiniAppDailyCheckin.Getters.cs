// Spec: daily-checkin.md ABI — getUserState, totalUsers, totalCheckins, totalRewarded.
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;

namespace MiniApps
{
    public partial class MiniAppDailyCheckin
    {
        /// <summary>The Struct at 40‖user, or null.</summary>
        [Safe]
        public static object[] GetUserState(UInt160 user)
        {
            ByteString stored = Read(UserKey(user));
            if (stored == null) return null;
            return (object[])StdLib.Deserialize(stored);
        }

        [Safe]
        public static BigInteger TotalUsers()
        {
            return ReadInteger(PREFIX_TOTAL_USERS);
        }

        [Safe]
        public static BigInteger TotalCheckins()
        {
            return ReadInteger(PREFIX_TOTAL_CHECKINS);
        }

        [Safe]
        public static BigInteger TotalRewarded()
        {
            return ReadInteger(PREFIX_TOTAL_REWARDED);
        }
    }
}
