// Spec: coin-flip.md "Storage" — the Bet record at 41‖bytes(betId).
using System.Numerics;
using Neo;

namespace MiniApps
{
    /// <summary>Struct [Player, Amount, Choice, Timestamp, Resolved, Won, Payout, StreakBonus, Mode, Refunded];
    /// Mode 1 RNG, 2 hybrid.</summary>
    public struct Bet
    {
        public UInt160 Player;
        public BigInteger Amount;
        public bool Choice;
        public BigInteger Timestamp;
        public bool Resolved;
        public bool Won;
        public BigInteger Payout;
        public BigInteger StreakBonus;
        public BigInteger Mode;
        public bool Refunded;
    }
}
