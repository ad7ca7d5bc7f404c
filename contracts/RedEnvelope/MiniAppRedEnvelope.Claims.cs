// Spec: red-envelope.md "Methods" — claim (O(1) in every mode) and refundEnvelope / REFUND(env).
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace MiniApps
{
    public partial class MiniAppRedEnvelope
    {
        /// <summary>Packet k = ClaimedCount to the claimer: NEXT from the seed (lazy) or the stored packet;
        /// state before the transfer (README §6).</summary>
        public static BigInteger Claim(BigInteger envelopeId, UInt160 claimer)
        {
            ValidateNotGloballyPaused(APP_ID);
            ValidateUser(claimer);
            if (!EnvelopeExists(envelopeId)) throw new Exception("envelope not found");
            Envelope e = LoadEnvelope(envelopeId);
            if (e.State != STATE_READY) throw new Exception("envelope not ready");
            if (!(e.ClaimedCount < e.PacketCount)) throw new Exception("envelope empty");
            if (!(Now() <= e.ExpiryTime)) throw new Exception("envelope expired");
            ByteString claimedKey = ClaimedKey(claimer, envelopeId);
            if (Read(claimedKey) != null) throw new Exception("already claimed");

            BigInteger k = e.ClaimedCount;
            BigInteger amount;
            if (e.Mode == MODE_LAZY) amount = NextPacket(GetOperationSeed(envelopeId), e.PacketCount, k, e.RemainingAmount);
            else amount = ReadInteger(PairKey(PREFIX_PACKET, envelopeId, k));

            WriteInteger(claimedKey, amount);
            PacketClaim c = new PacketClaim { Claimer = claimer, Amount = amount };
            Write(PairKey(PREFIX_CLAIM, envelopeId, k), StdLib.Serialize(c));
            e.ClaimedCount = k + 1;
            e.RemainingAmount = e.RemainingAmount - amount;
            if (amount > e.BestLuckAmount)
            {
                e.BestLuckAddress = claimer;
                e.BestLuckAmount = amount;
            }
            StoreEnvelope(envelopeId, e);
            WriteInteger(PREFIX_TOTAL_DISTRIBUTED, ReadInteger(PREFIX_TOTAL_DISTRIBUTED) + amount);
            bool last = k + 1 == e.PacketCount;
            if (last) DeleteOperationSeed(envelopeId);
            if (!GAS.Transfer(Runtime.ExecutingScriptHash, claimer, amount, null)) throw new Exception("transfer failed");
            OnEnvelopeClaimed(envelopeId, claimer, amount, e.PacketCount - k - 1);
            if (last) OnEnvelopeCompleted(envelopeId, e.BestLuckAddress, e.BestLuckAmount);
            return amount;
        }

        /// <summary>The creator takes back RemainingAmount after expiry, once.</summary>
        public static void RefundEnvelope(BigInteger envelopeId)
        {
            ValidateNotGloballyPaused(APP_ID);
            if (!EnvelopeExists(envelopeId)) throw new Exception("envelope not found");
            Envelope e = LoadEnvelope(envelopeId);
            ValidateUser(e.Creator);
            if (e.State == STATE_REFUNDED) throw new Exception("already refunded");
            if (!(Now() > e.ExpiryTime)) throw new Exception("not expired");
            if (!(e.RemainingAmount > 0)) throw new Exception("nothing to refund");
            Refund(envelopeId, e);
        }

        /// <summary>REFUND(env): State 2, RemainingAmount 0, seed deleted, the remainder to the creator.</summary>
        private static void Refund(BigInteger id, Envelope e)
        {
            BigInteger a = e.RemainingAmount;
            e.RemainingAmount = 0;
            e.State = STATE_REFUNDED;
            StoreEnvelope(id, e);
            DeleteOperationSeed(id);
            if (!GAS.Transfer(Runtime.ExecutingScriptHash, e.Creator, a, null)) throw new Exception("transfer failed");
            OnEnvelopeRefunded(id, e.Creator, a);
        }
    }
}
