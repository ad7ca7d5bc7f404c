// Spec: red-envelope.md — hybrid [H] methods: settleEnvelopeLazy (O(1) settle, seed kept),
// verifyPacket and getNextPacketAmount (O(1) from the stored running remainder), and
// getEnvelopeStateForFrontend (what the frontend needs to compute NEXT itself).
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;

namespace MiniApps
{
    public partial class MiniAppRedEnvelope
    {
        /// <summary>[H] SCHK; State 1, Mode 3, the seed kept for the claims. O(1).</summary>
        public static void SettleEnvelopeLazy(UInt160 creator, BigInteger envelopeId, ByteString scriptHash)
        {
            Envelope e = CheckSettle(creator, envelopeId, scriptHash);
            e.State = STATE_READY;
            e.Mode = MODE_LAZY;
            StoreEnvelope(envelopeId, e);
            OnEnvelopeCreated(envelopeId, e.Creator, e.TotalAmount, e.PacketCount);
        }

        /// <summary>SCHK(creator, id): NP, VSH, A(creator), exists, creator, pending mode 0, seed; returns the envelope.</summary>
        private static Envelope CheckSettle(UInt160 creator, BigInteger envelopeId, ByteString scriptHash)
        {
            ValidateNotGloballyPaused(APP_ID);
            ValidateScriptHash(SCRIPT_NAME, scriptHash);
            ValidateUser(creator);
            if (!EnvelopeExists(envelopeId)) throw new Exception("envelope not found");
            Envelope e = LoadEnvelope(envelopeId);
            if (e.Creator != creator) throw new Exception("not creator");
            if (!(e.State == STATE_PENDING && e.Mode == MODE_UNSETTLED)) throw new Exception("envelope not pending");
            if (GetOperationSeed(envelopeId) == null) throw new Exception("seed not found");
            return e;
        }

        /// <summary>[H] O(1): the stored packet (modes 1, 2); the claim record of a claimed packet or NEXT for
        /// the next one (modes 0, 3); false for anything else.</summary>
        [Safe]
        public static bool VerifyPacket(BigInteger envelopeId, BigInteger packetIndex, BigInteger amount)
        {
            if (!EnvelopeExists(envelopeId)) return false;
            Envelope e = LoadEnvelope(envelopeId);
            if (packetIndex < 0 || packetIndex >= e.PacketCount) return false;
            if (e.Mode == MODE_RNG || e.Mode == MODE_EAGER)
            {
                ByteString stored = Read(PairKey(PREFIX_PACKET, envelopeId, packetIndex));
                return stored != null && amount == (BigInteger)stored;
            }
            if (packetIndex < e.ClaimedCount) return amount == ClaimedPacket(envelopeId, packetIndex).Amount;
            ByteString seed = GetOperationSeed(envelopeId);
            if (packetIndex == e.ClaimedCount && seed != null) return amount == NextPacket(seed, e.PacketCount, packetIndex, e.RemainingAmount);
            return false;
        }

        /// <summary>[H] O(1): the amount the next claim would receive; 0 when there is none.</summary>
        [Safe]
        public static BigInteger GetNextPacketAmount(BigInteger envelopeId)
        {
            if (!EnvelopeExists(envelopeId)) return 0;
            Envelope e = LoadEnvelope(envelopeId);
            if (e.State == STATE_REFUNDED || e.ClaimedCount >= e.PacketCount) return 0;
            BigInteger k = e.ClaimedCount;
            ByteString stored = Read(PairKey(PREFIX_PACKET, envelopeId, k));
            if (stored != null) return (BigInteger)stored;
            ByteString seed = GetOperationSeed(envelopeId);
            if (seed != null) return NextPacket(seed, e.PacketCount, k, e.RemainingAmount);
            return 0;
        }

        /// <summary>[H] The envelope as a Map in the spec's key order; an empty Map when absent.</summary>
        [Safe]
        public static Map<string, object> GetEnvelopeStateForFrontend(BigInteger envelopeId)
        {
            Map<string, object> state = new Map<string, object>();
            if (!EnvelopeExists(envelopeId)) return state;
            Envelope e = LoadEnvelope(envelopeId);
            BigInteger now = Now();
            state["id"] = envelopeId;
            state["creator"] = e.Creator;
            state["totalAmount"] = e.TotalAmount;
            state["packetCount"] = e.PacketCount;
            state["claimedCount"] = e.ClaimedCount;
            state["remainingAmount"] = e.RemainingAmount;
            state["bestLuckAddress"] = e.BestLuckAddress;
            state["bestLuckAmount"] = e.BestLuckAmount;
            state["state"] = e.State;
            state["mode"] = e.Mode;
            state["expiryTime"] = e.ExpiryTime;
            state["message"] = e.Message;
            state["seed"] = GetOperationSeed(envelopeId);
            state["currentTime"] = now;
            state["isExpired"] = now > e.ExpiryTime;
            state["remainingPackets"] = e.PacketCount - e.ClaimedCount;
            return state;
        }

        private static PacketClaim ClaimedPacket(BigInteger envelopeId, BigInteger k)
        {
            return (PacketClaim)StdLib.Deserialize(Read(PairKey(PREFIX_CLAIM, envelopeId, k)));
        }
    }
}
