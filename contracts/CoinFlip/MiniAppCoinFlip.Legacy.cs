// Spec: coin-flip.md "Methods" — the legacy RNG path: placeBet requests randomness through the
// ServiceLayerGateway; the TEE's fulfilment calls onServiceCallback, which resolves or refunds.
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;

namespace MiniApps
{
    public partial class MiniAppCoinFlip
    {
        /// <summary>NP; BCHK; OPEN(…, 1); an RNG request whose context is bytes(betId); returns betId.</summary>
        public static BigInteger PlaceBet(UInt160 player, BigInteger amount, bool choice, BigInteger receiptId)
        {
            ValidateNotGloballyPaused(APP_ID);
            CheckBet(player, amount, receiptId);
            BigInteger id = OpenBet(player, amount, choice, MODE_RNG);
            ByteString context = (ByteString)id;
            BigInteger requestId = RequestRng(APP_ID, context, CALLBACK_METHOD);
            StoreRequestData(requestId, context);
            OnBetPlaced(player, id, amount, choice);
            return id;
        }

        /// <summary>Gateway only: resolves the bet with the RNG result, or refunds it when the request failed.</summary>
        public static void OnServiceCallback(BigInteger requestId, string appId, string serviceType, bool success, ByteString result, string error)
        {
            ByteString context = ValidateCallback(requestId, appId, serviceType, SERVICE_TYPE_RNG, APP_ID);
            BigInteger betId = (BigInteger)context;
            Bet bet = LoadBet(betId);
            if (bet.Resolved) throw new Exception("already resolved");
            if (bet.Mode != MODE_RNG) throw new Exception("not rng mode");
            DeleteRequestData(requestId);
            if (IsCallbackFailure(success, result)) RefundBet(betId, bet);
            else ResolveBet(betId, bet, result);
        }
    }
}
