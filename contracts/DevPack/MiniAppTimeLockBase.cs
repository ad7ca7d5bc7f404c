// Spec: devpack.md §4 MiniAppTimeLockBase — time-locked items on keys 1C–1E.
using System;
using System.ComponentModel;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework.Attributes;

namespace MiniApps
{
    public abstract class MiniAppTimeLockBase : MiniAppBase
    {
        // Storage keys 0x1C–0x1F.
        protected const string PREFIX_UNLOCK_TIME = "\x1C";
        protected const string PREFIX_REVEALED = "\x1D";
        protected const string PREFIX_ITEM_COUNTER = "\x1E";

        public delegate void ItemLockedHandler(BigInteger itemId, BigInteger unlockTime);
        public delegate void ItemUnlockedHandler(BigInteger itemId, UInt160 unlocker);

        [DisplayName("ItemLocked")]
        public static event ItemLockedHandler OnItemLocked;

        [DisplayName("ItemUnlocked")]
        public static event ItemUnlockedHandler OnItemUnlocked;

        [Safe]
        public static BigInteger TotalItems()
        {
            return ReadInteger(PREFIX_ITEM_COUNTER);
        }

        [Safe]
        public static BigInteger GetUnlockTime(BigInteger itemId)
        {
            return ReadInteger(IntegerKey(PREFIX_UNLOCK_TIME, itemId));
        }

        [Safe]
        public static bool IsRevealed(BigInteger itemId)
        {
            return ReadInteger(IntegerKey(PREFIX_REVEALED, itemId)) == 1;
        }

        /// <summary>unlock > 0 ∧ now ≥ unlock ∧ ¬revealed.</summary>
        [Safe]
        public static bool IsUnlockable(BigInteger itemId)
        {
            BigInteger unlock = GetUnlockTime(itemId);
            return unlock > 0 && Now() >= unlock && !IsRevealed(itemId);
        }

        /// <summary>max(0, unlock − now); 0 if none.</summary>
        [Safe]
        public static BigInteger TimeRemaining(BigInteger itemId)
        {
            BigInteger unlock = GetUnlockTime(itemId);
            if (unlock == 0) return 0;
            return BigInteger.Max(0, unlock - Now());
        }

        /// <summary>1E := 1E + 1; returns it.</summary>
        protected static BigInteger NextItemId()
        {
            BigInteger id = ReadInteger(PREFIX_ITEM_COUNTER) + 1;
            WriteInteger(PREFIX_ITEM_COUNTER, id);
            return id;
        }

        protected static void SetUnlockTime(BigInteger itemId, BigInteger unlockTime)
        {
            if (!(unlockTime > Now())) throw new Exception("unlock time must be future");
            WriteInteger(IntegerKey(PREFIX_UNLOCK_TIME, itemId), unlockTime);
            OnItemLocked(itemId, unlockTime);
        }

        protected static void MarkRevealed(BigInteger itemId, UInt160 who)
        {
            WriteInteger(IntegerKey(PREFIX_REVEALED, itemId), 1);
            OnItemUnlocked(itemId, who);
        }
    }
}
