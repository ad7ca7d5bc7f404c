// Spec: platform.md §2 ServiceLayerGateway — requestService, fulfillRequest (callback dispatched
// with CallFlags.All after the request is stored), getRequest.
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace MiniApps.Platform
{
    public partial class ServiceLayerGateway
    {
        public static BigInteger RequestService(string appId, string serviceType, ByteString payload, UInt160 callbackContract, string callbackMethod)
        {
            if (!(appId.Length > 0)) throw new Exception("app id required");
            if (!(serviceType.Length > 0)) throw new Exception("service type required");
            if (!IsValidAddress(callbackContract)) throw new Exception("callback contract required");
            if (!(callbackMethod.Length > 0)) throw new Exception("callback method required");
            if (Runtime.CallingScriptHash != callbackContract) throw new Exception("callback must be caller");

            BigInteger id = (BigInteger)Storage.Get(Storage.CurrentContext, PREFIX_REQUEST_COUNTER) + 1;
            Storage.Put(Storage.CurrentContext, PREFIX_REQUEST_COUNTER, id);
            ByteString p = payload;
            if (p == null) p = ByteString.Empty; // coverage: unreached: only apps can request (callback must be caller) and every app sends bytes(opId)
            UInt160 requester = TxSender();
            BigInteger now = Runtime.Time;
            Request request = new Request
            {
                Id = id,
                AppId = appId,
                ServiceType = serviceType,
                Payload = p,
                CallbackContract = callbackContract,
                CallbackMethod = callbackMethod,
                Requester = requester,
                Status = STATUS_PENDING,
                CreatedAt = now,
                FulfilledAt = 0,
                Success = false,
                Result = ByteString.Empty,
                Error = ""
            };
            Storage.Put(Storage.CurrentContext, RequestKey(id), StdLib.Serialize(request));
            OnServiceRequested(id, appId, serviceType, requester, callbackContract, callbackMethod, p);
            return id;
        }

        public static void FulfillRequest(BigInteger requestId, bool success, ByteString result, string error)
        {
            UInt160 updater = Updater();
            if (updater == null || !Runtime.CheckWitness(updater)) throw new Exception("unauthorized"); // coverage: updater null is unreachable (always set)
            ByteString stored = Storage.Get(Storage.CurrentContext, RequestKey(requestId));
            if (stored == null) throw new Exception("request not found");
            Request request = (Request)StdLib.Deserialize(stored);
            if (request.Status != STATUS_PENDING) throw new Exception("request already fulfilled");
            if (!IsAllowedCallback(request.CallbackContract)) throw new Exception("callback contract not allowed");

            ByteString r = result;
            if (r == null) r = ByteString.Empty;
            string e = error;
            if (e == null) e = "";
            BigInteger now = Runtime.Time;
            request.Status = success ? STATUS_FULFILLED : STATUS_FAILED;
            request.FulfilledAt = now;
            request.Success = success;
            request.Result = r;
            request.Error = e;
            Storage.Put(Storage.CurrentContext, RequestKey(requestId), StdLib.Serialize(request));
            OnServiceFulfilled(requestId, request.AppId, request.ServiceType, success, r, e);

            Contract.Call(request.CallbackContract, request.CallbackMethod, CallFlags.All,
                requestId, request.AppId, request.ServiceType, success, r, e);
        }

        /// <summary>The stored Request Struct, or null.</summary>
        [Safe]
        public static object[] GetRequest(BigInteger requestId)
        {
            ByteString stored = Storage.Get(Storage.CurrentContext, RequestKey(requestId));
            if (stored == null) return null;
            return (object[])StdLib.Deserialize(stored);
        }
    }
}
