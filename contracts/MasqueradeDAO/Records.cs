// Spec: masquerade-dao.md "Storage" — the Mask record at 41‖bytes(maskId), the Proposal record at
// 43‖bytes(proposalId) and the Vote record at 44‖K(proposalId, maskId).
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;

namespace MiniApps
{
    /// <summary>Struct [Owner, IdentityHash, MaskType, VotingPower, Reputation, DelegatedTo, CreateTime,
    /// VoteCount, ProposalsCreated, Active].</summary>
    public struct Mask
    {
        public UInt160 Owner;
        public ByteString IdentityHash;
        public BigInteger MaskType;
        public BigInteger VotingPower;
        public BigInteger Reputation;
        public BigInteger DelegatedTo;
        public BigInteger CreateTime;
        public BigInteger VoteCount;
        public BigInteger ProposalsCreated;
        public bool Active;
    }

    /// <summary>Struct [Id, Creator, CreatorMaskId, Title, Description, Category, StartTime, EndTime,
    /// YesVotes, NoVotes, AbstainVotes, TotalVoters, Executed, Passed].</summary>
    public struct Proposal
    {
        public BigInteger Id;
        public UInt160 Creator;
        public BigInteger CreatorMaskId;
        public string Title;
        public string Description;
        public BigInteger Category;
        public BigInteger StartTime;
        public BigInteger EndTime;
        public BigInteger YesVotes;
        public BigInteger NoVotes;
        public BigInteger AbstainVotes;
        public BigInteger TotalVoters;
        public bool Executed;
        public bool Passed;
    }

    /// <summary>Struct [MaskId, Choice, VotingPower, Timestamp].</summary>
    public struct Vote
    {
        public BigInteger MaskId;
        public BigInteger Choice;
        public BigInteger VotingPower;
        public BigInteger Timestamp;
    }
}
