// Spec: neo-gacha.md "Plays" — the seed two-phase path (patterns 2/7, script select-item):
// initiatePlayOptimized checks the frontend's O(1) inputs and derives the seed;
// settlePlayOptimized checks the TEE's selection against the stored cumulative weight (O(1)).
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;

namespace MiniApps
{
    public partial class MiniAppNeoGacha
    {
        /// <summary>[H] PCHK; the script enabled; an available sample; W′ == AvailableWeight; A; BET; RCPT.
        /// A Mode-3 play with its seed; returns [playId, seed, "select-item"].</summary>
        public static object[] InitiatePlayOptimized(UInt160 player, BigInteger machineId, BigInteger receiptId, BigInteger calculatedAvailableWeight, BigInteger sampleItemIndex)
        {
            Machine m = CheckPlayable(player, machineId);
            if (!IsScriptEnabled(SCRIPT_NAME)) throw new Exception("select script not registered");
            if (!(sampleItemIndex >= 1 && sampleItemIndex <= m.ItemCount)) throw new Exception("invalid sample");
            if (!Available(LoadItem(machineId, sampleItemIndex))) throw new Exception("sample item unavailable");
            if (calculatedAvailableWeight != m.AvailableWeight) throw new Exception("weight mismatch");
            ValidateUser(player);
            ValidateGameBetLimits(player, m.Price);
            ValidatePaymentReceipt(APP_ID, player, m.Price, receiptId);
            BigInteger p = ReadInteger(PREFIX_PLAY_COUNTER) + 1;
            ByteString seed = GenerateOperationSeed(p, player, SCRIPT_NAME);
            OpenPlay(player, machineId, m.Price, MODE_OPTIMIZED);
            RecordGameBet(player, m.Price);
            OnPlayInitiated(player, machineId, p, seed);
            return new object[] { p, seed, SCRIPT_NAME };
        }

        /// <summary>[H] NP; VSH; PLAYCHK(3); owner; A; the seed; the selection in range and C_i ≤ roll(seed, W) &lt;
        /// C_i + w_i against the stored cumulative weight; the seed is deleted, then RESOLVE.</summary>
        public static void SettlePlayOptimized(UInt160 player, BigInteger playId, BigInteger selectedIndex, ByteString scriptHash)
        {
            ValidateNotGloballyPaused(APP_ID);
            ValidateScriptHash(SCRIPT_NAME, scriptHash);
            Play play = CheckPlay(playId, MODE_OPTIMIZED);
            if (play.Player != player) throw new Exception("not play owner");
            ValidateUser(player);
            ByteString seed = GetOperationSeed(playId);
            if (seed == null) throw new Exception("seed not found");
            Machine m = StoredMachine(play.MachineId);
            if (!(selectedIndex >= 1 && selectedIndex <= m.ItemCount)) throw new Exception("invalid selection");
            GachaItem it = LoadItem(play.MachineId, selectedIndex);
            if (!InRange(seed, m.TotalWeight, it.CumulativeWeightBefore, it.Weight)) throw new Exception("selection mismatch");
            DeleteOperationSeed(playId);
            ResolvePlay(playId, play, selectedIndex);
        }
    }
}
