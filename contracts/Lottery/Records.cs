// Spec: lottery.md "Storage" and "Constants" — the Round (41), Entry (44), ScratchTicket (48) and
// LotteryConfig (49) records.
using System.Numerics;
using Neo;

namespace MiniApps
{
    /// <summary>Struct [Id, StartTime, EndTime, TotalTickets, PrizePool, ParticipantCount, FirstEntryId,
    /// EntryCount, Winner, WinnerPrize, Completed] at 41‖bytes(roundId).</summary>
    public struct LotteryRound
    {
        public BigInteger Id;
        public BigInteger StartTime;
        public BigInteger EndTime;
        public BigInteger TotalTickets;
        public BigInteger PrizePool;
        public BigInteger ParticipantCount;
        public BigInteger FirstEntryId;
        public BigInteger EntryCount;
        public UInt160 Winner;
        public BigInteger WinnerPrize;
        public bool Completed;
    }

    /// <summary>Struct [Player, StartTicket, Count] at 44‖bytes(entryId): the stored cumulative index
    /// (StartTicket = tickets sold in the round before this purchase).</summary>
    public struct RoundEntry
    {
        public UInt160 Player;
        public BigInteger StartTicket;
        public BigInteger Count;
    }

    /// <summary>Struct [Id, Player, Type, PurchaseTime, Scratched, Prize, Hybrid] at 48‖bytes(ticketId).</summary>
    public struct ScratchTicket
    {
        public BigInteger Id;
        public UInt160 Player;
        public BigInteger Type;
        public BigInteger PurchaseTime;
        public bool Scratched;
        public BigInteger Prize;
        public bool Hybrid;
    }

    /// <summary>Struct [Type, TicketPrice, IsInstant, MaxJackpot, Enabled]: a type's override at 49‖bytes(type).</summary>
    public struct LotteryConfig
    {
        public BigInteger Type;
        public BigInteger TicketPrice;
        public bool IsInstant;
        public BigInteger MaxJackpot;
        public bool Enabled;
    }
}
