// Spec: doomsday-clock.md "Methods" — startNewRound, checkAndEndRound, SETTLE(r), BUY(player, n, cost)
// and the purchase steps 1–4 shared by buyKeys and buyKeysWithCost.
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace MiniApps
{
    public partial class MiniAppDoomsdayClock
    {
        /// <summary>Admin: a new round when none exists or the current one is settled.</summary>
        public static void StartNewRound()
        {
            ValidateAdmin();
            ByteString cur = Read(PREFIX_CURRENT_ROUND);
            if (cur != null)
            {
                Round current = LoadRound((BigInteger)cur);
                if (current.Active) throw new Exception("round active");
            }
            BigInteger id = (BigInteger)cur + 1;
            BigInteger now = Now();
            BigInteger endTime = now + INITIAL_DURATION;
            WriteInteger(PREFIX_CURRENT_ROUND, id);
            BigInteger init = ReadInteger(PREFIX_CARRY_OVER);
            WriteInteger(PREFIX_CARRY_OVER, 0);
            Round r = new Round
            {
                Id = id,
                StartTime = now,
                EndTime = endTime,
                Pot = init,
                TotalKeys = 0,
                LastBuyer = UInt160.Zero,
                Winner = UInt160.Zero,
                WinnerPrize = 0,
                Active = true,
                Settled = false
            };
            Write(RoundKey(id), StdLib.Serialize(r));
            OnRoundStarted(id, endTime, init);
        }

        /// <summary>Anyone: settles the current round once its EndTime has passed.</summary>
        public static void CheckAndEndRound()
        {
            ValidateNotGloballyPaused(APP_ID);
            Round r = RequireActiveRound();
            if (!(Now() >= r.EndTime)) throw new Exception("round not ended");
            Settle(r);
        }

        /// <summary>Purchase steps 1–4 (NP, min 1 key, active round, A(player)); returns r.</summary>
        private static Round BeginPurchase(UInt160 player, BigInteger keyCount)
        {
            ValidateNotGloballyPaused(APP_ID);
            if (!(keyCount >= MIN_KEYS)) throw new Exception("min 1 key");
            Round r = RequireActiveRound();
            ValidateUser(player);
            return r;
        }

        /// <summary>A round exists and r.Active → "no active round"; returns r (the current round).</summary>
        private static Round RequireActiveRound()
        {
            ByteString cur = Read(PREFIX_CURRENT_ROUND);
            if (cur == null) throw new Exception("no active round");
            Round r = LoadRound((BigInteger)cur);
            if (!r.Active) throw new Exception("no active round");
            return r;
        }

        /// <summary>SETTLE(r): both callers checked r.Active just before.</summary>
        private static void Settle(Round r)
        {
            UInt160 winner = r.LastBuyer;
            BigInteger prize = 0;
            if (winner != UInt160.Zero) prize = r.Pot * WINNER_SHARE_BPS / BPS_DENOMINATOR;
            r.Active = false;
            r.Settled = true;
            r.Winner = winner;
            r.WinnerPrize = prize;
            StoreCurrentRound(r);
            WriteInteger(PREFIX_CARRY_OVER, ReadInteger(PREFIX_CARRY_OVER) + r.Pot - prize);
            if (prize > 0)
            {
                WriteInteger(PREFIX_TOTAL_PRIZES_PAID, ReadInteger(PREFIX_TOTAL_PRIZES_PAID) + prize);
                if (!GAS.Transfer(Runtime.ExecutingScriptHash, winner, prize, null)) throw new Exception("transfer failed");
            }
            OnDoomsdayWinner(winner, prize, r.Id);
        }

        /// <summary>BUY(player, n, cost): the effects of a purchase that passed its checks.</summary>
        private static void Buy(Round r, UInt160 player, BigInteger n, BigInteger cost)
        {
            BigInteger potContribution = cost * (BPS_DENOMINATOR - PLATFORM_FEE_BPS) / BPS_DENOMINATOR;
            BigInteger now = Now();
            r.Pot += potContribution;
            r.TotalKeys += n;
            r.LastBuyer = player;
            r.EndTime = BigInteger.Min(r.EndTime + n * TIME_ADDED_PER_KEY, now + MAX_DURATION);
            StoreCurrentRound(r);
            ByteString playerKeysKey = PlayerKeysKey(player, r.Id);
            WriteInteger(playerKeysKey, ReadInteger(playerKeysKey) + n);
            WriteInteger(PREFIX_TOTAL_KEYS_SOLD, ReadInteger(PREFIX_TOTAL_KEYS_SOLD) + n);
            RecordBet(player, cost);
            OnKeysPurchased(player, n, potContribution, r.Id);
            OnTimeExtended(r.Id, r.EndTime, n);
        }

        private static ByteString RoundKey(BigInteger roundId)
        {
            return IntegerKey(PREFIX_ROUND, roundId);
        }

        private static ByteString PlayerKeysKey(UInt160 player, BigInteger roundId)
        {
            return Helper.Concat(Key(PREFIX_PLAYER_KEYS, player), (ByteString)roundId);
        }

        private static Round LoadRound(BigInteger roundId)
        {
            return (Round)StdLib.Deserialize(Read(RoundKey(roundId)));
        }

        /// <summary>Store r at RK = 41‖bytes(cur).</summary>
        private static void StoreCurrentRound(Round r)
        {
            Write(RoundKey(ReadInteger(PREFIX_CURRENT_ROUND)), StdLib.Serialize(r));
        }
    }
}
