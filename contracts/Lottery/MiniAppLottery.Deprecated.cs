// Spec: lottery.md — deprecated [D] methods: onServiceCallback (the O(n) winner walk inside the
// RNG callback), selectWinner (O(n)), getRoundParticipantsForFrontend (O(n)) and
// getPlayerUnrevealedTickets (O(2n)).
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;

namespace MiniApps
{
    public partial class MiniAppLottery
    {
        /// <summary>[D] Gateway only: failure → DRAW_FAIL; success → SETTLE_ROUND with selectWinner's O(n) search.</summary>
        public static void OnServiceCallback(BigInteger requestId, string appId, string serviceType, bool success, ByteString result, string error)
        {
            BigInteger roundId = (BigInteger)ValidateCallback(requestId, appId, serviceType, SERVICE_TYPE_RNG, APP_ID);
            DeleteRequestData(requestId);
            if (IsCallbackFailure(success, result))
            {
                DrawFail(roundId, requestId);
                return;
            }
            LotteryRound r = LoadRound(roundId);
            CloseRound(r, SelectWinner(roundId, result));
        }

        /// <summary>[D] O(n): the first entry with w(R, TotalTickets) &lt; StartTicket + Count; null for an absent round or no tickets.</summary>
        [Safe]
        public static UInt160 SelectWinner(BigInteger roundId, ByteString randomness)
        {
            if (!RoundExists(roundId)) return null;
            LotteryRound r = LoadRound(roundId);
            if (r.TotalTickets == 0) return null;
            BigInteger w = WinningTicket(randomness, r.TotalTickets);
            for (BigInteger i = 0; i < r.EntryCount; i++)
            {
                RoundEntry e = LoadEntry(r.FirstEntryId + i);
                if (w < e.StartTicket + e.Count) return e.Player;
            }
            return null;
        }

        /// <summary>[D] O(n): every entry of the round as positional arrays; an empty Map for an absent round.</summary>
        [Safe]
        public static Map<string, object> GetRoundParticipantsForFrontend(BigInteger roundId)
        {
            Map<string, object> view = new Map<string, object>();
            if (!RoundExists(roundId)) return view;
            LotteryRound r = LoadRound(roundId);
            int n = (int)r.EntryCount;
            object[] participants = new object[n];
            object[] startTickets = new object[n];
            object[] cumulativeSums = new object[n];
            for (int i = 0; i < n; i++)
            {
                RoundEntry e = LoadEntry(r.FirstEntryId + i);
                participants[i] = e.Player;
                startTickets[i] = e.StartTicket;
                cumulativeSums[i] = e.StartTicket + e.Count;
            }
            view["participantCount"] = r.ParticipantCount;
            view["entryCount"] = r.EntryCount;
            view["totalTickets"] = r.TotalTickets;
            view["participants"] = participants;
            view["startTickets"] = startTickets;
            view["cumulativeSums"] = cumulativeSums;
            return view;
        }

        /// <summary>[D] O(2n): the player's unscratched tickets (stored Structs) in list order.</summary>
        [Safe]
        public static object[] GetPlayerUnrevealedTickets(UInt160 player)
        {
            BigInteger count = ReadInteger(Key(PREFIX_PLAYER_SCRATCH_COUNT, player));
            BigInteger unrevealed = 0;
            for (BigInteger k = 0; k < count; k++)
            {
                ScratchTicket t = LoadScratch(PlayerScratchId(player, k));
                if (!t.Scratched) unrevealed += 1;
            }
            object[] tickets = new object[(int)unrevealed];
            int j = 0;
            for (BigInteger k = 0; k < count; k++)
            {
                ScratchTicket t = LoadScratch(PlayerScratchId(player, k));
                if (!t.Scratched)
                {
                    tickets[j] = t;
                    j++;
                }
            }
            return tickets;
        }
    }
}
