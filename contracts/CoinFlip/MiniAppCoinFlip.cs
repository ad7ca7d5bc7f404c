// Spec: coin-flip.md — MiniAppCoinFlip: constants, storage keys, events, deployment, payments.
// Methods by concern: .Bets.cs (BCHK, OPEN, RESOLVE, REFUND, the outcome function), .Legacy.cs
// (placeBet, onServiceCallback), .Hybrid.cs (initiateBet, settleBet, calculateExpectedResult),
// .Getters.cs (safe getters).
using System.ComponentModel;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;

namespace MiniApps
{
    [DisplayName("MiniAppCoinFlip")]
    [ManifestExtra("Author", "MiniApp verification harness")]
    [ManifestExtra("Description", "Heads or tails: TEE-verified two-phase settlement vs the legacy RNG callback")]
    [ManifestExtra("Version", "1.0.0")]
    [ContractPermission("*", "transfer", "getReceipt", "isPaused", "requestService")]
    public partial class MiniAppCoinFlip : MiniAppGameComputeBase
    {
        private const string APP_ID = "miniapp-coinflip";
        private const string SCRIPT_NAME = "flip-coin";
        private const string CALLBACK_METHOD = "onServiceCallback";

        // Constants (coin-flip.md "Constants and outcome function").
        private const long PLATFORM_FEE_PERCENT = 3;
        private const long MIN_BET = 10000000;
        private const long MAX_BET = 5000000000;
        private const long JACKPOT_CONTRIBUTION_BPS = 100;
        private const long JACKPOT_CHANCE_BPS = 50;
        private const long JACKPOT_THRESHOLD = 100000000;
        private const long STREAK_BONUS_BPS = 50;
        private const long MAX_STREAK_BONUS_BPS = 500;
        private const long BPS_DENOMINATOR = 10000;

        private const long MODE_RNG = 1;
        private const long MODE_HYBRID = 2;
        private const long STREAK_WIN = 1;
        private const long STREAK_LOSS = 2;

        // Storage keys 0x40–0x4F.
        /// <summary>40: bet counter (the operation id of bet seeds).</summary>
        private const string PREFIX_BET_COUNTER = "\x40";
        /// <summary>41‖bytes(betId): Bet Struct.</summary>
        private const string PREFIX_BET = "\x41";
        /// <summary>42‖h160(player): PlayerStats Struct.</summary>
        private const string PREFIX_PLAYER_STATS = "\x42";
        private const string PREFIX_TOTAL_WAGERED = "\x43";
        private const string PREFIX_TOTAL_PAID = "\x44";
        private const string PREFIX_JACKPOT_POOL = "\x45";

        public delegate void BetPlacedHandler(UInt160 player, BigInteger betId, BigInteger amount, bool choice);
        public delegate void BetInitiatedHandler(UInt160 player, BigInteger betId, BigInteger amount, bool choice, ByteString seed);
        public delegate void BetResolvedHandler(UInt160 player, BigInteger betId, bool won, BigInteger payout);
        public delegate void BetRefundedHandler(UInt160 player, BigInteger betId, BigInteger amount);
        public delegate void JackpotWonHandler(UInt160 player, BigInteger amount);
        public delegate void StreakUpdatedHandler(UInt160 player, BigInteger streakType, BigInteger streakCount);

        [DisplayName("BetPlaced")]
        public static event BetPlacedHandler OnBetPlaced;

        [DisplayName("BetInitiated")]
        public static event BetInitiatedHandler OnBetInitiated;

        [DisplayName("BetResolved")]
        public static event BetResolvedHandler OnBetResolved;

        [DisplayName("BetRefunded")]
        public static event BetRefundedHandler OnBetRefunded;

        [DisplayName("JackpotWon")]
        public static event JackpotWonHandler OnJackpotWon;

        [DisplayName("StreakUpdated")]
        public static event StreakUpdatedHandler OnStreakUpdated;

        public static void _deploy(object data, bool update)
        {
            BaseDeploy(update);
        }

        public static void OnNEP17Payment(UInt160 from, BigInteger amount, object data)
        {
            AcceptGasOnly();
        }

        private static ByteString BetKey(BigInteger betId)
        {
            return IntegerKey(PREFIX_BET, betId);
        }

        private static ByteString StatsKey(UInt160 player)
        {
            return Key(PREFIX_PLAYER_STATS, player);
        }
    }
}
