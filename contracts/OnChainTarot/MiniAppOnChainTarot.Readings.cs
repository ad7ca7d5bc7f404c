// Spec: on-chain-tarot.md "Methods" — RCHK, NEWREADING, the spread table (fee, count) and loading
// a reading, shared by both paths.
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;

namespace MiniApps
{
    public partial class MiniAppOnChainTarot
    {
        /// <summary>RCHK(user, question, spread, category): NP; 1 ≤ len(utf8(question)) ≤ 500;
        /// 1 ≤ spread ≤ 4; 1 ≤ category ≤ 5.</summary>
        private static void CheckReading(string question, BigInteger spreadType, BigInteger category)
        {
            ValidateNotGloballyPaused(APP_ID);
            if (!(question.Length >= 1 && question.Length <= MAX_QUESTION_BYTES)) throw new Exception("invalid question");
            if (!(spreadType >= 1 && spreadType <= 4)) throw new Exception("invalid spread");
            if (!(category >= 1 && category <= MAX_CATEGORY)) throw new Exception("invalid category");
        }

        /// <summary>fee(s) of the spread table, s ∈ 1–4 (an indexed table: the same cost for every spread).</summary>
        private static BigInteger SpreadFee(BigInteger spreadType)
        {
            BigInteger[] fees = new BigInteger[] { 5000000, 10000000, 20000000, 50000000 };
            return fees[(int)spreadType - 1];
        }

        /// <summary>count(s) of the spread table, s ∈ 1–4.</summary>
        private static BigInteger SpreadCards(BigInteger spreadType)
        {
            BigInteger[] counts = new BigInteger[] { 1, 3, 5, 10 };
            return counts[(int)spreadType - 1];
        }

        /// <summary>NEWREADING(user, question, spread, category, mode): the next id, a pending
        /// reading without cards, the user's, total and per-spread counters; returns the id.</summary>
        private static BigInteger NewReading(UInt160 user, string question, BigInteger spreadType, BigInteger category, BigInteger mode)
        {
            BigInteger id = ReadInteger(PREFIX_READING_COUNTER) + 1;
            WriteInteger(PREFIX_READING_COUNTER, id);
            Reading reading = new Reading
            {
                User = user,
                Question = question,
                Cards = new BigInteger[0],
                SpreadType = spreadType,
                Category = category,
                Status = STATUS_PENDING,
                Timestamp = Now(),
                Mode = mode
            };
            Write(ReadingKey(id), StdLib.Serialize(reading));
            WriteInteger(UserReadingsKey(user), ReadInteger(UserReadingsKey(user)) + 1);
            WriteInteger(PREFIX_TOTAL_READINGS, ReadInteger(PREFIX_TOTAL_READINGS) + 1);
            WriteInteger(SpreadCountKey(spreadType), ReadInteger(SpreadCountKey(spreadType)) + 1);
            return id;
        }

        /// <summary>The stored Reading at 41‖bytes(readingId), or null.</summary>
        private static ByteString StoredReading(BigInteger readingId)
        {
            return Read(ReadingKey(readingId));
        }
    }
}
