// Spec: on-chain-tarot.md "Methods" — the TEE-verified two-phase path (pattern 7, script
// calculate-cards): initiateReading takes the fee and derives the seed; settleReading checks the
// submitted cards against the on-chain recomputation from that seed; calculateCardsFromSeed.
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;

namespace MiniApps
{
    public partial class MiniAppOnChainTarot
    {
        /// <summary>RCHK; the script enabled; A(user); RCPT; NEWREADING(…, 2); the reading's seed;
        /// returns [readingId, seed, cardCount, "calculate-cards"].</summary>
        public static object[] InitiateReading(UInt160 user, string question, BigInteger spreadType, BigInteger category, BigInteger receiptId)
        {
            CheckReading(question, spreadType, category);
            if (!IsScriptEnabled(SCRIPT_NAME)) throw new Exception("script not registered");
            ValidateUser(user);
            ValidatePaymentReceipt(APP_ID, user, SpreadFee(spreadType), receiptId);
            BigInteger id = NewReading(user, question, spreadType, category, MODE_HYBRID);
            ByteString seed = GenerateOperationSeed(id, user, SCRIPT_NAME);
            BigInteger count = SpreadCards(spreadType);
            OnReadingInitiated(user, id, spreadType, count, seed);
            return new object[] { id, seed, count, SCRIPT_NAME };
        }

        /// <summary>The owner settles once, with the registered script hash and exactly CARDS(seed, n);
        /// the cards are recorded, the seed deleted.</summary>
        public static bool SettleReading(UInt160 user, BigInteger readingId, BigInteger[] calculatedCards, ByteString scriptHash)
        {
            ValidateNotGloballyPaused(APP_ID);
            ValidateUser(user);
            ByteString stored = StoredReading(readingId);
            if (stored == null) throw new Exception("reading not found");
            Reading reading = (Reading)StdLib.Deserialize(stored);
            if (reading.User != user) throw new Exception("not owner");
            if (reading.Status != STATUS_PENDING) throw new Exception("already completed");
            if (reading.Mode != MODE_HYBRID) throw new Exception("not hybrid mode");
            ValidateScriptHash(SCRIPT_NAME, scriptHash);
            ByteString seed = GetOperationSeed(readingId);
            if (seed == null) throw new Exception("seed not found");
            BigInteger n = SpreadCards(reading.SpreadType);
            if (calculatedCards.Length != n) throw new Exception("wrong card count");
            BigInteger[] cards = Cards(seed, n);
            for (int i = 0; i < cards.Length; i++)
            {
                if (calculatedCards[i] != cards[i]) throw new Exception("card mismatch");
            }
            reading.Cards = cards;
            reading.Status = STATUS_COMPLETED;
            Write(ReadingKey(readingId), StdLib.Serialize(reading));
            DeleteOperationSeed(readingId);
            OnReadingCompleted(readingId, user, reading.Cards);
            return true;
        }

        /// <summary>1 ≤ cardCount ≤ 10 → "invalid card count"; CARDS(seed, cardCount).</summary>
        [Safe]
        public static BigInteger[] CalculateCardsFromSeed(ByteString seed, BigInteger cardCount)
        {
            if (!(cardCount >= 1 && cardCount <= MAX_CARD_COUNT)) throw new Exception("invalid card count");
            return Cards(seed, cardCount);
        }
    }
}
