// Spec: masquerade-dao.md "Methods" — createProposal and executeProposal (quorum and majority).
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
        /// <summary>A proposal by an active mask's owner (paid with a PROPOSAL_FEE receipt); returns its id.</summary>
        public static BigInteger CreateProposal(BigInteger maskId, string title, string description, BigInteger category, BigInteger receiptId)
        {
            ValidateNotGloballyPaused(APP_ID);
            if (!(title.Length >= 1 && title.Length <= MAX_TITLE)) throw new Exception("invalid title");
            if (!(description.Length <= MAX_DESCRIPTION)) throw new Exception("description too long");
            if (!(category >= MIN_CATEGORY && category <= MAX_CATEGORY)) throw new Exception("invalid category");
            Mask m = RequireActiveMask(maskId, "mask not active");
            if (!Runtime.CheckWitness(m.Owner)) throw new Exception("unauthorized");
            ValidatePaymentReceipt(APP_ID, m.Owner, PROPOSAL_FEE, receiptId);
            BigInteger id = ReadInteger(PREFIX_PROPOSAL_COUNTER) + 1;
            WriteInteger(PREFIX_PROPOSAL_COUNTER, id);
            BigInteger now = Now();
            Proposal p = new Proposal
            {
                Id = id,
                Creator = m.Owner,
                CreatorMaskId = maskId,
                Title = title,
                Description = description,
                Category = category,
                StartTime = now,
                EndTime = now + VOTING_PERIOD,
                YesVotes = 0,
                NoVotes = 0,
                AbstainVotes = 0,
                TotalVoters = 0,
                Executed = false,
                Passed = false
            };
            StoreProposal(id, p);
            m.ProposalsCreated += 1;
            m.Reputation += 5;
            StoreMask(maskId, m);
            OnProposalCreated(id, m.Owner, title, p.EndTime);
            OnReputationChanged(maskId, m.Reputation, "proposal created");
            return id;
        }

        /// <summary>Anyone, once, from EndTime on: quorum (TotalVoters ≥ ⌊masks × QUORUM_BPS / BPS⌋ or ≥ 3)
        /// and majority (⌊Yes × BPS / (Yes + No + 1)⌋ ≥ PASS_THRESHOLD_BPS).</summary>
        public static void ExecuteProposal(BigInteger proposalId)
        {
            ValidateNotGloballyPaused(APP_ID);
            ByteString stored = Read(ProposalKey(proposalId));
            if (stored == null) throw new Exception("proposal not found");
            Proposal p = (Proposal)StdLib.Deserialize(stored);
            if (p.Executed) throw new Exception("already executed");
            if (!(Now() >= p.EndTime)) throw new Exception("voting not ended");
            BigInteger q = ReadInteger(PREFIX_MASK_COUNTER) * QUORUM_BPS / BPS;
            bool quorum = p.TotalVoters >= q || p.TotalVoters >= 3;
            bool passed = quorum && p.YesVotes * BPS / (p.YesVotes + p.NoVotes + 1) >= PASS_THRESHOLD_BPS;
            p.Executed = true;
            p.Passed = passed;
            StoreProposal(proposalId, p);
            if (passed) Increment(PREFIX_PASSED);
            else Increment(PREFIX_REJECTED);
            OnProposalExecuted(proposalId, passed, p.YesVotes, p.NoVotes);
        }
    }
}
