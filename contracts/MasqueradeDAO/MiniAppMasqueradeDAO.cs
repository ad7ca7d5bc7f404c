// Spec: masquerade-dao.md — MiniAppMasqueradeDAO: constants, storage keys, events, deployment,
// payments, record helpers. Methods by concern: .Masks.cs (createMask, deactivateMask),
// .Proposals.cs (createProposal, executeProposal), .Voting.cs (VOTECHK, VOTE),
// .Delegation.cs (delegateVote, APPLY / ADD / REMOVE on the delegator list),
// .Hybrid.cs ([H] voteWithCalculation, delegateWithCacheUpdate, the O(1) getters),
// .Deprecated.cs ([D] submitVote, getEffectiveVotingPower: the O(n) scan), .Getters.cs.
using System;
using System.ComponentModel;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;

namespace MiniApps
{
    [DisplayName("MiniAppMasqueradeDAO")]
    [ManifestExtra("Author", "MiniApp verification harness")]
    [ManifestExtra("Description", "Anonymous DAO: cached delegated power verified in O(1) vs the O(n) mask scan")]
    [ManifestExtra("Version", "1.0.0")]
    [ContractPermission("*", "transfer", "getReceipt", "isPaused", "requestService")]
    public partial class MiniAppMasqueradeDAO : MiniAppServiceBase
    {
        private const string APP_ID = "miniapp-masqueradedao";

        private const long MASK_FEE = 10000000;
        private const long PREMIUM_MASK_FEE = 50000000;
        private const long PROPOSAL_FEE = 20000000;
        private const long VOTE_FEE = 1000000;
        private const long VOTING_PERIOD = 604800000;
        private const long QUORUM_BPS = 1000;
        private const long PASS_THRESHOLD_BPS = 5000;
        private const long BPS = 10000;
        private const int MAX_TITLE = 200;
        private const int MAX_DESCRIPTION = 2000;
        private const int IDENTITY_HASH_BYTES = 32;
        private const long BASIC_POWER = 1;
        private const long PREMIUM_POWER = 3;
        private const long MASK_TYPE_BASIC = 1;
        private const long MASK_TYPE_PREMIUM = 2;
        private const long MIN_CATEGORY = 1;
        private const long MAX_CATEGORY = 4;
        private const long CHOICE_YES = 1;
        private const long CHOICE_NO = 2;
        private const long CHOICE_ABSTAIN = 3;
        /// <summary>K(a, b) = bytes(a × 2^32 + b) (README §3).</summary>
        private const long PAIR_SHIFT = 4294967296;

        // Storage keys 0x40–0x47 (app state) and 0x50–0x53 (the cache of delegated power).
        private const string PREFIX_MASK_COUNTER = "\x40";
        private const string PREFIX_MASK = "\x41";
        private const string PREFIX_PROPOSAL_COUNTER = "\x42";
        private const string PREFIX_PROPOSAL = "\x43";
        private const string PREFIX_VOTE = "\x44";
        private const string PREFIX_TOTAL_VOTES = "\x45";
        private const string PREFIX_PASSED = "\x46";
        private const string PREFIX_REJECTED = "\x47";
        /// <summary>50‖bytes(t): cached delegated power of t (deleted when 0).</summary>
        private const string PREFIX_CACHED_POWER = "\x50";
        /// <summary>51‖bytes(t): delegator count of t (deleted when 0).</summary>
        private const string PREFIX_DELEGATOR_COUNT = "\x51";
        /// <summary>52‖K(t, i): the delegator at position i of t's list.</summary>
        private const string PREFIX_DELEGATOR = "\x52";
        /// <summary>53‖bytes(d): d's position in its target's list.</summary>
        private const string PREFIX_DELEGATOR_INDEX = "\x53";

        public delegate void MaskCreatedHandler(BigInteger maskId, UInt160 owner, BigInteger maskType);
        public delegate void ProposalCreatedHandler(BigInteger proposalId, UInt160 creator, string title, BigInteger endTime);
        public delegate void VoteSubmittedHandler(BigInteger proposalId, BigInteger maskId, BigInteger choice);
        public delegate void ReputationChangedHandler(BigInteger maskId, BigInteger newReputation, string reason);
        public delegate void DelegationChangedHandler(BigInteger maskId, BigInteger delegateToMaskId);
        public delegate void MaskDeactivatedHandler(BigInteger maskId, UInt160 owner);
        public delegate void ProposalExecutedHandler(BigInteger proposalId, bool passed, BigInteger yesVotes, BigInteger noVotes);

        [DisplayName("MaskCreated")]
        public static event MaskCreatedHandler OnMaskCreated;

        [DisplayName("ProposalCreated")]
        public static event ProposalCreatedHandler OnProposalCreated;

        [DisplayName("VoteSubmitted")]
        public static event VoteSubmittedHandler OnVoteSubmitted;

        [DisplayName("ReputationChanged")]
        public static event ReputationChangedHandler OnReputationChanged;

        [DisplayName("DelegationChanged")]
        public static event DelegationChangedHandler OnDelegationChanged;

        [DisplayName("MaskDeactivated")]
        public static event MaskDeactivatedHandler OnMaskDeactivated;

        [DisplayName("ProposalExecuted")]
        public static event ProposalExecutedHandler OnProposalExecuted;

        public static void _deploy(object data, bool update)
        {
            BaseDeploy(update);
        }

        public static void OnNEP17Payment(UInt160 from, BigInteger amount, object data)
        {
            AcceptGasOnly();
        }

        private static ByteString MaskKey(BigInteger maskId)
        {
            return IntegerKey(PREFIX_MASK, maskId);
        }

        private static ByteString ProposalKey(BigInteger proposalId)
        {
            return IntegerKey(PREFIX_PROPOSAL, proposalId);
        }

        /// <summary>prefix ‖ K(a, b).</summary>
        private static ByteString PairKey(string prefix, BigInteger a, BigInteger b)
        {
            return IntegerKey(prefix, a * PAIR_SHIFT + b);
        }

        /// <summary>The mask at 41‖bytes(maskId); `message` when absent.</summary>
        private static Mask RequireMask(BigInteger maskId, string message)
        {
            ByteString stored = Read(MaskKey(maskId));
            if (stored == null) throw new Exception(message);
            return (Mask)StdLib.Deserialize(stored);
        }

        /// <summary>"mask exists and Active → message".</summary>
        private static Mask RequireActiveMask(BigInteger maskId, string message)
        {
            Mask m = RequireMask(maskId, message);
            if (!m.Active) throw new Exception(message);
            return m;
        }

        private static void StoreMask(BigInteger maskId, Mask m)
        {
            Write(MaskKey(maskId), StdLib.Serialize(m));
        }

        private static void StoreProposal(BigInteger proposalId, Proposal p)
        {
            Write(ProposalKey(proposalId), StdLib.Serialize(p));
        }

        private static void Increment(string key)
        {
            WriteInteger(key, ReadInteger(key) + 1);
        }
    }
}
