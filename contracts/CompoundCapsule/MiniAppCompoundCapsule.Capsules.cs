// Spec: compound-capsule.md "Methods" — createCapsule, extendLock and ACCRUE(c), in the spec's order
// of checks and with its messages; the formulas Y, apy, fee and pen.
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace MiniApps
{
    public partial class MiniAppCompoundCapsule
    {
        /// <summary>Locks neoAmount NEO of owner for lockDays days; returns the new id. The owner signs
        /// with CalledByEntry (this method's CheckWitness) plus CustomContracts[NEO] (NEO's own
        /// CheckWitness inside the transfer from owner), README §6.</summary>
        public static BigInteger CreateCapsule(UInt160 owner, BigInteger neoAmount, BigInteger lockDays)
        {
            ValidateNotGloballyPaused(APP_ID);
            if (!(neoAmount >= MIN_DEPOSIT)) throw new Exception("min 1 NEO");
            if (!(lockDays >= MIN_LOCK_DAYS && lockDays <= MAX_LOCK_DAYS)) throw new Exception("invalid lock period");
            if (!Runtime.CheckWitness(owner)) throw new Exception("unauthorized");
            if (!NEO.Transfer(owner, Runtime.ExecutingScriptHash, neoAmount, null)) throw new Exception("transfer failed");
            BigInteger id = ReadInteger(PREFIX_CAPSULE_COUNTER) + 1;
            WriteInteger(PREFIX_CAPSULE_COUNTER, id);
            BigInteger now = Now();
            BigInteger unlockTime = now + lockDays * DAY;
            Capsule c = new Capsule
            {
                Owner = owner,
                Principal = neoAmount,
                Compound = 0,
                CreatedTime = now,
                UnlockTime = unlockTime,
                LastCompoundTime = now,
                LockDays = lockDays,
                ApyBps = ApyBps(lockDays),
                Active = true,
                EarlyWithdrawn = false
            };
            StoreCapsule(id, c);
            AddTo(PREFIX_TOTAL_LOCKED, neoAmount);
            OnCapsuleCreated(id, owner, neoAmount, unlockTime);
            return id;
        }

        /// <summary>ACCRUE at the old APY up to min(now, old UnlockTime), then the longer lock and its tier.</summary>
        public static void ExtendLock(BigInteger capsuleId, BigInteger additionalDays)
        {
            ValidateNotGloballyPaused(APP_ID);
            if (!(additionalDays >= MIN_EXTENSION_DAYS)) throw new Exception("min 7 days extension");
            Capsule c = RequireActive(capsuleId);
            if (!Runtime.CheckWitness(c.Owner)) throw new Exception("unauthorized");
            if (!(c.LockDays + additionalDays <= MAX_LOCK_DAYS)) throw new Exception("exceeds max lock");
            // ACCRUE(c), changing c only through this method's own variable (see AccruedYield).
            BigInteger end = AccrualEnd(c.UnlockTime);
            BigInteger y = AccruedYield(c.Principal, c.ApyBps, c.LastCompoundTime, end);
            if (y > 0)
            {
                c.Compound += y;
                c.LastCompoundTime = end;
                BookCompound(capsuleId, y, c.Compound);
            }
            c.UnlockTime += additionalDays * DAY;
            c.LockDays += additionalDays;
            c.ApyBps = ApyBps(c.LockDays);
            StoreCapsule(capsuleId, c);
            OnCapsuleExtended(capsuleId, c.UnlockTime);
        }

        /// <summary>ACCRUE's end: t = min(now, unlockTime) (yield accrues only until the unlock time).</summary>
        private static BigInteger AccrualEnd(BigInteger unlockTime)
        {
            BigInteger now = Now();
            return now < unlockTime ? now : unlockTime;
        }

        /// <summary>ACCRUE's piece: Y(P, apy, t − last) when t &gt; last, else 0. ACCRUE changes the
        /// capsule record; that change is made by the method that read the record, through its own
        /// variable, and stored back explicitly. No helper receives a record and changes it, so the
        /// contract means the same whether a struct argument is copied (C#) or shared (nccs 3.5.0,
        /// contracts/compiler/README.md "Semantics").</summary>
        private static BigInteger AccruedYield(BigInteger principal, BigInteger apyBps, BigInteger lastCompoundTime, BigInteger end)
        {
            if (!(end > lastCompoundTime)) return 0;
            return Yield(principal, apyBps, end - lastCompoundTime);
        }

        /// <summary>ACCRUE's bookkeeping for a piece y &gt; 0: 43 += y, CompoundAdded(id, y, c.Compound).</summary>
        private static void BookCompound(BigInteger capsuleId, BigInteger y, BigInteger totalCompound)
        {
            AddTo(PREFIX_TOTAL_COMPOUND, y);
            OnCompoundAdded(capsuleId, y, totalCompound);
        }

        /// <summary>Y(p, apy, e) = 0 if p ≤ 0 ∨ apy ≤ 0 ∨ e ≤ 0, else ⌊p × YIELD_UNIT × apy × e / (10,000 × YEAR)⌋
        /// (two floor divisions of a non-negative number give the same).</summary>
        private static BigInteger Yield(BigInteger p, BigInteger apyBps, BigInteger elapsedMs)
        {
            if (p <= 0 || apyBps <= 0 || elapsedMs <= 0) return 0;
            return p * YIELD_UNIT * apyBps * elapsedMs / BASIS_POINTS / YEAR;
        }

        /// <summary>apy(days): the tier of the lock length, in bps.</summary>
        private static BigInteger ApyBps(BigInteger days)
        {
            if (days >= TIER4_DAYS) return TIER4_APY_BPS;
            if (days >= TIER3_DAYS) return TIER3_APY_BPS;
            if (days >= TIER2_DAYS) return TIER2_APY_BPS;
            return TIER1_APY_BPS;
        }

        /// <summary>fee(G) = ⌊G × 100 / 10,000⌋.</summary>
        private static BigInteger Fee(BigInteger g)
        {
            return g * PLATFORM_FEE_BPS / BASIS_POINTS;
        }

        /// <summary>pen(P) = ⌊P × 500 / 10,000⌋; truncating toward zero for P &lt; 0 (README §4).</summary>
        private static BigInteger Penalty(BigInteger principal)
        {
            return principal * EARLY_WITHDRAW_PENALTY_BPS / BASIS_POINTS;
        }
    }
}
