// Spec: masquerade-dao.md "Methods" — createMask and deactivateMask, in the spec's order of checks.
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
        /// <summary>A mask of type 1 (power 1, MASK_FEE) or 2 (power 3, PREMIUM_MASK_FEE); returns its id.</summary>
        public static BigInteger CreateMask(UInt160 owner, ByteString identityHash, BigInteger maskType, BigInteger receiptId)
        {
            ValidateNotGloballyPaused(APP_ID);
            if (!(identityHash.Length == IDENTITY_HASH_BYTES)) throw new Exception("invalid hash");
            if (!(maskType == MASK_TYPE_BASIC || maskType == MASK_TYPE_PREMIUM)) throw new Exception("invalid mask type");
            ValidateUser(owner);
            bool premium = maskType == MASK_TYPE_PREMIUM;
            ValidatePaymentReceipt(APP_ID, owner, premium ? PREMIUM_MASK_FEE : MASK_FEE, receiptId);
            BigInteger id = ReadInteger(PREFIX_MASK_COUNTER) + 1;
            WriteInteger(PREFIX_MASK_COUNTER, id);
            Mask m = new Mask
            {
                Owner = owner,
                IdentityHash = identityHash,
                MaskType = maskType,
                VotingPower = premium ? PREMIUM_POWER : BASIC_POWER,
                Reputation = 0,
                DelegatedTo = 0,
                CreateTime = Now(),
                VoteCount = 0,
                ProposalsCreated = 0,
                Active = true
            };
            StoreMask(id, m);
            OnMaskCreated(id, owner, maskType);
            return id;
        }

        /// <summary>Deactivates a mask; an active delegation leaves its target's list (DelegatedTo is kept).
        /// The mask's own delegators stay in its list.</summary>
        public static void DeactivateMask(BigInteger maskId)
        {
            ValidateNotGloballyPaused(APP_ID);
            Mask m = RequireActiveMask(maskId, "already inactive");
            if (!Runtime.CheckWitness(m.Owner)) throw new Exception("unauthorized");
            m.Active = false;
            if (m.DelegatedTo > 0) RemoveDelegator(maskId, m.DelegatedTo, m.VotingPower);
            StoreMask(maskId, m);
            OnMaskDeactivated(maskId, m.Owner);
        }
    }
}
