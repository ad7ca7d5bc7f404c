// Spec: doomsday-clock.md "Storage" — the Round record at 41‖bytes(roundId).
using System.Numerics;
using Neo;

namespace MiniApps
{
    /// <summary>Struct [Id, StartTime, EndTime, Pot, TotalKeys, LastBuyer, Winner, WinnerPrize, Active, Settled].</summary>
    public struct Round
    {
        public BigInteger Id;
        public BigInteger StartTime;
        public BigInteger EndTime;
        public BigInteger Pot;
        public BigInteger TotalKeys;
        public UInt160 LastBuyer;
        public UInt160 Winner;
        public BigInteger WinnerPrize;
        public bool Active;
        public bool Settled;
    }
}
