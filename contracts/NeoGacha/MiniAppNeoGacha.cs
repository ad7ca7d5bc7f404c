// Spec: neo-gacha.md — MiniAppNeoGacha: constants, storage keys, events, deployment, payments and
// the record helpers. Methods by concern: .Machines.cs (createMachine, addMachineItem, depositItem,
// withdrawItem, setMachineBanned, checkAndDeactivateMachine, SETSTOCK, OA), .Activation.cs
// (setMachineActive [D], setMachineActiveWithValidation [H]), .Selection.cs (roll, LOOPSEL,
// RESOLVE, REFUND, PCHK, PLAYCHK), .Rng.cs (playMachine, playMachineHybrid, the two callbacks,
// settlePlayWithRng), .Optimized.cs (initiatePlayOptimized, settlePlayOptimized), .Getters.cs.
using System.ComponentModel;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;

namespace MiniApps
{
    [DisplayName("MiniAppNeoGacha")]
    [ManifestExtra("Author", "MiniApp verification harness")]
    [ManifestExtra("Description", "Blind-box machines: O(1) range check against stored cumulative weights vs the O(n) selection loop")]
    [ManifestExtra("Version", "1.0.0")]
    [ContractPermission("*", "transfer", "getReceipt", "isPaused", "requestService")]
    public partial class MiniAppNeoGacha : MiniAppGameComputeBase
    {
        private const string APP_ID = "miniapp-neo-gacha";
        private const string SCRIPT_NAME = "select-item";
        private const string CALLBACK_LEGACY = "onServiceCallback";
        private const string CALLBACK_HYBRID = "onServiceCallbackHybrid";

        // Constants (neo-gacha.md "Constants").
        private const long MAX_ITEMS_PER_MACHINE = 100;
        private const long MAX_TOTAL_WEIGHT = 100;
        private const int MAX_NAME = 64;
        private const int MAX_DESCRIPTION = 256;
        private const int MAX_CATEGORY = 32;
        private const int MAX_TAGS = 128;
        private const int MAX_RARITY = 32;
        private const long ASSET_NEP17 = 1;

        private const long MODE_RNG_LEGACY = 1;
        private const long MODE_RNG_HYBRID = 2;
        private const long MODE_OPTIMIZED = 3;

        // Storage keys 0x40–0x4F and 0x50.
        /// <summary>40: machine counter.</summary>
        private const string PREFIX_MACHINE_COUNTER = "\x40";
        /// <summary>41‖bytes(id): Machine Struct.</summary>
        private const string PREFIX_MACHINE = "\x41";
        /// <summary>42‖K(id, i): Item Struct (i 1-based).</summary>
        private const string PREFIX_ITEM = "\x42";
        /// <summary>43: play counter (the operation id of play seeds).</summary>
        private const string PREFIX_PLAY_COUNTER = "\x43";
        /// <summary>44‖bytes(playId): Play Struct.</summary>
        private const string PREFIX_PLAY = "\x44";
        /// <summary>50‖bytes(playId): the randomness stored by onServiceCallbackHybrid.</summary>
        private const string PREFIX_PLAY_RANDOMNESS = "\x50";

        public delegate void MachineCreatedHandler(UInt160 creator, BigInteger machineId);
        public delegate void MachineItemAddedHandler(BigInteger machineId, BigInteger itemIndex);
        public delegate void MachineActivatedHandler(BigInteger machineId, bool active);
        public delegate void MachineBannedHandler(BigInteger machineId, bool banned);
        public delegate void InventoryDepositedHandler(BigInteger machineId, BigInteger itemIndex, BigInteger amount, string tokenId);
        public delegate void InventoryWithdrawnHandler(BigInteger machineId, BigInteger itemIndex, BigInteger amount, string tokenId);
        public delegate void PlayRequestedHandler(UInt160 player, BigInteger machineId, BigInteger playId, BigInteger requestId);
        public delegate void PlayInitiatedHandler(UInt160 player, BigInteger machineId, BigInteger playId, ByteString seed);
        public delegate void RngStoredHandler(BigInteger playId, ByteString randomness);
        public delegate void PlayResolvedHandler(UInt160 player, BigInteger machineId, BigInteger itemIndex, BigInteger playId, BigInteger assetType, UInt160 assetHash, BigInteger amount, string tokenId);
        public delegate void PlayRefundedHandler(UInt160 player, BigInteger playId, BigInteger amount);

