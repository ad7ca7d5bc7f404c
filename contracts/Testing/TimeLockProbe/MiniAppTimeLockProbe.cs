// Test app: exposes the protected helpers of MiniAppTimeLockBase (devpack.md §4: NextItemId,
// SetUnlockTime, MarkRevealed) so chain tests can check the TimeLock getters and events, which
// MiniAppBaseProbe (a MiniAppGameComputeBase) cannot reach. Not one of the twelve apps.
using System.ComponentModel;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework.Attributes;

namespace MiniApps
{
    [DisplayName("MiniAppTimeLockProbe")]
    [ManifestExtra("Author", "MiniApp verification harness")]
    [ManifestExtra("Description", "Test app exposing the MiniAppTimeLockBase behaviour")]
    [ManifestExtra("Version", "1.0.0")]
    [ContractPermission("*", "transfer", "getReceipt", "isPaused", "requestService")]
    public class MiniAppTimeLockProbe : MiniAppTimeLockBase
    {
        public static void _deploy(object data, bool update)
        {
            BaseDeploy(update);
        }

        public static void OnNEP17Payment(UInt160 from, BigInteger amount, object data)
        {
            AcceptGasOnly();
        }

        /// <summary>NextItemId, then SetUnlockTime(id, unlockTime) ("unlock time must be future",
        /// event ItemLocked); returns the new item id.</summary>
        public static BigInteger LockItem(BigInteger unlockTime)
        {
            BigInteger itemId = NextItemId();
            SetUnlockTime(itemId, unlockTime);
            return itemId;
        }

        /// <summary>MarkRevealed(itemId, who) (event ItemUnlocked), without further checks.</summary>
        public static void RevealItem(BigInteger itemId, UInt160 who)
        {
            MarkRevealed(itemId, who);
        }
    }
}
