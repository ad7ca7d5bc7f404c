// Spec: devpack.md §2 MiniAppServiceBase — gateway service requests, request contexts at
// 1A‖bytes(requestId), callback validation. No public methods of its own.
using System;
using System.ComponentModel;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Services;

namespace MiniApps
{
    public abstract class MiniAppServiceBase : MiniAppBase
    {
        // Storage keys 0x18–0x1B.
        protected const string PREFIX_REQUEST_DATA = "\x1A";

        protected const string SERVICE_TYPE_RNG = "rng";

        public delegate void ServiceRequestedHandler(BigInteger requestId, string serviceType);

        /// <summary>Emitted by the app; distinct from the gateway's event of the same name.</summary>
        [DisplayName("ServiceRequested")]
        public static event ServiceRequestedHandler OnServiceRequested;

        /// <summary>Calls the gateway's requestService with this contract as callback contract;
        /// payload must be a ByteString (README.md §3 rule 3).</summary>
        protected static BigInteger RequestService(string appId, string serviceType, ByteString payload, string callbackMethod)
        {
            UInt160 gateway = Gateway();
            if (gateway == null) throw new Exception("gateway not set");
            BigInteger requestId = (BigInteger)Contract.Call(gateway, "requestService", CallFlags.All,
                appId, serviceType, payload, Runtime.ExecutingScriptHash, callbackMethod);
            OnServiceRequested(requestId, serviceType);
            return requestId;
        }

        protected static BigInteger RequestRng(string appId, ByteString payload, string callbackMethod)
        {
            return RequestService(appId, SERVICE_TYPE_RNG, payload, callbackMethod);
        }

        protected static void StoreRequestData(BigInteger requestId, ByteString data)
        {
            Write(IntegerKey(PREFIX_REQUEST_DATA, requestId), data);
        }

        protected static ByteString GetRequestData(BigInteger requestId)
        {
            return Read(IntegerKey(PREFIX_REQUEST_DATA, requestId));
        }

        protected static void DeleteRequestData(BigInteger requestId)
        {
            DeleteKey(IntegerKey(PREFIX_REQUEST_DATA, requestId));
        }

        /// <summary>First statements of every callback; returns the stored request context.
        /// expectedAppId is the app's APP_ID (bases have no virtual members, so the app passes it).</summary>
        protected static ByteString ValidateCallback(BigInteger requestId, string appId, string serviceType, string expectedType, string expectedAppId)
        {
            ValidateGateway();
            if (appId != expectedAppId) throw new Exception("app mismatch"); // coverage: unreached: the platform's gateway passes back the app id the app requested with
            if (serviceType != expectedType) throw new Exception("service mismatch"); // coverage: unreached: the gateway passes back the request's own service type
            ByteString context = GetRequestData(requestId);
            if (context == null) throw new Exception("unknown request"); // coverage: unreached: a request is dispatched once (GW-P2), while its context exists
            return context;
        }

        /// <summary>A callback fails when ¬success ∨ len(result) = 0.</summary>
        protected static bool IsCallbackFailure(bool success, ByteString result)
        {
            return !success || result == null || result.Length == 0; // coverage: result is never null: the gateway passes null as empty (platform.md §2)
        }
    }
}
