// Spec: masquerade-dao.md — deprecated [D]: submitVote and getEffectiveVotingPower, whose power is
// the O(n) scan of every mask 1 … 40 (no cap), kept for the equivalence check (MD-P3) and the GAS
// benchmark.
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
        /// <summary>[D] A vote with the power the on-chain scan computes.</summary>
        public static void SubmitVote(BigInteger proposalId, BigInteger maskId, BigInteger choice, BigInteger receiptId)
        {
            ValidateNotGloballyPaused(APP_ID);
            if (!(choice >= CHOICE_YES && choice <= CHOICE_ABSTAIN)) throw new Exception("invalid choice");
            Mask m = RequireActiveMask(maskId, "mask not active");
            if (!Runtime.CheckWitness(m.Owner)) throw new Exception("unauthorized");
            if (!(m.DelegatedTo == 0)) throw new Exception("mask delegated");
            Proposal p = CheckVote(proposalId, maskId);
            ValidatePaymentReceipt(APP_ID, m.Owner, VOTE_FEE, receiptId);
            BigInteger power = GetEffectiveVotingPower(maskId);
            RecordVote(proposalId, p, maskId, m, choice, power);
        }

        /// <summary>[D] E(m) = base(m) + Σ base(d) over the active masks d with DelegatedTo = m, by scanning
        /// every mask id 1 … 40; 0 when m does not exist.</summary>
        [Safe]
        public static BigInteger GetEffectiveVotingPower(BigInteger maskId)
        {
            ByteString stored = Read(MaskKey(maskId));
            if (stored == null) return 0;
            Mask m = (Mask)StdLib.Deserialize(stored);
            BigInteger total = m.VotingPower;
            BigInteger n = ReadInteger(PREFIX_MASK_COUNTER);
            for (BigInteger id = 1; id <= n; id++)
            {
                ByteString s = Read(MaskKey(id));
                if (s == null) continue;
                Mask d = (Mask)StdLib.Deserialize(s);
                if (d.DelegatedTo == maskId && d.Active) total += d.VotingPower;
            }
            return total;
        }
    }
}
