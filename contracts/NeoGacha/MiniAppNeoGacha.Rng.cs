// Spec: neo-gacha.md "Plays" — the gateway RNG flow: playMachine [D flow] with onServiceCallback [D]
// (O(n) selection inside the callback), playMachineHybrid [H flow] with onServiceCallbackHybrid [H]
// (stores the randomness only) and settlePlayWithRng [H] (O(1) check against the stored
// cumulative weight).
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;

namespace MiniApps
{
    public partial class MiniAppNeoGacha
    {
        /// <summary>[D flow] PCHK; A; BET; RCPT; a Mode-1 play and an RNG request answered by onServiceCallback.</summary>
        public static BigInteger PlayMachine(UInt160 player, BigInteger machineId, BigInteger receiptId)
        {
            return RequestPlay(player, machineId, receiptId, MODE_RNG_LEGACY, CALLBACK_LEGACY);
        }

        /// <summary>[H flow] The same with a Mode-2 play answered by onServiceCallbackHybrid.</summary>
        public static BigInteger PlayMachineHybrid(UInt160 player, BigInteger machineId, BigInteger receiptId)
        {
            return RequestPlay(player, machineId, receiptId, MODE_RNG_HYBRID, CALLBACK_HYBRID);
        }

        private static BigInteger RequestPlay(UInt160 player, BigInteger machineId, BigInteger receiptId, BigInteger mode, string callback)
        {
            Machine m = CheckPlayable(player, machineId);
            ValidateUser(player);
            ValidateGameBetLimits(player, m.Price);
            ValidatePaymentReceipt(APP_ID, player, m.Price, receiptId);
            BigInteger p = OpenPlay(player, machineId, m.Price, mode);
            ByteString context = (ByteString)p;
            BigInteger requestId = RequestRng(APP_ID, context, callback);
            StoreRequestData(requestId, context);
            RecordGameBet(player, m.Price);
            OnPlayRequested(player, machineId, p, requestId);
            return p;
        }

        /// <summary>[D] Gateway only: LOOPSEL over the machine's items with the RNG result, then RESOLVE; a
        /// failed request refunds.</summary>
        public static void OnServiceCallback(BigInteger requestId, string appId, string serviceType, bool success, ByteString result, string error)
        {
            ByteString context = ValidateCallback(requestId, appId, serviceType, SERVICE_TYPE_RNG, APP_ID);
            BigInteger playId = (BigInteger)context;
            Play play = CheckPlay(playId, MODE_RNG_LEGACY);
            DeleteRequestData(requestId);
            if (IsCallbackFailure(success, result))
            {
                RefundPlay(playId, play);
                return;
            }
            Machine m = StoredMachine(play.MachineId);
            BigInteger i = LoopSelect(play.MachineId, m, result);
            ResolvePlay(playId, play, i);
        }

        /// <summary>[H] Gateway only: stores the RNG result at 50‖bytes(playId) (RngStored); a failed request refunds.</summary>
        public static void OnServiceCallbackHybrid(BigInteger requestId, string appId, string serviceType, bool success, ByteString result, string error)
        {
            ByteString context = ValidateCallback(requestId, appId, serviceType, SERVICE_TYPE_RNG, APP_ID);
            BigInteger playId = (BigInteger)context;
            Play play = CheckPlay(playId, MODE_RNG_HYBRID);
            DeleteRequestData(requestId);
            if (IsCallbackFailure(success, result))
            {
                RefundPlay(playId, play);
                return;
            }
            Write(RandomnessKey(playId), result);
            OnRngStored(playId, result);
        }

        /// <summary>[H] The owner settles a Mode-2 play with the frontend's selection: W == TotalWeight, i in
        /// range, C == the stored Cwb_i, C ≤ roll(R, W) &lt; C + w_i (O(1)); the randomness is deleted.</summary>
        public static void SettlePlayWithRng(UInt160 player, BigInteger playId, BigInteger selectedIndex, BigInteger cumulativeWeightBefore, BigInteger availableWeight)
        {
            ValidateNotGloballyPaused(APP_ID);
            ValidateUser(player);
            Play play = CheckPlay(playId, MODE_RNG_HYBRID);
            if (play.Player != player) throw new Exception("not play owner");
            ByteString randomness = Read(RandomnessKey(playId));
            if (randomness == null) throw new Exception("randomness not found");
            Machine m = StoredMachine(play.MachineId);
            if (availableWeight != m.TotalWeight) throw new Exception("weight mismatch");
            if (!(selectedIndex >= 1 && selectedIndex <= m.ItemCount)) throw new Exception("invalid selection");
            GachaItem it = LoadItem(play.MachineId, selectedIndex);
            if (cumulativeWeightBefore != it.CumulativeWeightBefore) throw new Exception("cumulative mismatch");
            if (!InRange(randomness, availableWeight, cumulativeWeightBefore, it.Weight)) throw new Exception("selection mismatch");
            DeleteKey(RandomnessKey(playId));
            ResolvePlay(playId, play, selectedIndex);
        }
    }
}
