// Spec: masquerade-dao.md — hybrid [H]: voteWithCalculation (the frontend's effective power checked
// in O(1) against VotingPower + the cached delegated power), delegateWithCacheUpdate, and the
// O(1) reads the frontend uses: getCachedDelegatedPower, getMaskForFrontend.
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace MiniApps
{
    public partial class MiniAppMasqueradeDAO
    {
        /// <summary>[H] A vote with the frontend's effective power E′, accepted iff E′ = VotingPower + 50‖maskId.</summary>
        public static void VoteWithCalculation(UInt160 voter, BigInteger maskId, BigInteger proposalId, BigInteger choice, BigInteger calculatedEffectivePower, BigInteger receiptId)
        {
            ValidateNotGloballyPaused(APP_ID);
            if (!(choice >= CHOICE_YES && choice <= CHOICE_ABSTAIN)) throw new Exception("invalid choice");
            Mask m = RequireMask(maskId, "not mask owner");
            if (!(m.Owner == voter)) throw new Exception("not mask owner");
            if (!(m.DelegatedTo == 0)) throw new Exception("mask delegated");
            if (!m.Active) throw new Exception("mask not active");
            ValidateUser(voter);
            Proposal p = CheckVote(proposalId, maskId);
            ValidatePaymentReceipt(APP_ID, voter, VOTE_FEE, receiptId);
            if (!(calculatedEffectivePower == m.VotingPower + ReadInteger(IntegerKey(PREFIX_CACHED_POWER, maskId)))) throw new Exception("power mismatch");
            RecordVote(proposalId, p, maskId, m, choice, calculatedEffectivePower);
        }

        /// <summary>[H] Delegation by the owner's A(owner); the same effects as delegateVote.</summary>
        public static void DelegateWithCacheUpdate(UInt160 owner, BigInteger maskId, BigInteger delegateToMaskId)
        {
            ValidateNotGloballyPaused(APP_ID);
            Mask m = RequireMask(maskId, "not mask owner");
            if (!(m.Owner == owner)) throw new Exception("not mask owner");
            if (!m.Active) throw new Exception("mask not active");
            ValidateUser(owner);
            CheckDelegateTarget(maskId, delegateToMaskId);
            ApplyDelegation(maskId, m, delegateToMaskId);
        }

        /// <summary>[H] 50‖maskId (0 if absent).</summary>
        [Safe]
        public static BigInteger GetCachedDelegatedPower(BigInteger maskId)
        {
            return ReadInteger(IntegerKey(PREFIX_CACHED_POWER, maskId));
        }

        /// <summary>[H] The mask's fields and its cache entries; an empty Map when absent.</summary>
        [Safe]
        public static Map<string, object> GetMaskForFrontend(BigInteger maskId)
        {
            Map<string, object> view = new Map<string, object>();
            ByteString stored = Read(MaskKey(maskId));
            if (stored == null) return view;
            Mask m = (Mask)StdLib.Deserialize(stored);
            view["id"] = maskId;
            view["owner"] = m.Owner;
            view["maskType"] = m.MaskType;
            view["votingPower"] = m.VotingPower;
            view["reputation"] = m.Reputation;
            view["active"] = m.Active;
            view["createdTime"] = m.CreateTime;
            view["delegatedTo"] = m.DelegatedTo;
            view["cachedDelegatedPower"] = ReadInteger(IntegerKey(PREFIX_CACHED_POWER, maskId));
            view["delegatorCount"] = ReadInteger(IntegerKey(PREFIX_DELEGATOR_COUNT, maskId));
            return view;
        }
    }
}
