// Spec: burn-league.md "Storage" — the Season record at 41‖bytes(seasonId).
using System.Numerics;

namespace MiniApps
{
    /// <summary>Struct [Id, StartTime, EndTime, TotalBurned, TotalPoints, TotalParticipants,
    /// RewardPool, Active:Boolean, Finalized:Boolean].</summary>
    public struct Season
    {
        public BigInteger Id;
        public BigInteger StartTime;
        public BigInteger EndTime;
        public BigInteger TotalBurned;
        public BigInteger TotalPoints;
        public BigInteger TotalParticipants;
        public BigInteger RewardPool;
        public bool Active;
        public bool Finalized;
    }
}
