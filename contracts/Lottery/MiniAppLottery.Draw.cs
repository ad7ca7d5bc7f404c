// Spec: lottery.md "Classic rounds" — the draw: initiateDraw [D flow] and initiateDrawHybrid [H flow]
// (gateway RNG requests), initiateRound (seed-based draw, pattern 7), storeDrawRandomness [H] (the
// callback only stores randomness) and settleRoundOptimized [H] (O(1) check of the claimed winner
// against the stored cumulative ticket index) with its aliases settleRoundWithWinner and settleRound.
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;

namespace MiniApps
{
    public partial class MiniAppLottery
    {
        /// <summary>[D flow] An RNG request whose callback onServiceCallback picks the winner in O(n).</summary>
        public static void InitiateDraw()
        {
            RequestDraw(CALLBACK_DEPRECATED);
        }

        /// <summary>[H flow] An RNG request whose callback storeDrawRandomness only stores the result.</summary>
        public static void InitiateDrawHybrid()
        {
            RequestDraw(CALLBACK_HYBRID);
        }

        private static void RequestDraw(string callbackMethod)
        {
            ValidateNotGloballyPaused(APP_ID);
            LotteryRound r = CheckDraw();
            ByteString context = (ByteString)r.Id;
            BigInteger q = RequestRng(APP_ID, context, callbackMethod);
            StoreRequestData(q, context);
            WriteInteger(PREFIX_PENDING_DRAW, q);
            WriteInteger(PREFIX_DRAW_TIME, Now());
            OnDrawInitiated(r.Id, q);
        }

        /// <summary>[H] Seed-based draw: the operation-seed formula (opId = round id, user = admin, "draw-winner")
        /// stored at 50‖bytes(r.Id); 45 := −1; returns [roundId, seed, "draw-winner"].</summary>
        public static object[] InitiateRound()
        {
            ValidateNotGloballyPaused(APP_ID);
            LotteryRound r = CheckDraw();
            if (!IsScriptEnabled(SCRIPT_DRAW)) throw new Exception("script not registered");
            ByteString seed = SeedOf(r.Id, Admin(), SCRIPT_DRAW);
            Write(RandomnessKey(r.Id), seed);
            WriteInteger(PREFIX_PENDING_DRAW, SEED_DRAW);
            OnDrawRandomnessStored(r.Id, seed);
            return new object[] { r.Id, seed, SCRIPT_DRAW };
        }

        /// <summary>[H] Gateway only: failure → DRAW_FAIL; success stores the result at 50‖bytes(roundId); the draw stays pending.</summary>
        public static void StoreDrawRandomness(BigInteger requestId, string appId, string serviceType, bool success, ByteString result, string error)
        {
            BigInteger roundId = (BigInteger)ValidateCallback(requestId, appId, serviceType, SERVICE_TYPE_RNG, APP_ID);
            DeleteRequestData(requestId);
            if (IsCallbackFailure(success, result))
            {
                DrawFail(roundId, requestId);
                return;
            }
            Write(RandomnessKey(roundId), result);
            OnDrawRandomnessStored(roundId, result);
        }

        /// <summary>[H] Anyone: checks 1–7 of lottery.md (O(1): the claimed entry's [StartTicket, StartTicket + Count)
        /// holds w(R, TotalTickets)), then the randomness deleted and SETTLE_ROUND.</summary>
        public static bool SettleRoundOptimized(BigInteger roundId, UInt160 claimedWinner, BigInteger claimedEntryIndex, ByteString scriptHash)
        {
            ValidateNotGloballyPaused(APP_ID);
            ValidateScriptHash(SCRIPT_DRAW, scriptHash);
            if (roundId != CurrentRoundId()) throw new Exception("not current round");
            ByteString randomness = Read(RandomnessKey(roundId));
            if (randomness == null) throw new Exception("no randomness");
            LotteryRound r = LoadRound(roundId);
            if (!(claimedEntryIndex >= 0 && claimedEntryIndex < r.EntryCount)) throw new Exception("invalid entry index");
            RoundEntry e = LoadEntry(r.FirstEntryId + claimedEntryIndex);
            if (e.Player != claimedWinner) throw new Exception("winner mismatch");
            BigInteger w = WinningTicket(randomness, r.TotalTickets);
            if (!(e.StartTicket <= w && w < e.StartTicket + e.Count)) throw new Exception("invalid winner");
            DeleteKey(RandomnessKey(roundId));
            CloseRound(r, claimedWinner);
            return true;
        }

        /// <summary>Alias of settleRoundOptimized.</summary>
        public static bool SettleRoundWithWinner(BigInteger roundId, UInt160 claimedWinner, BigInteger claimedEntryIndex, ByteString scriptHash)
        {
            return SettleRoundOptimized(roundId, claimedWinner, claimedEntryIndex, scriptHash);
        }

        /// <summary>Alias of settleRoundOptimized (the seed-based draw's settlement).</summary>
        public static bool SettleRound(BigInteger roundId, UInt160 claimedWinner, BigInteger claimedEntryIndex, ByteString scriptHash)
        {
            return SettleRoundOptimized(roundId, claimedWinner, claimedEntryIndex, scriptHash);
        }
    }
}
