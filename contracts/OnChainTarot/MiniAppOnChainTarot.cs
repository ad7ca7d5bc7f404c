// Spec: on-chain-tarot.md — MiniAppOnChainTarot: constants, storage keys, events, deployment, payments.
// Methods by concern: .Readings.cs (RCHK, NEWREADING, the spread table, loading), .Cards.cs (the
// card function CARDS), .Legacy.cs (requestReading, onServiceCallback), .Hybrid.cs
// (initiateReading, settleReading, calculateCardsFromSeed), .Getters.cs (safe getters).
using System.ComponentModel;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;

namespace MiniApps
{
    [DisplayName("MiniAppOnChainTarot")]
    [ManifestExtra("Author", "MiniApp verification harness")]
    [ManifestExtra("Description", "Tarot spreads drawn without repetition: TEE-verified two-phase settlement vs the legacy RNG callback")]
    [ManifestExtra("Version", "1.0.0")]
    [ContractPermission("*", "transfer", "getReceipt", "isPaused", "requestService")]
    public partial class MiniAppOnChainTarot : MiniAppComputeBase
    {
        private const string APP_ID = "miniapp-onchaintarot";
        private const string SCRIPT_NAME = "calculate-cards";
        private const string CALLBACK_METHOD = "onServiceCallback";

        // Constants (on-chain-tarot.md "Constants").
        private const long TOTAL_CARDS = 78;
        private const long MAX_QUESTION_BYTES = 500;
        private const long MAX_CATEGORY = 5;
        private const long MAX_CARD_COUNT = 10;
        /// <summary>beN(h, 4): the first four bytes of each draw's hash, big-endian.</summary>
        private const long CARD_HASH_BYTES = 4;

        private const long STATUS_PENDING = 0;
        private const long STATUS_COMPLETED = 1;
        private const long STATUS_REFUNDED = 2;
        private const long MODE_RNG = 1;
        private const long MODE_HYBRID = 2;

        // Storage keys 0x40–0x4F.
        /// <summary>40: reading counter (the operation id of reading seeds).</summary>
        private const string PREFIX_READING_COUNTER = "\x40";
        /// <summary>41‖bytes(readingId): Reading Struct.</summary>
        private const string PREFIX_READING = "\x41";
        /// <summary>42‖h160(user): the user's reading count.</summary>
        private const string PREFIX_USER_READINGS = "\x42";
        /// <summary>43: total readings.</summary>
        private const string PREFIX_TOTAL_READINGS = "\x43";
        /// <summary>44‖bytes(spreadType): readings per spread.</summary>
        private const string PREFIX_SPREAD_COUNT = "\x44";

        public delegate void ReadingRequestedHandler(BigInteger readingId, UInt160 user, string question, BigInteger spreadType);
        public delegate void ReadingInitiatedHandler(UInt160 user, BigInteger readingId, BigInteger spreadType, BigInteger cardCount, ByteString seed);
        public delegate void ReadingCompletedHandler(BigInteger readingId, UInt160 user, BigInteger[] cards);
        public delegate void ReadingRefundedHandler(BigInteger readingId, UInt160 user, BigInteger amount);

        [DisplayName("ReadingRequested")]
        public static event ReadingRequestedHandler OnReadingRequested;

        [DisplayName("ReadingInitiated")]
        public static event ReadingInitiatedHandler OnReadingInitiated;

        [DisplayName("ReadingCompleted")]
        public static event ReadingCompletedHandler OnReadingCompleted;

        [DisplayName("ReadingRefunded")]
        public static event ReadingRefundedHandler OnReadingRefunded;

        public static void _deploy(object data, bool update)
        {
            BaseDeploy(update);
        }

        public static void OnNEP17Payment(UInt160 from, BigInteger amount, object data)
        {
            AcceptGasOnly();
        }

        private static ByteString ReadingKey(BigInteger readingId)
        {
            return IntegerKey(PREFIX_READING, readingId);
        }

        private static ByteString UserReadingsKey(UInt160 user)
        {
            return Key(PREFIX_USER_READINGS, user);
        }

        private static ByteString SpreadCountKey(BigInteger spreadType)
        {
            return IntegerKey(PREFIX_SPREAD_COUNT, spreadType);
        }
    }
}
