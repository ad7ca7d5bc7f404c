// Spec: masquerade-dao.md "Getters" — the delegator list and count, getDAOConstants, the plain reads
// and the totals.
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;

namespace MiniApps
{
    public partial class MiniAppMasqueradeDAO
    {
        /// <summary>[52‖K(m, 0), …, 52‖K(m, count − 1)] in position order (an Array; empty if none).</summary>
        [Safe]
        public static BigInteger[] GetDelegatorsForMask(BigInteger maskId)
        {
            BigInteger count = ReadInteger(IntegerKey(PREFIX_DELEGATOR_COUNT, maskId));
            BigInteger[] list = new BigInteger[(int)count];
            for (int i = 0; i < count; i++) list[i] = ReadInteger(PairKey(PREFIX_DELEGATOR, maskId, i));
            return list;
        }

        /// <summary>51‖m (0 if absent).</summary>
        [Safe]
        public static BigInteger GetDelegatorCount(BigInteger maskId)
        {
            return ReadInteger(IntegerKey(PREFIX_DELEGATOR_COUNT, maskId));
        }

        [Safe]
        public static Map<string, object> GetDAOConstants()
        {
            Map<string, object> c = new Map<string, object>();
            c["basicPower"] = BASIC_POWER;
            c["premiumPower"] = PREMIUM_POWER;
            c["maskFee"] = MASK_FEE;
            c["premiumMaskFee"] = PREMIUM_MASK_FEE;
            c["proposalFee"] = PROPOSAL_FEE;
            c["voteFee"] = VOTE_FEE;
            c["votingPeriodMs"] = VOTING_PERIOD;
            c["quorumBps"] = QUORUM_BPS;
            c["passThresholdBps"] = PASS_THRESHOLD_BPS;
            c["totalMasks"] = ReadInteger(PREFIX_MASK_COUNTER);
            c["currentTime"] = Now();
            return c;
        }

        /// <summary>The Struct at 41‖bytes(m), or null.</summary>
        [Safe]
        public static object[] GetMask(BigInteger maskId)
        {
            ByteString stored = Read(MaskKey(maskId));
            if (stored == null) return null;
            return (object[])StdLib.Deserialize(stored);
        }

        /// <summary>The Struct at 43‖bytes(p), or null.</summary>
        [Safe]
        public static object[] GetProposal(BigInteger proposalId)
        {
            ByteString stored = Read(ProposalKey(proposalId));
            if (stored == null) return null;
            return (object[])StdLib.Deserialize(stored);
        }

        /// <summary>The Vote Struct at 44‖K(p, m); null when m ∉ [0, 2^32) (no aliased key is read) or no vote exists.</summary>
        [Safe]
        public static object[] GetVote(BigInteger proposalId, BigInteger maskId)
        {
            if (maskId < 0 || maskId >= PAIR_SHIFT) return null;
            ByteString stored = Read(PairKey(PREFIX_VOTE, proposalId, maskId));
            if (stored == null) return null;
            return (object[])StdLib.Deserialize(stored);
        }

        /// <summary>DelegatedTo (0 if no mask; kept after deactivation).</summary>
        [Safe]
        public static BigInteger GetDelegation(BigInteger maskId)
        {
            ByteString stored = Read(MaskKey(maskId));
            if (stored == null) return 0;
            Mask m = (Mask)StdLib.Deserialize(stored);
            return m.DelegatedTo;
        }

        [Safe]
        public static BigInteger TotalMasks()
        {
            return ReadInteger(PREFIX_MASK_COUNTER);
        }

        [Safe]
        public static BigInteger TotalProposals()
        {
            return ReadInteger(PREFIX_PROPOSAL_COUNTER);
        }

        [Safe]
        public static BigInteger TotalVotes()
        {
            return ReadInteger(PREFIX_TOTAL_VOTES);
        }
    }
}
