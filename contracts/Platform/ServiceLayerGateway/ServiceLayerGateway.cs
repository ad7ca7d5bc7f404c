// Spec: platform.md §2 ServiceLayerGateway — storage keys, events, deployment, admin / updater /
// allowed callbacks, update. Requests and fulfilment in ServiceLayerGateway.Requests.cs.
using System;
using System.ComponentModel;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace MiniApps.Platform
{
    [DisplayName("ServiceLayerGateway")]
    [ManifestExtra("Author", "MiniApp verification harness")]
    [ManifestExtra("Description", "Routes service requests from apps to the TEE and dispatches fulfilments")]
    [ManifestExtra("Version", "1.0.0")]
    [ContractPermission("*", "onServiceCallback", "storeDrawRandomness", "onServiceCallbackHybrid")]
    public partial class ServiceLayerGateway : PlatformContract
    {
        // Storage keys.
        /// <summary>02: updater (the TEE account).</summary>
        private const string PREFIX_UPDATER = "\x02";
        /// <summary>03‖bytes(requestId): Request Struct.</summary>
        private const string PREFIX_REQUEST = "\x03";
        /// <summary>04: request counter.</summary>
        private const string PREFIX_REQUEST_COUNTER = "\x04";
        /// <summary>05‖h160(contract): 1 = allowed callback contract.</summary>
        private const string PREFIX_ALLOWED_CALLBACK = "\x05";

        private const long STATUS_PENDING = 0;
        private const long STATUS_FULFILLED = 1;
        private const long STATUS_FAILED = 2;

        public delegate void ServiceRequestedHandler(BigInteger requestId, string appId, string serviceType, UInt160 requester, UInt160 callbackContract, string callbackMethod, ByteString payload);
        public delegate void ServiceFulfilledHandler(BigInteger requestId, string appId, string serviceType, bool success, ByteString result, string error);
        public delegate void UpdaterChangedHandler(UInt160 oldUpdater, UInt160 newUpdater);
        public delegate void CallbackAddedHandler(UInt160 contractAddress);
        public delegate void CallbackRemovedHandler(UInt160 contractAddress);
        public delegate void AdminChangedHandler(UInt160 oldAdmin, UInt160 newAdmin);

        [DisplayName("ServiceRequested")]
        public static event ServiceRequestedHandler OnServiceRequested;

        [DisplayName("ServiceFulfilled")]
        public static event ServiceFulfilledHandler OnServiceFulfilled;

        [DisplayName("UpdaterChanged")]
        public static event UpdaterChangedHandler OnUpdaterChanged;

        [DisplayName("CallbackAdded")]
        public static event CallbackAddedHandler OnCallbackAdded;

        [DisplayName("CallbackRemoved")]
        public static event CallbackRemovedHandler OnCallbackRemoved;

        [DisplayName("AdminChanged")]
        public static event AdminChangedHandler OnAdminChanged;

        public static void _deploy(object data, bool update)
        {
            if (update) return;
            UInt160 sender = TxSender();
            Storage.Put(Storage.CurrentContext, PREFIX_ADMIN, sender);
            Storage.Put(Storage.CurrentContext, PREFIX_UPDATER, sender);
        }

        [Safe]
        public static UInt160 Updater()
        {
            return (UInt160)Storage.Get(Storage.CurrentContext, PREFIX_UPDATER);
        }

        public static void SetAdmin(UInt160 newAdmin)
        {
            ValidateAdmin();
            if (!IsValidAddress(newAdmin)) throw new Exception("invalid admin");
            UInt160 oldAdmin = Admin();
            Storage.Put(Storage.CurrentContext, PREFIX_ADMIN, newAdmin);
            OnAdminChanged(oldAdmin, newAdmin);
        }

        public static void SetUpdater(UInt160 updater)
        {
            ValidateAdmin();
            if (!IsValidAddress(updater)) throw new Exception("invalid updater");
            UInt160 oldUpdater = Updater();
            Storage.Put(Storage.CurrentContext, PREFIX_UPDATER, updater);
            OnUpdaterChanged(oldUpdater, updater);
        }

        public static void AddAllowedCallback(UInt160 contractAddress)
        {
            ValidateAdmin();
            if (!IsValidAddress(contractAddress)) throw new Exception("invalid contract");
            Storage.Put(Storage.CurrentContext, AllowedCallbackKey(contractAddress), 1);
            OnCallbackAdded(contractAddress);
        }

        public static void RemoveAllowedCallback(UInt160 contractAddress)
        {
            ValidateAdmin();
            Storage.Delete(Storage.CurrentContext, AllowedCallbackKey(contractAddress));
            OnCallbackRemoved(contractAddress);
        }

        [Safe]
        public static bool IsAllowedCallback(UInt160 contractAddress)
        {
            return (BigInteger)Storage.Get(Storage.CurrentContext, AllowedCallbackKey(contractAddress)) == 1;
        }

        public static void Update(ByteString nefFile, string manifest)
        {
            UpdateContract(nefFile, manifest);
        }


        private static ByteString AllowedCallbackKey(UInt160 contractAddress)
        {
            return Helper.Concat(PREFIX_ALLOWED_CALLBACK, contractAddress);
        }

        private static ByteString RequestKey(BigInteger requestId)
        {
            return Helper.Concat(PREFIX_REQUEST, (ByteString)requestId);
        }
    }
}
