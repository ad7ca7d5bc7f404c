// Spec: lottery.md "Classic rounds" — buyTickets (the cumulative index), SETTLE_ROUND, DRAW_FAIL,
// the shared draw preconditions and cancelDraw (LO-P11).
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace MiniApps
{
    public partial class MiniAppLottery
    {
        /// <summary>NP; 1–100 tickets; no draw pending; A(player); BET and RCPT for ticketCount × TICKET_PRICE.
        /// Appends the entry [player, TotalTickets, ticketCount] to the current round.</summary>
        public static void BuyTickets(UInt160 player, BigInteger ticketCount, BigInteger receiptId)
        {
            ValidateNotGloballyPaused(APP_ID);
            if (!(ticketCount >= 1 && ticketCount <= MAX_TICKETS_PER_TX)) throw new Exception("1-100 tickets max");
            if (Read(PREFIX_PENDING_DRAW) != null) throw new Exception("draw in progress");
            ValidateUser(player);
            BigInteger cost = ticketCount * TICKET_PRICE;
            ValidateGameBetLimits(player, cost);
            ValidatePaymentReceipt(APP_ID, player, cost, receiptId);

            LotteryRound r = LoadRound(CurrentRoundId());
            BigInteger e = ReadInteger(PREFIX_ENTRY_COUNTER) + 1;
            WriteInteger(PREFIX_ENTRY_COUNTER, e);
            RoundEntry entry = new RoundEntry { Player = player, StartTicket = r.TotalTickets, Count = ticketCount };
            Write(EntryKey(e), StdLib.Serialize(entry));
            r.EntryCount += 1;
            ByteString ticketsKey = PlayerTicketsKey(player, r.Id);
            if (Read(ticketsKey) == null) r.ParticipantCount += 1;
            WriteInteger(ticketsKey, ReadInteger(ticketsKey) + ticketCount);
            r.TotalTickets += ticketCount;
            r.PrizePool += cost;
            StoreRound(r);
            RecordGameBet(player, cost);
            OnTicketPurchased(player, ticketCount, r.Id);
        }

        /// <summary>The three draw methods' checks after NP: admin, no draw pending, a pool, 3 distinct players.</summary>
        private static LotteryRound CheckDraw()
        {
            ValidateAdmin();
            if (Read(PREFIX_PENDING_DRAW) != null) throw new Exception("draw already pending");
            LotteryRound r = LoadRound(CurrentRoundId());
            if (!(r.PrizePool > 0)) throw new Exception("no prize pool");
            if (!(r.ParticipantCount >= MIN_PARTICIPANTS)) throw new Exception("min participants not met");
            return r;
        }

        /// <summary>SETTLE_ROUND(r, winner): 90 % of the pool to the winner, the round closed, the next one
        /// opened, the pending draw cleared; state before the transfer.</summary>
        private static void CloseRound(LotteryRound r, UInt160 winner)
        {
            BigInteger prize = r.PrizePool * (100 - PLATFORM_FEE_PERCENT) / 100;
            r.Winner = winner;
            r.WinnerPrize = prize;
            r.EndTime = Now();
            r.Completed = true;
            StoreRound(r);
            WriteInteger(PREFIX_TOTAL_PRIZES, ReadInteger(PREFIX_TOTAL_PRIZES) + prize);
            DeleteKey(PREFIX_PENDING_DRAW);
            DeleteKey(PREFIX_DRAW_TIME);
            BigInteger n = r.Id + 1;
            WriteInteger(PREFIX_CURRENT_ROUND, n);
            StoreRound(NewRound(n, ReadInteger(PREFIX_ENTRY_COUNTER) + 1));
            if (!GAS.Transfer(Runtime.ExecutingScriptHash, winner, prize, null)) throw new Exception("transfer failed");
            OnWinnerDrawn(winner, prize, r.Id);
            OnRoundCompleted(r.Id, winner, prize, r.TotalTickets);
        }

        /// <summary>DRAW_FAIL(roundId, q): the draw cleared, the round continues unchanged.</summary>
        private static void DrawFail(BigInteger roundId, BigInteger requestId)
        {
            DeleteKey(PREFIX_PENDING_DRAW);
            DeleteKey(PREFIX_DRAW_TIME);
            OnDrawFailed(roundId, requestId);
        }

        /// <summary>Admin, no NP: clears an RNG draw of the current round whose request is outstanding,
        /// from 4C + DRAW_TIMEOUT on. The cancelled request stays pending at the gateway.</summary>
        public static void CancelDraw(BigInteger roundId)
        {
            ValidateAdmin();
            ByteString pending = Read(PREFIX_PENDING_DRAW);
            BigInteger q = 0;
            if (pending != null) q = (BigInteger)pending;
            if (!(roundId == CurrentRoundId() && q > 0 && GetRequestData(q) != null)) throw new Exception("no pending draw");
            if (!(Now() >= ReadInteger(PREFIX_DRAW_TIME) + DRAW_TIMEOUT)) throw new Exception("draw not timed out");
            DeleteRequestData(q);
            DeleteKey(PREFIX_PENDING_DRAW);
            DeleteKey(PREFIX_DRAW_TIME);
            OnDrawCancelled(roundId);
        }
    }
}
