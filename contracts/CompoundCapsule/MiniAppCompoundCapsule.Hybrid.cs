// Spec: compound-capsule.md — hybrid [H] methods: unlockCapsuleWithCalculation and
// earlyWithdrawWithCalculation (the frontend's values verified exactly), UNLOCK(c) and EARLY(c)
// shared with the legacy methods, getCapsuleStateForFrontend and getCalculationConstants.
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace MiniApps
{
    public partial class MiniAppCompoundCapsule
    {
        /// <summary>[H] The checks of unlockCapsule, then 5–7: the yield to the unlock time from the
        /// stored values (before ACCRUE), its fee and the payout; effects exactly UNLOCK(c).</summary>
        public static void UnlockCapsuleWithCalculation(BigInteger capsuleId, BigInteger calculatedYield, BigInteger calculatedFee, BigInteger calculatedPayout)
        {
            Capsule c = BeginUnlock(capsuleId);
            BigInteger expected = c.Compound + Yield(c.Principal, c.ApyBps, c.UnlockTime - c.LastCompoundTime);
            if (calculatedYield != expected) throw new Exception("yield mismatch");
            if (calculatedFee != Fee(calculatedYield)) throw new Exception("fee mismatch");
            if (calculatedPayout != calculatedYield - calculatedFee) throw new Exception("payout mismatch");
            Unlock(capsuleId, c);
        }

        /// <summary>[H] The checks of earlyWithdraw, then the penalty and the payout; effects exactly EARLY(c).</summary>
        public static void EarlyWithdrawWithCalculation(BigInteger capsuleId, BigInteger calculatedPenalty, BigInteger calculatedPayout)
        {
            Capsule c = BeginEarly(capsuleId);
            if (calculatedPenalty != Penalty(c.Principal)) throw new Exception("penalty mismatch");
            if (calculatedPayout != c.Principal - calculatedPenalty) throw new Exception("payout mismatch");
            Early(capsuleId, c);
        }

        /// <summary>UNLOCK(c). c is the caller's record, read by it and not used by it afterwards: it is
        /// changed here through this one variable and stored explicitly before the transfers, so the
        /// result is the same whether the compiler copies a struct argument or shares it (nccs 3.5.0).</summary>
        private static void Unlock(BigInteger capsuleId, Capsule c)
        {
            // 1. ACCRUE(c) (see AccruedYield), fee and payout, c inactive, stored.
            BigInteger end = AccrualEnd(c.UnlockTime);
            BigInteger y = AccruedYield(c.Principal, c.ApyBps, c.LastCompoundTime, end);
            if (y > 0)
            {
                c.Compound += y;
                c.LastCompoundTime = end;
                BookCompound(capsuleId, y, c.Compound);
            }
            BigInteger g = c.Compound;
            BigInteger f = Fee(g);
            BigInteger pay = g - f;
            c.Active = false;
            StoreCapsule(capsuleId, c);
            // 2. Totals.
            AddTo(PREFIX_TOTAL_LOCKED, -c.Principal);
            AddTo(PREFIX_TOTAL_FEES, f);
            AddTo(PREFIX_TOTAL_YIELD_PAID, pay);
            // 3.–4. The NEO back, the yield net of the fee.
            if (!NEO.Transfer(Runtime.ExecutingScriptHash, c.Owner, c.Principal, null)) throw new Exception("transfer failed");
            if (pay > 0)
            {
                if (!GAS.Transfer(Runtime.ExecutingScriptHash, c.Owner, pay, null)) throw new Exception("transfer failed");
            }
            // 5. Always, also when pay = 0.
            OnCapsuleUnlocked(capsuleId, c.Owner, pay);
        }

        /// <summary>EARLY(c): the principal minus the penalty back, the accrued Compound forfeited (kept in
        /// the record, never paid), no ACCRUE. c is the caller's record, changed only here (see Unlock).</summary>
        private static void Early(BigInteger capsuleId, Capsule c)
        {
            BigInteger p = c.Principal;
            BigInteger pen = Penalty(p);
            BigInteger payout = p - pen;
            c.Active = false;
            c.EarlyWithdrawn = true;
            StoreCapsule(capsuleId, c);
            AddTo(PREFIX_TOTAL_LOCKED, -p);
            AddTo(PREFIX_TOTAL_PENALTIES, pen);
            if (payout > 0)
            {
                if (!NEO.Transfer(Runtime.ExecutingScriptHash, c.Owner, payout, null)) throw new Exception("transfer failed");
            }
            OnEarlyWithdraw(capsuleId, c.Owner, pen);
        }

        /// <summary>[H] The stored record and, while active, the time-dependent values at now; an empty
        /// Map when CK is absent (also for id ≤ 0). Keys in the spec's order.</summary>
        [Safe]
        public static Map<string, object> GetCapsuleStateForFrontend(BigInteger capsuleId)
        {
            Map<string, object> state = new Map<string, object>();
            ByteString stored = Read(CapsuleKey(capsuleId));
            if (stored == null) return state;
            Capsule c = (Capsule)StdLib.Deserialize(stored);
            BigInteger now = Now();
            state["id"] = capsuleId;
            state["owner"] = c.Owner;
            state["principal"] = c.Principal;
            state["compound"] = c.Compound;
            state["createdTime"] = c.CreatedTime;
            state["unlockTime"] = c.UnlockTime;
            state["lastCompoundTime"] = c.LastCompoundTime;
            state["lockDays"] = c.LockDays;
            state["apyBps"] = c.ApyBps;
            state["active"] = c.Active;
            state["earlyWithdrawn"] = c.EarlyWithdrawn;
            state["currentTime"] = now;
            if (c.Active)
            {
                BigInteger remaining = c.UnlockTime - now;
                state["remainingMs"] = remaining > 0 ? remaining : 0;
                state["canUnlock"] = now >= c.UnlockTime;
                state["pendingYield"] = AccruedYield(c.Principal, c.ApyBps, c.LastCompoundTime, AccrualEnd(c.UnlockTime));
                BigInteger pen = Penalty(c.Principal);
                state["earlyPenalty"] = pen;
                state["earlyPayout"] = c.Principal - pen;
            }
            return state;
        }

        /// <summary>[H] The tiers, rates, bounds and units the frontend calculates with, and currentTime.</summary>
        [Safe]
        public static Map<string, object> GetCalculationConstants()
        {
            Map<string, object> k = new Map<string, object>();
            k["tier1Days"] = TIER1_DAYS;
            k["tier1ApyBps"] = TIER1_APY_BPS;
            k["tier2Days"] = TIER2_DAYS;
            k["tier2ApyBps"] = TIER2_APY_BPS;
            k["tier3Days"] = TIER3_DAYS;
            k["tier3ApyBps"] = TIER3_APY_BPS;
            k["tier4Days"] = TIER4_DAYS;
            k["tier4ApyBps"] = TIER4_APY_BPS;
            k["platformFeeBps"] = PLATFORM_FEE_BPS;
            k["earlyWithdrawPenaltyBps"] = EARLY_WITHDRAW_PENALTY_BPS;
            k["minDeposit"] = MIN_DEPOSIT;
            k["minLockDays"] = MIN_LOCK_DAYS;
            k["maxLockDays"] = MAX_LOCK_DAYS;
            k["yieldUnit"] = YIELD_UNIT;
            k["yearMs"] = YEAR;
            k["currentTime"] = Now();
            return k;
        }
    }
}
