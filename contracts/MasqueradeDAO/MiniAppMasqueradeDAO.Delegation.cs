// Spec: masquerade-dao.md "Storage" and "Methods" — delegateVote (legacy), the delegate-target
// checks shared with delegateWithCacheUpdate, and the O(1) list operations APPLY, ADD, REMOVE that
// keep the cache 50–53 equal to the O(n) recomputation.
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace MiniApps
{
    public partial class MiniAppMasqueradeDAO
    {
        /// <summary>Legacy delegation by the owner's witness; toMaskId = 0 undelegates. Maintains the cache.</summary>
        public static void DelegateVote(BigInteger fromMaskId, BigInteger toMaskId)
        {
            ValidateNotGloballyPaused(APP_ID);
            Mask from = RequireActiveMask(fromMaskId, "mask not active");
            if (!Runtime.CheckWitness(from.Owner)) throw new Exception("unauthorized");
            CheckDelegateTarget(fromMaskId, toMaskId);
            ApplyDelegation(fromMaskId, from, toMaskId);
        }

        /// <summary>to ≥ 0; if to &gt; 0: to exists and is active, and to ≠ the delegating mask.</summary>
        private static void CheckDelegateTarget(BigInteger maskId, BigInteger toMaskId)
        {
            if (!(toMaskId >= 0)) throw new Exception("invalid delegate");
            if (toMaskId > 0)
            {
                RequireActiveMask(toMaskId, "to mask not active");
                if (toMaskId == maskId) throw new Exception("cannot self-delegate");
            }
        }

        /// <summary>APPLY(d, to), then store d and emit DelegationChanged (always, also when nothing changes).</summary>
        private static void ApplyDelegation(BigInteger maskId, Mask m, BigInteger toMaskId)
        {
            BigInteger old = m.DelegatedTo;
            if (old != toMaskId)
            {
                if (old > 0) RemoveDelegator(maskId, old, m.VotingPower);
                if (toMaskId > 0) AddDelegator(maskId, toMaskId, m.VotingPower);
                m.DelegatedTo = toMaskId;
            }
            StoreMask(maskId, m);
            OnDelegationChanged(maskId, toMaskId);
        }

        /// <summary>ADD(d, t): d at the end of t's list, its position at 53‖d, count and cache of t raised.</summary>
        private static void AddDelegator(BigInteger delegatorId, BigInteger targetId, BigInteger basePower)
        {
            ByteString countKey = IntegerKey(PREFIX_DELEGATOR_COUNT, targetId);
            ByteString cacheKey = IntegerKey(PREFIX_CACHED_POWER, targetId);
            BigInteger c = ReadInteger(countKey);
            WriteInteger(PairKey(PREFIX_DELEGATOR, targetId, c), delegatorId);
            WriteInteger(IntegerKey(PREFIX_DELEGATOR_INDEX, delegatorId), c);
            WriteInteger(countKey, c + 1);
            WriteInteger(cacheKey, ReadInteger(cacheKey) + basePower);
        }

        /// <summary>REMOVE(d, t): the last entry of t's list takes d's position; count and cache of t
        /// lowered, both deleted when the list empties.</summary>
        private static void RemoveDelegator(BigInteger delegatorId, BigInteger targetId, BigInteger basePower)
        {
            ByteString countKey = IntegerKey(PREFIX_DELEGATOR_COUNT, targetId);
            ByteString cacheKey = IntegerKey(PREFIX_CACHED_POWER, targetId);
            ByteString indexKey = IntegerKey(PREFIX_DELEGATOR_INDEX, delegatorId);
            BigInteger i = ReadInteger(indexKey);
            BigInteger last = ReadInteger(countKey) - 1;
            ByteString lastKey = PairKey(PREFIX_DELEGATOR, targetId, last);
            if (i != last)
            {
                BigInteger x = ReadInteger(lastKey);
                WriteInteger(PairKey(PREFIX_DELEGATOR, targetId, i), x);
                WriteInteger(IntegerKey(PREFIX_DELEGATOR_INDEX, x), i);
            }
            DeleteKey(lastKey);
            DeleteKey(indexKey);
            if (last == 0)
            {
                DeleteKey(countKey);
                DeleteKey(cacheKey);
            }
            else
            {
                WriteInteger(countKey, last);
                WriteInteger(cacheKey, ReadInteger(cacheKey) - basePower);
            }
        }
    }
}
