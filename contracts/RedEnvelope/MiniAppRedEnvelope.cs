// Spec: red-envelope.md — MiniAppRedEnvelope: constants, storage keys, events, deployment, payments,
// the envelope record helpers. Methods by concern: .Distribution.cs (D and NEXT), .Create.cs
// (createEnvelope + onServiceCallback [D flow], initiateEnvelope [H]), .Hybrid.cs
// (settleEnvelopeLazy, verifyPacket, getNextPacketAmount, getEnvelopeStateForFrontend),
// .Deprecated.cs (settleEnvelope, verifyDistribution, previewDistribution), .Claims.cs (claim,
// refundEnvelope), .Getters.cs (plain reads).
using System.ComponentModel;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;

namespace MiniApps
{
    [DisplayName("MiniAppRedEnvelope")]
    [ManifestExtra("Author", "MiniApp verification harness")]
    [ManifestExtra("Description", "Red envelopes: lazy O(1) packets from a seed vs stored O(n) distributions")]
    [ManifestExtra("Version", "1.0.0")]
    [ContractPermission("*", "transfer", "getReceipt", "isPaused", "requestService")]
    public partial class MiniAppRedEnvelope : MiniAppComputeBase
    {
        private const string APP_ID = "miniapp-redenvelope";
        private const string SCRIPT_NAME = "distribute-packets";
        private const string CALLBACK_METHOD = "onServiceCallback";

        private const long MIN_AMOUNT = 10000000;
        private const long MAX_PACKETS = 100;
        private const long MIN_PACKET = 1000000;
        private const long DEFAULT_EXPIRY = 86400000;
        private const int MAX_MESSAGE = 256;

        private const int STATE_PENDING = 0;
        private const int STATE_READY = 1;
        private const int STATE_REFUNDED = 2;
        private const int MODE_UNSETTLED = 0;
        private const int MODE_RNG = 1;
        private const int MODE_EAGER = 2;
        private const int MODE_LAZY = 3;

        // Storage keys 0x40–0x4F.
        /// <summary>40: envelope counter (the operation id of envelope seeds).</summary>
        private const string PREFIX_ENVELOPE_ID = "\x40";
        /// <summary>41‖bytes(id): Envelope Struct.</summary>
        private const string PREFIX_ENVELOPE = "\x41";
        /// <summary>42‖h160(claimer)‖bytes(id): amount claimed by that address.</summary>
        private const string PREFIX_CLAIMED = "\x42";
        /// <summary>43‖K(id, k): stored packet amount (modes 1 and 2).</summary>
        private const string PREFIX_PACKET = "\x43";
        /// <summary>44‖K(id, k): Claim Struct of packet k.</summary>
        private const string PREFIX_CLAIM = "\x44";
        private const string PREFIX_ENVELOPE_COUNT = "\x45";
        private const string PREFIX_TOTAL_DISTRIBUTED = "\x46";

        public delegate void EnvelopeRequestedHandler(BigInteger envelopeId, UInt160 creator, BigInteger requestId);
        public delegate void EnvelopeInitiatedHandler(BigInteger envelopeId, UInt160 creator, BigInteger totalAmount, BigInteger packetCount, ByteString seed);
        public delegate void EnvelopeCreatedHandler(BigInteger envelopeId, UInt160 creator, BigInteger totalAmount, BigInteger packetCount);
        public delegate void EnvelopeClaimedHandler(BigInteger envelopeId, UInt160 claimer, BigInteger amount, BigInteger remainingPackets);
        public delegate void EnvelopeCompletedHandler(BigInteger envelopeId, UInt160 bestLuckWinner, BigInteger bestLuckAmount);
        public delegate void EnvelopeRefundedHandler(BigInteger envelopeId, UInt160 creator, BigInteger refundAmount);

        [DisplayName("EnvelopeRequested")]
        public static event EnvelopeRequestedHandler OnEnvelopeRequested;

        [DisplayName("EnvelopeInitiated")]
        public static event EnvelopeInitiatedHandler OnEnvelopeInitiated;

        [DisplayName("EnvelopeCreated")]
        public static event EnvelopeCreatedHandler OnEnvelopeCreated;

        [DisplayName("EnvelopeClaimed")]
        public static event EnvelopeClaimedHandler OnEnvelopeClaimed;

        [DisplayName("EnvelopeCompleted")]
        public static event EnvelopeCompletedHandler OnEnvelopeCompleted;

        [DisplayName("EnvelopeRefunded")]
        public static event EnvelopeRefundedHandler OnEnvelopeRefunded;

        public static void _deploy(object data, bool update)
        {
            BaseDeploy(update);
        }

        public static void OnNEP17Payment(UInt160 from, BigInteger amount, object data)
        {
            AcceptGasOnly();
        }

        private static ByteString EnvelopeKey(BigInteger id)
        {
            return IntegerKey(PREFIX_ENVELOPE, id);
        }

        /// <summary>K(id, k) = bytes(id × 2^32 + k) after a prefix (README §3).</summary>
        private static ByteString PairKey(string prefix, BigInteger id, BigInteger k)
        {
            return IntegerKey(prefix, id * 4294967296 + k);
        }

        private static ByteString ClaimedKey(UInt160 claimer, BigInteger id)
        {
            return Helper.Concat(Key(PREFIX_CLAIMED, claimer), (ByteString)id);
        }

        private static bool EnvelopeExists(BigInteger id)
        {
            return Read(EnvelopeKey(id)) != null;
        }

        /// <summary>The envelope record; callers check EnvelopeExists first.</summary>
        private static Envelope LoadEnvelope(BigInteger id)
        {
            return (Envelope)StdLib.Deserialize(Read(EnvelopeKey(id)));
        }

        private static void StoreEnvelope(BigInteger id, Envelope e)
        {
            Write(EnvelopeKey(id), StdLib.Serialize(e));
        }
    }
}
