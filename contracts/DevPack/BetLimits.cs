// Spec: devpack.md §3 — the bet-limits record stored at 13 (MiniAppGameBase) / 33 (MiniAppGameComputeBase).
using System.Numerics;

namespace MiniApps
{
    /// <summary>Struct [MaxBet, DailyLimit, CooldownMs, MaxConsecutive].</summary>
    public struct BetLimits
    {
        public BigInteger MaxBet;
        public BigInteger DailyLimit;
        public BigInteger CooldownMs;
        public BigInteger MaxConsecutive;
    }
}
