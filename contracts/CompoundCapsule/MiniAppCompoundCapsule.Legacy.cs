// Spec: compound-capsule.md — the legacy methods unlockCapsule and earlyWithdraw: the shared checks,
// then UNLOCK(c) / EARLY(c) (.Hybrid.cs) with nothing submitted.
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Services;

namespace MiniApps
{
    public partial class MiniAppCompoundCapsule
    {
        public static void UnlockCapsule(BigInteger capsuleId)
        {
            Capsule c = BeginUnlock(capsuleId);
            Unlock(capsuleId, c);
        }

        public static void EarlyWithdraw(BigInteger capsuleId)
        {
            Capsule c = BeginEarly(capsuleId);
            Early(capsuleId, c);
        }

        /// <summary>The four checks of unlockCapsule: NP, active, CheckWitness(owner), now ≥ UnlockTime.</summary>
        private static Capsule BeginUnlock(BigInteger capsuleId)
        {
            ValidateNotGloballyPaused(APP_ID);
            Capsule c = RequireActive(capsuleId);
            if (!Runtime.CheckWitness(c.Owner)) throw new Exception("unauthorized");
            if (!(Now() >= c.UnlockTime)) throw new Exception("not yet unlocked");
            return c;
        }

        /// <summary>The four checks of earlyWithdraw: NP, active, CheckWitness(owner), now &lt; UnlockTime.</summary>
        private static Capsule BeginEarly(BigInteger capsuleId)
        {
            ValidateNotGloballyPaused(APP_ID);
            Capsule c = RequireActive(capsuleId);
            if (!Runtime.CheckWitness(c.Owner)) throw new Exception("unauthorized");
            if (!(Now() < c.UnlockTime)) throw new Exception("use UnlockCapsule");
            return c;
        }
    }
}
