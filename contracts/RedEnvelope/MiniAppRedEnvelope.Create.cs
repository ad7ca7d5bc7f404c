// Spec: red-envelope.md "Methods" — CHK, NEW, createEnvelope + onServiceCallback (the deprecated
// one-phase RNG path through the ServiceLayerGateway) and initiateEnvelope [H].
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;

namespace MiniApps
{
    public partial class MiniAppRedEnvelope
    {
        /// <summary>[D flow] NP, CHK, RCPT; NEW(mode 1); an RNG request whose callback stores every packet.</summary>
        public static BigInteger CreateEnvelope(UInt160 creator, BigInteger totalAmount, BigInteger packetCount, BigInteger expiryDurationMs, string message, BigInteger receiptId)
        {
            ValidateNotGloballyPaused(APP_ID);
            CheckCreation(creator, totalAmount, packetCount, message);
            ValidatePaymentReceipt(APP_ID, creator, totalAmount, receiptId);
            BigInteger id = NewEnvelope(creator, totalAmount, packetCount, expiryDurationMs, message, MODE_RNG);
            ByteString context = (ByteString)id;
            BigInteger requestId = RequestRng(APP_ID, context, CALLBACK_METHOD);
            StoreRequestData(requestId, context);
            OnEnvelopeRequested(id, creator, requestId);
            return id;
        }

        /// <summary>[D] Gateway only. Failure refunds the whole envelope; success stores D(result, T, n) (O(n)).</summary>
        public static void OnServiceCallback(BigInteger requestId, string appId, string serviceType, bool success, ByteString result, string error)
        {
            ByteString context = ValidateCallback(requestId, appId, serviceType, SERVICE_TYPE_RNG, APP_ID);
            BigInteger id = (BigInteger)context;
            Envelope e = LoadEnvelope(id);
            if (!(e.State == STATE_PENDING && e.Mode == MODE_RNG)) throw new Exception("envelope not pending");
            DeleteRequestData(requestId);
            if (IsCallbackFailure(success, result))
            {
                Refund(id, e);
                return;
            }
            StorePackets(id, Distribution(result, e.TotalAmount, e.PacketCount));
            e.State = STATE_READY;
            StoreEnvelope(id, e);
            OnEnvelopeCreated(id, e.Creator, e.TotalAmount, e.PacketCount);
        }

        /// <summary>[H] NP, "script not registered", CHK, RCPT; NEW(mode 0) and the envelope's seed;
        /// returns [id, seed, "distribute-packets"].</summary>
        public static object[] InitiateEnvelope(UInt160 creator, BigInteger totalAmount, BigInteger packetCount, BigInteger expiryDurationMs, string message, BigInteger receiptId)
        {
            ValidateNotGloballyPaused(APP_ID);
            if (!IsScriptEnabled(SCRIPT_NAME)) throw new Exception("script not registered");
            CheckCreation(creator, totalAmount, packetCount, message);
            ValidatePaymentReceipt(APP_ID, creator, totalAmount, receiptId);
            BigInteger id = NewEnvelope(creator, totalAmount, packetCount, expiryDurationMs, message, MODE_UNSETTLED);
            ByteString seed = GenerateOperationSeed(id, creator, SCRIPT_NAME);
            OnEnvelopeInitiated(id, creator, totalAmount, packetCount, seed);
            return new object[] { id, seed, SCRIPT_NAME };
        }

        /// <summary>CHK(creator, T, n, message).</summary>
        private static void CheckCreation(UInt160 creator, BigInteger total, BigInteger n, string message)
        {
            if (!(total >= MIN_AMOUNT)) throw new Exception("min amount 0.1 GAS");
            if (!(n >= 1 && n <= MAX_PACKETS)) throw new Exception("1-100 packets");
            if (!(total >= n * MIN_PACKET)) throw new Exception("min 0.01 GAS per packet");
            if (message.Length > MAX_MESSAGE) throw new Exception("message too long");
            ValidateUser(creator);
        }

        /// <summary>NEW(creator, T, n, dur, message, mode): id = 40 + 1; the record; 45 += 1.</summary>
        private static BigInteger NewEnvelope(UInt160 creator, BigInteger total, BigInteger n, BigInteger duration, string message, int mode)
        {
            BigInteger id = ReadInteger(PREFIX_ENVELOPE_ID) + 1;
            WriteInteger(PREFIX_ENVELOPE_ID, id);
            BigInteger expiry = Now() + DEFAULT_EXPIRY;
            if (duration > 0) expiry = Now() + duration;
            Envelope e = new Envelope
            {
                Creator = creator,
                TotalAmount = total,
                PacketCount = n,
                ClaimedCount = 0,
                RemainingAmount = total,
                BestLuckAddress = UInt160.Zero,
                BestLuckAmount = 0,
                State = STATE_PENDING,
                ExpiryTime = expiry,
                Message = message,
                Mode = mode,
            };
            StoreEnvelope(id, e);
            WriteInteger(PREFIX_ENVELOPE_COUNT, ReadInteger(PREFIX_ENVELOPE_COUNT) + 1);
            return id;
        }
    }
}
