// Spec: lottery.md — MiniAppLottery: constants, storage keys, events, deployment, payments, the
// record helpers. Methods by concern: .Rounds.cs (buyTickets, SETTLE_ROUND, DRAW_FAIL, cancelDraw),
// .Draw.cs (initiateDraw, initiateDrawHybrid, initiateRound, storeDrawRandomness [H],
// settleRoundOptimized [H] and its aliases), .Deprecated.cs (onServiceCallback, selectWinner,
// getRoundParticipantsForFrontend, getPlayerUnrevealedTickets), .Scratch.cs (scratch tickets, SP,
// REVEAL), .Config.cs (type configs and their getters), .Getters.cs (plain reads).
using System.ComponentModel;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace MiniApps
{
    [DisplayName("MiniAppLottery")]
    [ManifestExtra("Author", "MiniApp verification harness")]
    [ManifestExtra("Description", "Jackpot rounds settled in O(1) against a cumulative ticket index, and scratch tickets")]
    [ManifestExtra("Version", "1.0.0")]
    [ContractPermission("*", "transfer", "getReceipt", "isPaused", "requestService")]
    public partial class MiniAppLottery : MiniAppGameComputeBase
    {
        private const string APP_ID = "miniapp-lottery";
        private const string SCRIPT_SCRATCH = "scratch-prize";
        private const string SCRIPT_DRAW = "draw-winner";
        private const string CALLBACK_DEPRECATED = "onServiceCallback";
        private const string CALLBACK_HYBRID = "storeDrawRandomness";

        private const long TICKET_PRICE = 10000000;
        private const long PLATFORM_FEE_PERCENT = 10;
        private const long MAX_TICKETS_PER_TX = 100;
        private const long MIN_PARTICIPANTS = 3;
        private const long DRAW_TIMEOUT = 3600000;
        private const long MAX_LOTTERY_TYPE = 5;
        /// <summary>45 = −1: a seed-based draw (initiateRound).</summary>
        private const long SEED_DRAW = -1;

        // Storage keys 0x40–0x50.
        /// <summary>40: current round id (deploy: 1).</summary>
        private const string PREFIX_CURRENT_ROUND = "\x40";
        /// <summary>41‖bytes(roundId): LotteryRound Struct.</summary>
        private const string PREFIX_ROUND = "\x41";
        /// <summary>42‖h160(player)‖bytes(roundId): the player's tickets in the round.</summary>
        private const string PREFIX_PLAYER_TICKETS = "\x42";
        /// <summary>43: global entry counter (last entry id).</summary>
        private const string PREFIX_ENTRY_COUNTER = "\x43";
        /// <summary>44‖bytes(entryId): RoundEntry Struct.</summary>
        private const string PREFIX_ENTRY = "\x44";
        /// <summary>45: pending-draw marker (RNG request id, or −1 for a seed draw).</summary>
        private const string PREFIX_PENDING_DRAW = "\x45";
        /// <summary>46: total prizes paid (rounds + scratch).</summary>
        private const string PREFIX_TOTAL_PRIZES = "\x46";
        /// <summary>47: scratch ticket counter.</summary>
        private const string PREFIX_SCRATCH_COUNTER = "\x47";
        /// <summary>48‖bytes(ticketId): ScratchTicket Struct.</summary>
        private const string PREFIX_SCRATCH = "\x48";
        /// <summary>49‖bytes(type): LotteryConfig override.</summary>
        private const string PREFIX_CONFIG = "\x49";
        /// <summary>4A‖h160(player): the player's scratch ticket count.</summary>
        private const string PREFIX_PLAYER_SCRATCH_COUNT = "\x4A";
        /// <summary>4B‖h160(player)‖bytes(index): the player's k-th scratch ticket id.</summary>
        private const string PREFIX_PLAYER_SCRATCH = "\x4B";
        /// <summary>4C: the time of the RNG draw request.</summary>
        private const string PREFIX_DRAW_TIME = "\x4C";
        /// <summary>50‖bytes(roundId): stored draw randomness (RNG result or on-chain seed).</summary>
        private const string PREFIX_RANDOMNESS = "\x50";

        public delegate void TicketPurchasedHandler(UInt160 player, BigInteger ticketCount, BigInteger roundId);
        public delegate void DrawInitiatedHandler(BigInteger roundId, BigInteger requestId);
        public delegate void DrawFailedHandler(BigInteger roundId, BigInteger requestId);
        public delegate void DrawCancelledHandler(BigInteger roundId);
        public delegate void DrawRandomnessStoredHandler(BigInteger roundId, ByteString randomness);
        public delegate void WinnerDrawnHandler(UInt160 winner, BigInteger prize, BigInteger roundId);
        public delegate void RoundCompletedHandler(BigInteger roundId, UInt160 winner, BigInteger prize, BigInteger totalTickets);
        public delegate void ScratchTicketPurchasedHandler(UInt160 player, BigInteger ticketId, BigInteger lotteryType, BigInteger price);
        public delegate void ScratchTicketInitiatedHandler(UInt160 player, BigInteger ticketId, BigInteger lotteryType, ByteString seed);
        public delegate void ScratchTicketRevealedHandler(UInt160 player, BigInteger ticketId, BigInteger prize, bool isWinner);
        public delegate void LotteryConfigChangedHandler(BigInteger lotteryType, BigInteger ticketPrice, bool isInstant, BigInteger maxJackpot, bool enabled);

        [DisplayName("TicketPurchased")]
        public static event TicketPurchasedHandler OnTicketPurchased;

        [DisplayName("DrawInitiated")]
        public static event DrawInitiatedHandler OnDrawInitiated;

        [DisplayName("DrawFailed")]
        public static event DrawFailedHandler OnDrawFailed;

        [DisplayName("DrawCancelled")]
        public static event DrawCancelledHandler OnDrawCancelled;

        [DisplayName("DrawRandomnessStored")]
        public static event DrawRandomnessStoredHandler OnDrawRandomnessStored;

        [DisplayName("WinnerDrawn")]
        public static event WinnerDrawnHandler OnWinnerDrawn;

        [DisplayName("RoundCompleted")]
        public static event RoundCompletedHandler OnRoundCompleted;

        [DisplayName("ScratchTicketPurchased")]
        public static event ScratchTicketPurchasedHandler OnScratchTicketPurchased;

        [DisplayName("ScratchTicketInitiated")]
        public static event ScratchTicketInitiatedHandler OnScratchTicketInitiated;

        [DisplayName("ScratchTicketRevealed")]
        public static event ScratchTicketRevealedHandler OnScratchTicketRevealed;

        [DisplayName("LotteryConfigChanged")]
        public static event LotteryConfigChangedHandler OnLotteryConfigChanged;

        /// <summary>Base deploy; a fresh deployment opens round 1 (FirstEntryId 1); an update writes nothing.</summary>
        public static void _deploy(object data, bool update)
        {
            BaseDeploy(update);
            if (update) return;
            WriteInteger(PREFIX_CURRENT_ROUND, 1);
            StoreRound(NewRound(1, 1));
        }

        public static void OnNEP17Payment(UInt160 from, BigInteger amount, object data)
        {
            AcceptGasOnly();
        }

        /// <summary>[n, now, 0, 0, 0, 0, firstEntryId, 0, Zero, 0, false].</summary>
        private static LotteryRound NewRound(BigInteger id, BigInteger firstEntryId)
        {
            return new LotteryRound
            {
                Id = id,
                StartTime = Now(),
                EndTime = 0,
                TotalTickets = 0,
                PrizePool = 0,
                ParticipantCount = 0,
                FirstEntryId = firstEntryId,
                EntryCount = 0,
                Winner = UInt160.Zero,
                WinnerPrize = 0,
                Completed = false
            };
        }

        private static ByteString RoundKey(BigInteger roundId)
        {
            return IntegerKey(PREFIX_ROUND, roundId);
        }

        private static ByteString EntryKey(BigInteger entryId)
        {
            return IntegerKey(PREFIX_ENTRY, entryId);
        }

        private static ByteString RandomnessKey(BigInteger roundId)
        {
            return IntegerKey(PREFIX_RANDOMNESS, roundId);
        }

        private static ByteString PlayerTicketsKey(UInt160 player, BigInteger roundId)
        {
            return Helper.Concat(Key(PREFIX_PLAYER_TICKETS, player), (ByteString)roundId);
        }

        private static ByteString ScratchKey(BigInteger ticketId)
        {
            return IntegerKey(PREFIX_SCRATCH, ticketId);
        }

        private static bool RoundExists(BigInteger roundId)
        {
            return Read(RoundKey(roundId)) != null;
        }

        /// <summary>The round record; callers know it exists (the current round always does).</summary>
        private static LotteryRound LoadRound(BigInteger roundId)
        {
            return (LotteryRound)StdLib.Deserialize(Read(RoundKey(roundId)));
        }

        private static void StoreRound(LotteryRound r)
        {
            Write(RoundKey(r.Id), StdLib.Serialize(r));
        }

        private static RoundEntry LoadEntry(BigInteger entryId)
        {
            return (RoundEntry)StdLib.Deserialize(Read(EntryKey(entryId)));
        }

        private static BigInteger CurrentRoundId()
        {
            return ReadInteger(PREFIX_CURRENT_ROUND);
        }

        /// <summary>The operation-seed formula H(bytes(opId) ‖ h160(user) ‖ utf8(name) ‖ bytes(now) ‖ h160(app)), not stored.</summary>
        private static ByteString SeedOf(BigInteger operationId, UInt160 user, string scriptName)
        {
            ByteString material = Helper.Concat((ByteString)operationId, user);
            material = Helper.Concat(material, scriptName);
            material = Helper.Concat(material, (ByteString)Now());
            material = Helper.Concat(material, Runtime.ExecutingScriptHash);
            return H(material);
        }

        /// <summary>w(R, T) = beN(H(R), 8) mod T.</summary>
        private static BigInteger WinningTicket(ByteString randomness, BigInteger totalTickets)
        {
            return BeN(H(randomness), 8) % totalTickets;
        }
    }
}
