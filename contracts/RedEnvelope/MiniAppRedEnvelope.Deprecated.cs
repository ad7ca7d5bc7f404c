// Spec: red-envelope.md — deprecated [D] methods: settleEnvelope (O(n) check of the whole
// distribution and O(n) packet storage), verifyDistribution and previewDistribution (O(n)).
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;

namespace MiniApps
{
    public partial class MiniAppRedEnvelope
    {
        /// <summary>[D] SCHK; amounts == D(seed, T, n) element by element; every packet stored, seed deleted, Mode 2.</summary>
        public static void SettleEnvelope(UInt160 creator, BigInteger envelopeId, BigInteger[] amounts, ByteString scriptHash)
        {
            Envelope e = CheckSettle(creator, envelopeId, scriptHash);
            if (amounts.Length != e.PacketCount) throw new Exception("wrong packet count");
            BigInteger[] honest = Distribution(GetOperationSeed(envelopeId), e.TotalAmount, e.PacketCount);
            for (int k = 0; k < honest.Length; k++)
            {
                if (amounts[k] != honest[k]) throw new Exception("distribution mismatch");
            }
            StorePackets(envelopeId, honest);
            DeleteOperationSeed(envelopeId);
            e.State = STATE_READY;
            e.Mode = MODE_EAGER;
            StoreEnvelope(envelopeId, e);
            OnEnvelopeCreated(envelopeId, e.Creator, e.TotalAmount, e.PacketCount);
        }

        /// <summary>[D] O(n): amounts == D(seed, T, n) while the seed exists, else == the stored packets;
        /// false when neither is available.</summary>
        [Safe]
        public static bool VerifyDistribution(BigInteger envelopeId, BigInteger[] amounts)
        {
            if (!EnvelopeExists(envelopeId)) return false;
            Envelope e = LoadEnvelope(envelopeId);
            if (amounts.Length != e.PacketCount) return false;
            ByteString seed = GetOperationSeed(envelopeId);
            if (seed != null)
            {
                BigInteger[] honest = Distribution(seed, e.TotalAmount, e.PacketCount);
                for (int k = 0; k < honest.Length; k++)
                {
                    if (amounts[k] != honest[k]) return false;
                }
                return true;
            }
            for (int k = 0; k < amounts.Length; k++)
            {
                ByteString stored = Read(PairKey(PREFIX_PACKET, envelopeId, k));
                if (stored == null || amounts[k] != (BigInteger)stored) return false;
            }
            return true;
        }

        /// <summary>[D] O(n): D(seed, T, n) after the packet-count and per-packet checks (T ≥ MIN_AMOUNT is not checked).</summary>
        [Safe]
        public static BigInteger[] PreviewDistribution(ByteString seed, BigInteger totalAmount, BigInteger packetCount)
        {
            if (!(packetCount >= 1 && packetCount <= MAX_PACKETS)) throw new Exception("1-100 packets");
            if (!(totalAmount >= packetCount * MIN_PACKET)) throw new Exception("min 0.01 GAS per packet");
            return Distribution(seed, totalAmount, packetCount);
        }
    }
}
