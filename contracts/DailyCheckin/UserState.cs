// Spec: daily-checkin.md "Storage" — the UserState record at 40‖h160(user).
using System.Numerics;

namespace MiniApps
{
    /// <summary>Struct [Streak, Highest, LastDay, Unclaimed, Claimed, Checkins, Resets, JoinTime], all Integer.</summary>
    public struct UserState
    {
        public BigInteger Streak;
        public BigInteger Highest;
        public BigInteger LastDay;
        public BigInteger Unclaimed;
        public BigInteger Claimed;
        public BigInteger Checkins;
        public BigInteger Resets;
        public BigInteger JoinTime;
    }
}
