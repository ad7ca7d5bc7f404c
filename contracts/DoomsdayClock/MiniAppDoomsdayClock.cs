// Spec: doomsday-clock.md — MiniAppDoomsdayClock: constants, storage keys, events, deployment,
// payments. Methods by concern: .Round.cs (rounds, SETTLE, BUY), .Hybrid.cs (buyKeysWithCost,
// O(1) cost), .Deprecated.cs (buyKeys, O(n) cost), .Getters.cs (safe getters).
using System.ComponentModel;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;

namespace MiniApps
{
    [DisplayName("MiniAppDoomsdayClock")]
    [ManifestExtra("Author", "MiniApp verification harness")]
    [ManifestExtra("Description", "FOMO key auction: hybrid O(1) key cost vs deprecated O(n) loop")]
    [ManifestExtra("Version", "1.0.0")]
    [ContractPermission("*", "transfer", "getReceipt", "isPaused", "requestService")]
    public partial class MiniAppDoomsdayClock : MiniAppGameBase
    {
        private const string APP_ID = "miniapp-doomsday-clock";

        // Constants and formulas.
        private const long BASE_KEY_PRICE = 10000000;
        private const long KEY_PRICE_INCREMENT_BPS = 10;
        /// <summary>D = BASE_KEY_PRICE × KEY_PRICE_INCREMENT_BPS / 10,000 = 10,000.</summary>
        private const long KEY_PRICE_STEP = BASE_KEY_PRICE * KEY_PRICE_INCREMENT_BPS / BPS_DENOMINATOR;
        private const long PLATFORM_FEE_BPS = 500;
        private const long WINNER_SHARE_BPS = 4800;
        private const long TIME_ADDED_PER_KEY = 30000;
        private const long INITIAL_DURATION = 3600000;
        private const long MAX_DURATION = 86400000;
        private const long MIN_KEYS = 1;
        private const long BPS_DENOMINATOR = 10000;

        // Storage keys 0x40–0x4F.
        /// <summary>40: current round id (cur); absent = no round yet.</summary>
        private const string PREFIX_CURRENT_ROUND = "\x40";
        /// <summary>41‖bytes(roundId): Round Struct.</summary>
        private const string PREFIX_ROUND = "\x41";
        /// <summary>42‖h160(player)‖bytes(roundId): player's keys in round.</summary>
        private const string PREFIX_PLAYER_KEYS = "\x42";
        private const string PREFIX_TOTAL_KEYS_SOLD = "\x43";
        private const string PREFIX_TOTAL_PRIZES_PAID = "\x44";
        private const string PREFIX_CARRY_OVER = "\x45";

        public delegate void KeysPurchasedHandler(UInt160 player, BigInteger keys, BigInteger potContribution, BigInteger roundId);
        public delegate void TimeExtendedHandler(BigInteger roundId, BigInteger newEndTime, BigInteger keysAdded);
        public delegate void DoomsdayWinnerHandler(UInt160 winner, BigInteger prize, BigInteger roundId);
        public delegate void RoundStartedHandler(BigInteger roundId, BigInteger endTime, BigInteger initialPot);

        [DisplayName("KeysPurchased")]
        public static event KeysPurchasedHandler OnKeysPurchased;

        [DisplayName("TimeExtended")]
        public static event TimeExtendedHandler OnTimeExtended;

        [DisplayName("DoomsdayWinner")]
        public static event DoomsdayWinnerHandler OnDoomsdayWinner;

        [DisplayName("RoundStarted")]
        public static event RoundStartedHandler OnRoundStarted;

        public static void _deploy(object data, bool update)
        {
            BaseDeploy(update);
        }

        public static void OnNEP17Payment(UInt160 from, BigInteger amount, object data)
        {
            AcceptGasOnly();
        }
    }
}
