// Spec: red-envelope.md "Verification getters" — plain reads: getEnvelope, hasClaimed,
// getClaimedAmount, getPacketAmount, getEnvelopeCount, getTotalDistributed, getCalculationConstants.
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;

namespace MiniApps
{
    public partial class MiniAppRedEnvelope
    {
        /// <summary>41‖bytes(id) deserialized, or null.</summary>
        [Safe]
        public static object[] GetEnvelope(BigInteger envelopeId)
        {
            ByteString stored = Read(EnvelopeKey(envelopeId));
            if (stored == null) return null;
            return (object[])StdLib.Deserialize(stored);
        }

        [Safe]
        public static bool HasClaimed(BigInteger envelopeId, UInt160 claimer)
        {
            return Read(ClaimedKey(claimer, envelopeId)) != null;
        }

        [Safe]
        public static BigInteger GetClaimedAmount(BigInteger envelopeId, UInt160 claimer)
        {
            return ReadInteger(ClaimedKey(claimer, envelopeId));
        }

        /// <summary>0 outside [0, n) (never an aliased key); the claimed amount, else the stored packet, else 0.</summary>
        [Safe]
        public static BigInteger GetPacketAmount(BigInteger envelopeId, BigInteger packetIndex)
        {
            if (!EnvelopeExists(envelopeId)) return 0;
            Envelope e = LoadEnvelope(envelopeId);
            if (packetIndex < 0 || packetIndex >= e.PacketCount) return 0;
            if (Read(PairKey(PREFIX_CLAIM, envelopeId, packetIndex)) != null) return ClaimedPacket(envelopeId, packetIndex).Amount;
            return ReadInteger(PairKey(PREFIX_PACKET, envelopeId, packetIndex));
        }

        [Safe]
        public static BigInteger GetEnvelopeCount()
        {
            return ReadInteger(PREFIX_ENVELOPE_COUNT);
        }

        [Safe]
        public static BigInteger GetTotalDistributed()
        {
            return ReadInteger(PREFIX_TOTAL_DISTRIBUTED);
        }

        [Safe]
        public static Map<string, object> GetCalculationConstants()
        {
            Map<string, object> constants = new Map<string, object>();
            constants["minAmount"] = MIN_AMOUNT;
            constants["maxPackets"] = MAX_PACKETS;
            constants["minPerPacket"] = MIN_PACKET;
            constants["defaultExpiryMs"] = DEFAULT_EXPIRY;
            constants["scriptName"] = SCRIPT_NAME;
            constants["currentTime"] = Now();
            return constants;
        }
    }
}
