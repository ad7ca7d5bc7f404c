// Spec: turtle-match.md "Storage" — the Session record at 40‖bytes(sessionId).
using System.Numerics;
using Neo;

namespace MiniApps
{
    /// <summary>Struct [SessionId, Player, BoxCount, Payment, StartTime, Settled, TotalMatches,
    /// TotalReward, SettleTime].</summary>
    public struct TurtleSession
    {
        public BigInteger SessionId;
        public UInt160 Player;
        public BigInteger BoxCount;
        public BigInteger Payment;
        public BigInteger StartTime;
        public bool Settled;
        public BigInteger TotalMatches;
        public BigInteger TotalReward;
        public BigInteger SettleTime;
    }
}
