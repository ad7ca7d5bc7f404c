// Spec: turtle-match.md "Methods" — the two-phase path (patterns 6/7, script turtle-match-logic):
// startGame takes the payment (bet limits, receipt) and derives the session seed; settleGame checks
// the claimed totals against the bounds and the on-chain recomputation from that seed, then pays.
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace MiniApps
{
    public partial class MiniAppTurtleMatch
    {
        /// <summary>NP; A(player); the script enabled; 3 ≤ boxCount ≤ 20; BET and RCPT on boxCount × price;
        /// a new session, its seed, RECBET, the totals; event GameStarted; returns the session id.</summary>
        public static BigInteger StartGame(UInt160 player, BigInteger boxCount, BigInteger receiptId)
        {
            ValidateNotGloballyPaused(APP_ID);
            ValidateUser(player);
            if (!IsScriptEnabled(SCRIPT_NAME)) throw new Exception("script not registered");
            if (!(boxCount >= MIN_BOXES && boxCount <= MAX_BOXES)) throw new Exception("invalid box count");
            BigInteger pay = boxCount * BLINDBOX_PRICE;
            ValidateGameBetLimits(player, pay);
            ValidatePaymentReceipt(APP_ID, player, pay, receiptId);
            BigInteger sid = ReadInteger(PREFIX_SESSION_COUNTER) + 1;
            WriteInteger(PREFIX_SESSION_COUNTER, sid);
            ByteString seed = GenerateOperationSeed(sid, player, SCRIPT_NAME);
            TurtleSession session = new TurtleSession
            {
                SessionId = sid,
                Player = player,
                BoxCount = boxCount,
                Payment = pay,
                StartTime = Now(),
                Settled = false,
                TotalMatches = 0,
                TotalReward = 0,
                SettleTime = 0
            };
            Write(SessionKey(sid), StdLib.Serialize(session));
            RecordGameBet(player, pay);
            WriteInteger(PREFIX_TOTAL_BOXES, ReadInteger(PREFIX_TOTAL_BOXES) + boxCount);
            ByteString playerKey = PlayerSessionsKey(player);
            WriteInteger(playerKey, ReadInteger(playerKey) + 1);
            OnGameStarted(player, sid, boxCount, seed);
            return sid;
        }

        /// <summary>The owner settles once, with the registered script hash and exactly GAME(seed, BoxCount);
        /// the seed is deleted, the session and totals written, then the reward paid (if any); returns true.
        /// "seed not found" (step 7) is kept as the spec writes it, but no sequence reaches it: the seed is
        /// deleted only by the settlement that also sets Settled, so "already settled" comes first.</summary>
        public static bool SettleGame(UInt160 player, BigInteger sessionId, BigInteger totalMatches, BigInteger totalReward, ByteString scriptHash)
        {
            ValidateNotGloballyPaused(APP_ID);
            ValidateUser(player);
            ValidateScriptHash(SCRIPT_NAME, scriptHash);
            ByteString stored = Read(SessionKey(sessionId));
            if (stored == null) throw new Exception("session not found");
            TurtleSession session = (TurtleSession)StdLib.Deserialize(stored);
            if (session.Player != player) throw new Exception("not session owner");
            if (session.Settled) throw new Exception("already settled");
            ByteString seed = GetOperationSeed(sessionId);
            if (seed == null) throw new Exception("seed not found");
            if (!(totalMatches >= 0 && totalMatches <= MAX_MATCHES_PER_BOX * session.BoxCount)) throw new Exception("matches out of bounds");
            if (!(totalReward >= 0 && totalReward <= MAX_REWARD_PER_BOX * session.BoxCount)) throw new Exception("reward out of bounds");
            BigInteger[] result = Game(seed, session.BoxCount);
            BigInteger matches = result[0];
            BigInteger reward = result[1];
            if (totalMatches != matches) throw new Exception("matches mismatch");
            if (totalReward != reward) throw new Exception("reward mismatch");
            DeleteOperationSeed(sessionId);
            session.Settled = true;
            session.TotalMatches = matches;
            session.TotalReward = reward;
            session.SettleTime = Now();
            Write(SessionKey(sessionId), StdLib.Serialize(session));
            WriteInteger(PREFIX_TOTAL_MATCHES, ReadInteger(PREFIX_TOTAL_MATCHES) + matches);
            WriteInteger(PREFIX_TOTAL_PAID, ReadInteger(PREFIX_TOTAL_PAID) + reward);
            if (reward > 0)
            {
                if (!GAS.Transfer(Runtime.ExecutingScriptHash, player, reward, null)) throw new Exception("transfer failed");
            }
            OnGameSettled(player, sessionId, matches, reward);
            return true;
        }
    }
}
