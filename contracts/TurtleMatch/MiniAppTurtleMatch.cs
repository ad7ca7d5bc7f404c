// Spec: turtle-match.md — MiniAppTurtleMatch: constants, storage keys, events, deployment, payments.
// Methods by concern: .Game.cs (the GAME function: the hash chain of colours, matches, reward),
// .Sessions.cs (startGame, settleGame: the TEE-verified two-phase path, script turtle-match-logic),
// .Getters.cs (safe getters and constants).
using System.ComponentModel;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;

namespace MiniApps
{
    [DisplayName("MiniAppTurtleMatch")]
    [ManifestExtra("Author", "MiniApp verification harness")]
    [ManifestExtra("Description", "Blind boxes of turtles: a seed on chain, matches computed off chain, verified exactly on settlement")]
    [ManifestExtra("Version", "1.0.0")]
    [ContractPermission("*", "transfer", "getReceipt", "isPaused", "requestService")]
    public partial class MiniAppTurtleMatch : MiniAppGameComputeBase
    {
        private const string APP_ID = "miniapp-turtle-match";
        private const string SCRIPT_NAME = "turtle-match-logic";

        // Constants (turtle-match.md "Constants").
        private const long BLINDBOX_PRICE = 10000000;
        private const long MIN_BOXES = 3;
        private const long MAX_BOXES = 20;
        private const long GRID_SIZE = 9;
        private const long COLOR_COUNT = 8;
        private const long MAX_MATCHES_PER_BOX = 3;
        private const long MAX_REWARD_PER_BOX = 185000000;
        /// <summary>A colour matches when it appears at least this often in a box.</summary>
        private const long MATCH_COUNT = 3;

        // Storage keys 0x40–0x4F.
        /// <summary>40‖bytes(sessionId): Session Struct.</summary>
        private const string PREFIX_SESSION = "\x40";
        /// <summary>41: session counter (the operation id of session seeds).</summary>
        private const string PREFIX_SESSION_COUNTER = "\x41";
        private const string PREFIX_TOTAL_BOXES = "\x42";
        private const string PREFIX_TOTAL_MATCHES = "\x43";
        private const string PREFIX_TOTAL_PAID = "\x44";
        /// <summary>45‖h160(player): the player's session count.</summary>
        private const string PREFIX_PLAYER_SESSIONS = "\x45";

        public delegate void GameStartedHandler(UInt160 player, BigInteger sessionId, BigInteger boxCount, ByteString seed);
        public delegate void GameSettledHandler(UInt160 player, BigInteger sessionId, BigInteger totalMatches, BigInteger reward);

        [DisplayName("GameStarted")]
        public static event GameStartedHandler OnGameStarted;

        [DisplayName("GameSettled")]
        public static event GameSettledHandler OnGameSettled;

        public static void _deploy(object data, bool update)
        {
            BaseDeploy(update);
        }

        public static void OnNEP17Payment(UInt160 from, BigInteger amount, object data)
        {
            AcceptGasOnly();
        }

        private static ByteString SessionKey(BigInteger sessionId)
        {
            return IntegerKey(PREFIX_SESSION, sessionId);
        }

        private static ByteString PlayerSessionsKey(UInt160 player)
        {
            return Key(PREFIX_PLAYER_SESSIONS, player);
        }
    }
}
