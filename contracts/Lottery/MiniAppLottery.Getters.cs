// Spec: lottery.md "Getters" — getRoundEntry [H] (O(1) per index) and the plain reads: getRound,
// getRoundRandomness, currentRound, totalPrizesDistributed, isDrawPending, getPlayerTickets,
// getScratchTicket, getPlayerScratchCount.
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;

namespace MiniApps
{
    public partial class MiniAppLottery
    {
        /// <summary>[H] The stored entry FirstEntryId + i of the round; null for an absent round or i ∉ [0, EntryCount).</summary>
        [Safe]
        public static object[] GetRoundEntry(BigInteger roundId, BigInteger entryIndex)
        {
            if (!RoundExists(roundId)) return null;
            LotteryRound r = LoadRound(roundId);
            if (entryIndex < 0 || entryIndex >= r.EntryCount) return null;
            return (object[])StdLib.Deserialize(Read(EntryKey(r.FirstEntryId + entryIndex)));
        }

        [Safe]
        public static object[] GetRound(BigInteger roundId)
        {
            ByteString stored = Read(RoundKey(roundId));
            if (stored == null) return null;
            return (object[])StdLib.Deserialize(stored);
        }

        [Safe]
        public static ByteString GetRoundRandomness(BigInteger roundId)
        {
            return Read(RandomnessKey(roundId));
        }

        [Safe]
        public static BigInteger CurrentRound()
        {
            return CurrentRoundId();
        }

        [Safe]
        public static BigInteger TotalPrizesDistributed()
        {
            return ReadInteger(PREFIX_TOTAL_PRIZES);
        }

        [Safe]
        public static bool IsDrawPending()
        {
            return Read(PREFIX_PENDING_DRAW) != null;
        }

        [Safe]
        public static BigInteger GetPlayerTickets(UInt160 player, BigInteger roundId)
        {
            return ReadInteger(PlayerTicketsKey(player, roundId));
        }

        [Safe]
        public static object[] GetScratchTicket(BigInteger ticketId)
        {
            ByteString stored = Read(ScratchKey(ticketId));
            if (stored == null) return null;
            return (object[])StdLib.Deserialize(stored);
        }

        [Safe]
        public static BigInteger GetPlayerScratchCount(UInt160 player)
        {
            return ReadInteger(Key(PREFIX_PLAYER_SCRATCH_COUNT, player));
        }
    }
}
