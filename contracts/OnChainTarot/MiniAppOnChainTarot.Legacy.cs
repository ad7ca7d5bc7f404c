// Spec: on-chain-tarot.md "Methods" — the legacy RNG path: requestReading asks the
// ServiceLayerGateway for randomness; the TEE's fulfilment calls onServiceCallback, which draws
// the cards or refunds the fee.
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace MiniApps
{
    public partial class MiniAppOnChainTarot
    {
        /// <summary>RCHK; A(user); RCPT(user, fee(spread), receiptId); NEWREADING(…, 1); an RNG
        /// request whose context is bytes(readingId); returns readingId.</summary>
        public static BigInteger RequestReading(UInt160 user, string question, BigInteger spreadType, BigInteger category, BigInteger receiptId)
        {
            CheckReading(question, spreadType, category);
            ValidateUser(user);
            ValidatePaymentReceipt(APP_ID, user, SpreadFee(spreadType), receiptId);
            BigInteger id = NewReading(user, question, spreadType, category, MODE_RNG);
            ByteString context = (ByteString)id;
            BigInteger requestId = RequestRng(APP_ID, context, CALLBACK_METHOD);
            StoreRequestData(requestId, context);
            OnReadingRequested(id, user, question, spreadType);
            return id;
        }

        /// <summary>Gateway only: draws the reading's cards from the RNG result, or refunds its fee
        /// (from the app's own balance) when the request failed.</summary>
        public static void OnServiceCallback(BigInteger requestId, string appId, string serviceType, bool success, ByteString result, string error)
        {
            ByteString context = ValidateCallback(requestId, appId, serviceType, SERVICE_TYPE_RNG, APP_ID);
            BigInteger id = (BigInteger)context;
            ByteString stored = StoredReading(id);
            if (stored == null) throw new Exception("reading not pending");
            Reading reading = (Reading)StdLib.Deserialize(stored);
            if (!(reading.Status == STATUS_PENDING && reading.Mode == MODE_RNG)) throw new Exception("reading not pending");
            DeleteRequestData(requestId);
            if (IsCallbackFailure(success, result))
            {
                BigInteger fee = SpreadFee(reading.SpreadType);
                reading.Status = STATUS_REFUNDED;
                Write(ReadingKey(id), StdLib.Serialize(reading));
                if (!GAS.Transfer(Runtime.ExecutingScriptHash, reading.User, fee, null)) throw new Exception("transfer failed");
                OnReadingRefunded(id, reading.User, fee);
            }
            else
            {
                reading.Cards = Cards(result, SpreadCards(reading.SpreadType));
                reading.Status = STATUS_COMPLETED;
                Write(ReadingKey(id), StdLib.Serialize(reading));
                OnReadingCompleted(id, reading.User, reading.Cards);
            }
        }
    }
}
