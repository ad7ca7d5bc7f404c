// Spec: coin-flip.md "Methods" — the TEE-verified two-phase path (pattern 7, script flip-coin):
// initiateBet takes the stake and derives the seed; settleBet checks the claimed outcome against
// the on-chain recomputation from that seed and resolves; calculateExpectedResult.
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;

namespace MiniApps
{
    public partial class MiniAppCoinFlip
    {
        /// <summary>NP; the script enabled; BCHK; OPEN(…, 2); the bet's seed; returns [betId, seed, "flip-coin"].</summary>
        public static object[] InitiateBet(UInt160 player, BigInteger amount, bool choice, BigInteger receiptId)
        {
            ValidateNotGloballyPaused(APP_ID);
            if (!IsScriptEnabled(SCRIPT_NAME)) throw new Exception("script not registered");
            CheckBet(player, amount, receiptId);
            BigInteger id = OpenBet(player, amount, choice, MODE_HYBRID);
            ByteString seed = GenerateOperationSeed(id, player, SCRIPT_NAME);
            OnBetInitiated(player, id, amount, choice, seed);
            return new object[] { id, seed, SCRIPT_NAME };
        }

        /// <summary>The owner settles once, with the registered script hash and the honest outcome; the seed is deleted.</summary>
        public static void SettleBet(UInt160 player, BigInteger betId, bool claimedWon, ByteString scriptHash)
        {
            ValidateNotGloballyPaused(APP_ID);
            ValidateUser(player);
            ValidateScriptHash(SCRIPT_NAME, scriptHash);
            Bet bet = LoadBet(betId);
            if (bet.Player != player) throw new Exception("not your bet");
            if (bet.Resolved) throw new Exception("already resolved");
            if (bet.Mode != MODE_HYBRID) throw new Exception("not hybrid mode");
            ByteString seed = GetOperationSeed(betId);
            if (seed == null) throw new Exception("no seed");
            if (claimedWon != IsWin(seed, bet.Choice)) throw new Exception("result mismatch");
            DeleteOperationSeed(betId);
            ResolveBet(betId, bet, seed);
        }

        /// <summary>won for x = seed (any bytes).</summary>
        [Safe]
        public static bool CalculateExpectedResult(ByteString seed, bool choice)
        {
            return IsWin(seed, choice);
        }
    }
}
