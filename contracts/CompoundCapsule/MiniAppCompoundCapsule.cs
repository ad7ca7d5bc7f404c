// Spec: compound-capsule.md — MiniAppCompoundCapsule: constants, storage keys, events, deployment,
// payments (GAS and NEO accepted). Methods by concern: .Capsules.cs (createCapsule, extendLock,
// ACCRUE), .Legacy.cs (unlockCapsule, earlyWithdraw), .Hybrid.cs (the two *WithCalculation
// methods, UNLOCK, EARLY and the frontend getters), .Getters.cs (pure getters and totals).
using System;
using System.ComponentModel;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace MiniApps
{
    [DisplayName("MiniAppCompoundCapsule")]
    [ManifestExtra("Author", "MiniApp verification harness")]
    [ManifestExtra("Description", "NEO locked in capsules earning GAS yield: frontend-calculated unlock and early withdrawal verified on chain")]
    [ManifestExtra("Version", "1.0.0")]
    [ContractPermission("*", "transfer", "getReceipt", "isPaused", "requestService")]
    public partial class MiniAppCompoundCapsule : MiniAppServiceBase
    {
        private const string APP_ID = "miniapp-compound-capsule";

        // Constants (compound-capsule.md "Constants and formulas"); DAY comes from MiniAppBase.
        private const long PLATFORM_FEE_BPS = 100;
        private const long EARLY_WITHDRAW_PENALTY_BPS = 500;
        private const long BASIS_POINTS = 10000;
        private const long MIN_DEPOSIT = 1;
        private const long MIN_LOCK_DAYS = 7;
        private const long MAX_LOCK_DAYS = 365;
        private const long MIN_EXTENSION_DAYS = 7;
        private const long YIELD_UNIT = 100000000;
        private const long YEAR = 31536000000;
        // APY tiers: apy(days) = TIER4 if days ≥ 180, TIER3 if ≥ 90, TIER2 if ≥ 30, else TIER1.
        private const long TIER1_DAYS = 7;
        private const long TIER1_APY_BPS = 300;
        private const long TIER2_DAYS = 30;
        private const long TIER2_APY_BPS = 500;
        private const long TIER3_DAYS = 90;
        private const long TIER3_APY_BPS = 800;
        private const long TIER4_DAYS = 180;
        private const long TIER4_APY_BPS = 1200;

        // Storage keys 0x40–0x46.
        private const string PREFIX_CAPSULE_COUNTER = "\x40";
        /// <summary>41‖bytes(id): Capsule Struct (CK).</summary>
        private const string PREFIX_CAPSULE = "\x41";
        private const string PREFIX_TOTAL_LOCKED = "\x42";
        private const string PREFIX_TOTAL_COMPOUND = "\x43";
        private const string PREFIX_TOTAL_FEES = "\x44";
        private const string PREFIX_TOTAL_PENALTIES = "\x45";
        private const string PREFIX_TOTAL_YIELD_PAID = "\x46";

        public delegate void CapsuleCreatedHandler(BigInteger capsuleId, UInt160 owner, BigInteger amount, BigInteger unlockTime);
        public delegate void CapsuleUnlockedHandler(BigInteger capsuleId, UInt160 owner, BigInteger payout);
        public delegate void CompoundAddedHandler(BigInteger capsuleId, BigInteger yieldAmount, BigInteger totalCompound);
        public delegate void CapsuleExtendedHandler(BigInteger capsuleId, BigInteger newUnlockTime);
        public delegate void EarlyWithdrawHandler(BigInteger capsuleId, UInt160 owner, BigInteger penalty);

        [DisplayName("CapsuleCreated")]
        public static event CapsuleCreatedHandler OnCapsuleCreated;

        [DisplayName("CapsuleUnlocked")]
        public static event CapsuleUnlockedHandler OnCapsuleUnlocked;

        [DisplayName("CompoundAdded")]
        public static event CompoundAddedHandler OnCompoundAdded;

        [DisplayName("CapsuleExtended")]
        public static event CapsuleExtendedHandler OnCapsuleExtended;

        [DisplayName("EarlyWithdraw")]
        public static event EarlyWithdrawHandler OnEarlyWithdraw;

        public static void _deploy(object data, bool update)
        {
            BaseDeploy(update);
        }

        /// <summary>GAS and NEO from anyone (from = null included: the GAS NEO mints to the app while it
        /// holds NEO), no state, no event; other tokens → "unsupported token".</summary>
        public static void OnNEP17Payment(UInt160 from, BigInteger amount, object data)
        {
            UInt160 token = Runtime.CallingScriptHash;
            if (token != GAS.Hash && token != NEO.Hash) throw new Exception("unsupported token");
        }

        private static ByteString CapsuleKey(BigInteger capsuleId)
        {
            return IntegerKey(PREFIX_CAPSULE, capsuleId);
        }

        /// <summary>The capsule at CK if it is active; "not active" when CK is absent or c.Active is false.</summary>
        private static Capsule RequireActive(BigInteger capsuleId)
        {
            ByteString stored = Read(CapsuleKey(capsuleId));
            if (stored == null) throw new Exception("not active");
            Capsule c = (Capsule)StdLib.Deserialize(stored);
            if (!c.Active) throw new Exception("not active");
            return c;
        }

        /// <summary>Store c at CK (the key it was read from).</summary>
        private static void StoreCapsule(BigInteger capsuleId, Capsule c)
        {
            Write(CapsuleKey(capsuleId), StdLib.Serialize(c));
        }

        private static void AddTo(string key, BigInteger amount)
        {
            WriteInteger(key, ReadInteger(key) + amount);
        }
    }
}
