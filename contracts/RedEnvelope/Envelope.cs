// Spec: red-envelope.md "Storage" — the Envelope record at 41‖bytes(id) and the Claim record at 44‖K(id, k).
using System.Numerics;
using Neo;

namespace MiniApps
{
    /// <summary>Struct [Creator, TotalAmount, PacketCount, ClaimedCount, RemainingAmount, BestLuckAddress,
    /// BestLuckAmount, State, ExpiryTime, Message, Mode]. State: 0 pending, 1 ready, 2 refunded; Mode: 0 not
    /// yet settled, 1 RNG-legacy, 2 eager, 3 lazy.</summary>
    public struct Envelope
    {
        public UInt160 Creator;
        public BigInteger TotalAmount;
        public BigInteger PacketCount;
        public BigInteger ClaimedCount;
        public BigInteger RemainingAmount;
        public UInt160 BestLuckAddress;
        public BigInteger BestLuckAmount;
        public BigInteger State;
        public BigInteger ExpiryTime;
        public string Message;
        public BigInteger Mode;
    }

    /// <summary>Struct [Claimer, Amount] of one claimed packet.</summary>
    public struct PacketClaim
    {
        public UInt160 Claimer;
        public BigInteger Amount;
    }
}