        [DisplayName("MachineCreated")]
        public static event MachineCreatedHandler OnMachineCreated;

        [DisplayName("MachineItemAdded")]
        public static event MachineItemAddedHandler OnMachineItemAdded;

        [DisplayName("MachineActivated")]
        public static event MachineActivatedHandler OnMachineActivated;

        [DisplayName("MachineBanned")]
        public static event MachineBannedHandler OnMachineBanned;

        [DisplayName("InventoryDeposited")]
        public static event InventoryDepositedHandler OnInventoryDeposited;

        [DisplayName("InventoryWithdrawn")]
        public static event InventoryWithdrawnHandler OnInventoryWithdrawn;

        [DisplayName("PlayRequested")]
        public static event PlayRequestedHandler OnPlayRequested;

        [DisplayName("PlayInitiated")]
        public static event PlayInitiatedHandler OnPlayInitiated;

        [DisplayName("RngStored")]
        public static event RngStoredHandler OnRngStored;

        [DisplayName("PlayResolved")]
        public static event PlayResolvedHandler OnPlayResolved;

        [DisplayName("PlayRefunded")]
        public static event PlayRefundedHandler OnPlayRefunded;

        public static void _deploy(object data, bool update)
        {
            BaseDeploy(update);
        }

        /// <summary>Every token is accepted (escrow deposits, GAS funding, minted GAS): no state, no event.</summary>
        public static void OnNEP17Payment(UInt160 from, BigInteger amount, object data)
        {
        }

        private static ByteString MachineKey(BigInteger id)
        {
            return IntegerKey(PREFIX_MACHINE, id);
        }

        /// <summary>42‖K(id, i) = 42‖bytes(id × 2^32 + i) (README §3); callers check 1 ≤ i ≤ ItemCount first.</summary>
        private static ByteString ItemKey(BigInteger id, BigInteger i)
        {
            return IntegerKey(PREFIX_ITEM, id * 4294967296 + i);
        }

        private static ByteString PlayKey(BigInteger playId)
        {
            return IntegerKey(PREFIX_PLAY, playId);
        }

        private static ByteString RandomnessKey(BigInteger playId)
        {
            return IntegerKey(PREFIX_PLAY_RANDOMNESS, playId);
        }

        private static bool MachineExists(BigInteger id)
        {
            return Read(MachineKey(id)) != null;
        }

        /// <summary>MEX(m): the machine record, or "machine not found".</summary>
        private static Machine LoadMachine(BigInteger id)
        {
            ByteString stored = Read(MachineKey(id));
            if (stored == null) throw new System.Exception("machine not found");
            return (Machine)StdLib.Deserialize(stored);
        }

        /// <summary>The machine of an existing play (which always exists, neo-gacha.md "Plays").</summary>
        private static Machine StoredMachine(BigInteger id)
        {
            return (Machine)StdLib.Deserialize(Read(MachineKey(id)));
        }

        private static void StoreMachine(BigInteger id, Machine m)
        {
            Write(MachineKey(id), StdLib.Serialize(m));
        }

        /// <summary>The item record; callers check 1 ≤ i ≤ ItemCount first.</summary>
        private static GachaItem LoadItem(BigInteger id, BigInteger i)
        {
            return (GachaItem)StdLib.Deserialize(Read(ItemKey(id, i)));
        }

        private static void StoreItem(BigInteger id, BigInteger i, GachaItem it)
        {
            Write(ItemKey(id, i), StdLib.Serialize(it));
        }

        private static void StorePlay(BigInteger playId, Play play)
        {
            Write(PlayKey(playId), StdLib.Serialize(play));
        }

        /// <summary>AVAIL(it) = Stock ≥ Amount.</summary>
        private static bool Available(GachaItem it)
        {
            return it.Stock >= it.Amount;
        }
    }
}
