// Spec: compound-capsule.md "Getters" — the pure formula getters (no range check), getCapsule and the totals.
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;

namespace MiniApps
{
    public partial class MiniAppCompoundCapsule
    {
        /// <summary>Y(principal, apyBps, elapsedMs); 0 when any argument is ≤ 0.</summary>
        [Safe]
        public static BigInteger CalculateExpectedYield(BigInteger principal, BigInteger apyBps, BigInteger elapsedMs)
        {
            return Yield(principal, apyBps, elapsedMs);
        }

        /// <summary>apy(lockDays): 300 for every lockDays &lt; 30, negative included.</summary>
        [Safe]
        public static BigInteger GetApyBpsForDays(BigInteger lockDays)
        {
            return ApyBps(lockDays);
        }

        /// <summary>pen(principal); −pen(−principal) for a negative principal.</summary>
        [Safe]
        public static BigInteger CalculateEarlyPenalty(BigInteger principal)
        {
            return Penalty(principal);
        }

        /// <summary>The Struct at CK, or null.</summary>
        [Safe]
        public static object[] GetCapsule(BigInteger capsuleId)
        {
            ByteString stored = Read(CapsuleKey(capsuleId));
            if (stored == null) return null;
            return (object[])StdLib.Deserialize(stored);
        }

        [Safe]
        public static BigInteger TotalCapsules()
        {
            return ReadInteger(PREFIX_CAPSULE_COUNTER);
        }

        [Safe]
        public static BigInteger TotalLocked()
        {
            return ReadInteger(PREFIX_TOTAL_LOCKED);
        }

        [Safe]
        public static BigInteger TotalCompound()
        {
            return ReadInteger(PREFIX_TOTAL_COMPOUND);
        }

        [Safe]
        public static BigInteger TotalFees()
        {
            return ReadInteger(PREFIX_TOTAL_FEES);
        }

        [Safe]
        public static BigInteger TotalPenalties()
        {
            return ReadInteger(PREFIX_TOTAL_PENALTIES);
        }

        [Safe]
        public static BigInteger TotalYieldPaid()
        {
            return ReadInteger(PREFIX_TOTAL_YIELD_PAID);
        }
    }
}
