// Spec: masquerade-dao.md "Methods" — VOTECHK and VOTE, shared by submitVote [D] and
// voteWithCalculation [H].
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;

namespace MiniApps
{
    public partial class MiniAppMasqueradeDAO
    {
        /// <summary>VOTECHK(p, m): exists, not executed, now &lt; EndTime, no vote of m yet; returns the proposal.</summary>
        private static Proposal CheckVote(BigInteger proposalId, BigInteger maskId)
        {
            ByteString stored = Read(ProposalKey(proposalId));
            if (stored == null) throw new Exception("proposal not found");
            Proposal p = (Proposal)StdLib.Deserialize(stored);
            if (p.Executed) throw new Exception("proposal executed");
            if (!(Now() < p.EndTime)) throw new Exception("voting ended");
            if (Read(PairKey(PREFIX_VOTE, proposalId, maskId)) != null) throw new Exception("already voted");
            return p;
        }

        /// <summary>VOTE(p, m, choice, E): the vote record, the tally, the mask's counters, 45.</summary>
        private static void RecordVote(BigInteger proposalId, Proposal p, BigInteger maskId, Mask m, BigInteger choice, BigInteger power)
        {
            Vote v = new Vote
            {
                MaskId = maskId,
                Choice = choice,
                VotingPower = power,
                Timestamp = Now()
            };
            Write(PairKey(PREFIX_VOTE, proposalId, maskId), StdLib.Serialize(v));
            if (choice == CHOICE_YES) p.YesVotes += power;
            else if (choice == CHOICE_NO) p.NoVotes += power;
            else p.AbstainVotes += power;
            p.TotalVoters += 1;
            StoreProposal(proposalId, p);
            m.VoteCount += 1;
            m.Reputation += 1;
            StoreMask(maskId, m);
            Increment(PREFIX_TOTAL_VOTES);
            OnVoteSubmitted(proposalId, maskId, choice);
            OnReputationChanged(maskId, m.Reputation, "vote submitted");
        }
    }
}
