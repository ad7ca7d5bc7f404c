// Test app for issue 5 item 6: exposes the protected behaviour of the DevPack bases
// (devpack.md §1–3, §5 and README.md §4) through public methods, so that chain tests can check
// each base behaviour against its model before a real app uses it. Not one of the twelve apps;
// its own methods are test hooks, named after the helper they run.
using System.ComponentModel;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;

namespace MiniApps
{
    [DisplayName("MiniAppBaseProbe")]
    [ManifestExtra("Author", "MiniApp verification harness")]
    [ManifestExtra("Description", "Test app exposing the DevPack base-class behaviour")]
    [ManifestExtra("Version", "1.0.0")]
    [ContractPermission("*", "transfer", "getReceipt", "isPaused", "requestService")]
    public class MiniAppBaseProbe : MiniAppGameComputeBase
    {
        private const string APP_ID = "miniapp-base-probe";
        private const string CALLBACK_METHOD = "onServiceCallback";

        public delegate void RandomnessReceivedHandler(BigInteger requestId, BigInteger operationId, bool success, ByteString result);

        /// <summary>Emitted by onServiceCallback after the context is deleted.</summary>
        [DisplayName("RandomnessReceived")]
        public static event RandomnessReceivedHandler OnRandomnessReceived;

        public static void _deploy(object data, bool update)
        {
            BaseDeploy(update);
        }

        public static void OnNEP17Payment(UInt160 from, BigInteger amount, object data)
        {
            AcceptGasOnly();
        }

        /// <summary>NP, A(player), BET(player, amount), RCPT(player, amount, receiptId), RECBET(player, amount)
        /// on keys 30–33, in the order the apps use; returns the receipt amount.</summary>
        public static BigInteger PlaceBet(UInt160 player, BigInteger amount, BigInteger receiptId)
        {
            ValidateNotGloballyPaused(APP_ID);
            ValidateUser(player);
            ValidateGameBetLimits(player, amount);
            BigInteger paid = ValidatePaymentReceipt(APP_ID, player, amount, receiptId);
            RecordGameBet(player, amount);
            return paid;
        }

        /// <summary>RCPT alone (receipt checks of this app's id); returns the receipt amount.</summary>
        public static BigInteger UseReceipt(UInt160 payer, BigInteger minAmount, BigInteger receiptId)
        {
            return ValidatePaymentReceipt(APP_ID, payer, minAmount, receiptId);
        }

        /// <summary>NP alone ("paused", "globally paused").</summary>
        public static void CheckNotPaused()
        {
            ValidateNotGloballyPaused(APP_ID);
        }

        /// <summary>A(user) alone ("unauthorized").</summary>
        public static void CheckUser(UInt160 user)
        {
            ValidateUser(user);
        }

        /// <summary>ValidateAdmin alone ("admin not set", "unauthorized").</summary>
        public static void CheckAdmin()
        {
            ValidateAdmin();
        }

        /// <summary>ValidateAddress alone ("invalid address").</summary>
        public static void CheckAddress(UInt160 address)
        {
            ValidateAddress(address);
        }

        /// <summary>VSH(scriptName): "script not registered", "script disabled", "script hash mismatch".</summary>
        public static void CheckScript(string scriptName, ByteString scriptHash)
        {
            ValidateScriptHash(scriptName, scriptHash);
        }

        /// <summary>GenerateOperationSeed(operationId, user, scriptName); returns the 32-byte seed.</summary>
        public static ByteString GenerateSeed(BigInteger operationId, UInt160 user, string scriptName)
        {
            return GenerateOperationSeed(operationId, user, scriptName);
        }

        /// <summary>DeleteOperationSeed(operationId); read it back with getOperationSeed.</summary>
        public static void DeleteSeed(BigInteger operationId)
        {
            DeleteOperationSeed(operationId);
        }

        /// <summary>RequestRng(APP_ID, bytes(operationId), "onServiceCallback"); the context
        /// 1A‖bytes(requestId) := bytes(operationId); returns the gateway's request id.</summary>
        public static BigInteger RequestRandomness(BigInteger operationId)
        {
            ByteString payload = (ByteString)operationId;
            BigInteger requestId = RequestRng(APP_ID, payload, CALLBACK_METHOD);
            StoreRequestData(requestId, payload);
            return requestId;
        }

        /// <summary>Standard callback: ValidateCallback, DeleteRequestData, event RandomnessReceived
        /// (result empty on failure).</summary>
        public static void OnServiceCallback(BigInteger requestId, string appId, string serviceType, bool success, ByteString result, string error)
        {
            ByteString context = ValidateCallback(requestId, appId, serviceType, SERVICE_TYPE_RNG, APP_ID);
            DeleteRequestData(requestId);
            bool failed = IsCallbackFailure(success, result);
            ByteString value = ByteString.Empty;
            if (!failed) value = result;
            OnRandomnessReceived(requestId, (BigInteger)context, !failed, value);
        }

        /// <summary>rand(h) of README.md §4 (h at least 31 bytes).</summary>
        [Safe]
        public static BigInteger RandOf(ByteString hash)
        {
            return Rand(hash);
        }

        /// <summary>beN(h, k) of README.md §4 (k ≤ 8, k ≤ len(h)).</summary>
        [Safe]
        public static BigInteger BeNOf(ByteString hash, BigInteger k)
        {
            return BeN(hash, k);
        }

        /// <summary>H(x) = SHA-256.</summary>
        [Safe]
        public static ByteString HashOf(ByteString data)
        {
            return H(data);
        }
    }
}
