// Spec: devpack.md §1 MiniAppBase — public ABI (admin, two-step admin change, timelock delay,
// gateway / paymentHub / pauseRegistry settings, update, destroy) and the protected
// BaseDeploy / AcceptGasOnly bodies of the apps' _deploy and onNEP17Payment.
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace MiniApps
{
    public abstract partial class MiniAppBase
    {
        [Safe]
        public static UInt160 Admin()
        {
            return ReadAddress(PREFIX_ADMIN);
        }

        [Safe]
        public static UInt160 Gateway()
        {
            return ReadAddress(PREFIX_GATEWAY);
        }

        [Safe]
        public static UInt160 PaymentHub()
        {
            return ReadAddress(PREFIX_PAYMENT_HUB);
        }

        [Safe]
        public static UInt160 PauseRegistry()
        {
            return ReadAddress(PREFIX_PAUSE_REGISTRY);
        }

        [Safe]
        public static UInt160 PendingAdmin()
        {
            return ReadAddress(PREFIX_PENDING_ADMIN);
        }

        [Safe]
        public static BigInteger AdminChangeTime()
        {
            return ReadInteger(PREFIX_ADMIN_CHANGE_TIME);
        }

        [Safe]
        public static BigInteger TimeLockDelay()
        {
            ByteString stored = Read(PREFIX_TIMELOCK_DELAY);
            if (stored == null) return DEFAULT_TIMELOCK_DELAY;
            return (BigInteger)stored;
        }

        public static void ProposeAdmin(UInt160 newAdmin)
        {
            ValidateAdmin();
            ValidateAddress(newAdmin);
            UInt160 admin = Admin();
            if (newAdmin == admin) throw new Exception("same admin");
            BigInteger executeAfter = Now() + TimeLockDelay();
            Write(PREFIX_PENDING_ADMIN, newAdmin);
            WriteInteger(PREFIX_ADMIN_CHANGE_TIME, executeAfter);
            OnAdminChangeProposed(admin, newAdmin, executeAfter);
        }

        public static void ExecuteAdminChange()
        {
            UInt160 pending = PendingAdmin();
            if (pending == null) throw new Exception("no pending admin");
            if (!(Now() >= AdminChangeTime())) throw new Exception("timelock active");
            UInt160 oldAdmin = Admin();
            Write(PREFIX_ADMIN, pending);
            DeleteKey(PREFIX_PENDING_ADMIN);
            DeleteKey(PREFIX_ADMIN_CHANGE_TIME);
            OnAdminChanged(oldAdmin, pending);
        }

        public static void CancelAdminChange()
        {
            ValidateAdmin();
            UInt160 pending = PendingAdmin();
            if (pending == null) throw new Exception("no pending admin");
            DeleteKey(PREFIX_PENDING_ADMIN);
            DeleteKey(PREFIX_ADMIN_CHANGE_TIME);
            OnAdminChangeCancelled(pending);
        }

        public static void SetTimeLockDelay(BigInteger delayMs)
        {
            ValidateAdmin();
            if (!(delayMs >= MIN_TIMELOCK_DELAY)) throw new Exception("min delay 1 hour");
            WriteInteger(PREFIX_TIMELOCK_DELAY, delayMs);
        }

        public static void SetGateway(UInt160 gw)
        {
            ValidateAdmin();
            ValidateAddress(gw);
            Write(PREFIX_GATEWAY, gw);
        }

        public static void SetPaymentHub(UInt160 hub)
        {
            ValidateAdmin();
            ValidateAddress(hub);
            Write(PREFIX_PAYMENT_HUB, hub);
        }

        public static void SetPauseRegistry(UInt160 registry)
        {
            ValidateAdmin();
            ValidateAddress(registry);
            Write(PREFIX_PAUSE_REGISTRY, registry);
        }

        public static void Update(ByteString nef, string manifest, object data)
        {
            ValidateAdmin();
            ContractManagement.Update(nef, manifest, data);
        }

        public static void Destroy()
        {
            ValidateAdmin();
            ContractManagement.Destroy(); // coverage: destroy is not modelled (simulator mini-app-base-admin.ts), so ADMIN's destroy is never generated
        }

        /// <summary>Body of every app's _deploy: when update is false, 01 := tx.Sender.</summary>
        protected static void BaseDeploy(bool update)
        {
            if (update) return;
            Write(PREFIX_ADMIN, TxSender());
        }

        /// <summary>Body of the default onNEP17Payment: GAS from anyone (from = null included), no effect.</summary>
        protected static void AcceptGasOnly()
        {
            if (Runtime.CallingScriptHash != GAS.Hash) throw new Exception("unsupported token");
        }
    }
}
