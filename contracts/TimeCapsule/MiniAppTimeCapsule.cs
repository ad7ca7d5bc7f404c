// Spec: time-capsule.md — MiniAppTimeCapsule: constants, storage keys, events, deployment,
// payments. Methods by concern: .Capsules.cs (bury, reveal, gift, recipients, extension),
// .Hybrid.cs (fishWithId, getCapsuleFishStatus, FISH), .Deprecated.cs (fish, the O(n) scan),
// .Getters.cs (safe getters).
using System.ComponentModel;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;

namespace MiniApps
{
    [DisplayName("MiniAppTimeCapsule")]
    [ManifestExtra("Author", "MiniApp verification harness")]
    [ManifestExtra("Description", "Time capsules: hybrid O(1) fishWithId vs deprecated O(n) fish scan")]
    [ManifestExtra("Version", "1.0.0")]
    [ContractPermission("*", "transfer", "getReceipt", "isPaused", "requestService")]
    public partial class MiniAppTimeCapsule : MiniAppTimeLockBase
    {
        private const string APP_ID = "miniapp-time-capsule";

        private const long BURY_FEE = 20000000;
        private const long FISH_FEE = 5000000;
        private const long EXTEND_FEE = 10000000;
        private const long GIFT_FEE = 15000000;
        private const long FISH_REWARD = 2000000;
        private const long MIN_LOCK = 86400000;
        private const long MAX_LOCK = 31536000000;
        private const int MAX_TITLE_BYTES = 100;
        private const int MAX_CONTENT_HASH_BYTES = 256;
        private const int MIN_CATEGORY = 1;
        private const int MAX_CATEGORY = 5;

        // Storage keys 0x40–0x45 (time-capsule.md "Storage").
        private const string PREFIX_CAPSULE = "\x40";
        private const string PREFIX_RECIPIENT = "\x41";
        private const string PREFIX_PUBLIC_CAPSULES = "\x42";
        private const string PREFIX_TOTAL_REVEALED = "\x43";
        private const string PREFIX_TOTAL_FISHED = "\x44";
        private const string PREFIX_TOTAL_GIFTED = "\x45";

        public delegate void CapsuleBuriedHandler(UInt160 owner, BigInteger capsuleId, BigInteger unlockTime, bool isPublic, BigInteger category);
        public delegate void CapsuleRevealedHandler(BigInteger capsuleId, UInt160 revealer, string contentHash);
        public delegate void CapsuleFishedHandler(UInt160 fisher, BigInteger capsuleId, BigInteger reward);
        public delegate void CapsuleGiftedHandler(BigInteger capsuleId, UInt160 from, UInt160 to);
        public delegate void CapsuleExtendedHandler(BigInteger capsuleId, BigInteger newUnlockTime);
        public delegate void RecipientAddedHandler(BigInteger capsuleId, UInt160 recipient);

        [DisplayName("CapsuleBuried")]
        public static event CapsuleBuriedHandler OnCapsuleBuried;

        [DisplayName("CapsuleRevealed")]
        public static event CapsuleRevealedHandler OnCapsuleRevealed;

        [DisplayName("CapsuleFished")]
        public static event CapsuleFishedHandler OnCapsuleFished;

        [DisplayName("CapsuleGifted")]
        public static event CapsuleGiftedHandler OnCapsuleGifted;

        [DisplayName("CapsuleExtended")]
        public static event CapsuleExtendedHandler OnCapsuleExtended;

        [DisplayName("RecipientAdded")]
        public static event RecipientAddedHandler OnRecipientAdded;

        public static void _deploy(object data, bool update)
        {
            BaseDeploy(update);
        }

        public static void OnNEP17Payment(UInt160 from, BigInteger amount, object data)
        {
            AcceptGasOnly();
        }

        private static ByteString CapsuleKey(BigInteger capsuleId)
        {
            return IntegerKey(PREFIX_CAPSULE, capsuleId);
        }

        private static ByteString RecipientKey(BigInteger capsuleId, UInt160 user)
        {
            return Helper.Concat(Key(PREFIX_RECIPIENT, user), (ByteString)capsuleId);
        }

        /// <summary>The capsule at CK; "capsule not found" when CK is absent.</summary>
        private static Capsule RequireCapsule(BigInteger capsuleId)
        {
            ByteString stored = Read(CapsuleKey(capsuleId));
            if (stored == null) throw new System.Exception("capsule not found");
            return (Capsule)StdLib.Deserialize(stored);
        }

        /// <summary>Store c at CK (the key it was read from).</summary>
        private static void StoreCapsule(BigInteger capsuleId, Capsule c)
        {
            Write(CapsuleKey(capsuleId), StdLib.Serialize(c));
        }

        private static void Increment(string key)
        {
            WriteInteger(key, ReadInteger(key) + 1);
        }
    }
}
