// Spec: burn-league.md "Storage" — the Streak record at 43‖h160(user).
using System.Numerics;

namespace MiniApps
{
    /// <summary>Struct [CurrentStreak, LongestStreak, LastBurnTime], all Integer.</summary>
    public struct Streak
    {
        public BigInteger CurrentStreak;
        public BigInteger LongestStreak;
        public BigInteger LastBurnTime;
    }
}
