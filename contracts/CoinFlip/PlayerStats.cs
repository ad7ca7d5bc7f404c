// Spec: coin-flip.md "Storage" — the Stats record at 42‖h160(player).
using System.Numerics;

namespace MiniApps
{
    /// <summary>Struct [TotalBets, TotalWins, TotalLosses, CurrentWinStreak, CurrentLossStreak,
    /// BestWinStreak, TotalWagered, TotalWon, JackpotsWon].</summary>
    public struct PlayerStats
    {
        public BigInteger TotalBets;
        public BigInteger TotalWins;
        public BigInteger TotalLosses;
        public BigInteger CurrentWinStreak;
        public BigInteger CurrentLossStreak;
        public BigInteger BestWinStreak;
        public BigInteger TotalWagered;
        public BigInteger TotalWon;
        public BigInteger JackpotsWon;
    }
}
