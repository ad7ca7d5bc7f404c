// Spec: platform.md §1 PaymentHub — storage keys, events, admin (ADM), deployment, update, and the
// shared helpers. App configuration in PaymentHub.Apps.cs, payments and receipts in
// PaymentHub.Payments.cs, withdrawals in PaymentHub.Withdraw.cs.
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
    [DisplayName("PaymentHub")]
    [ManifestExtra("Author", "MiniApp verification harness")]
    [ManifestExtra("Description", "GAS payments for MiniApps and their receipts")]
    [ManifestExtra("Version", "1.0.0")]
    public partial class PaymentHub : PlatformContract
    {
        // Storage keys.
        /// <summary>02‖utf8(appId): AppConfig Struct.</summary>
        private const string PREFIX_APP_CONFIG = "\x02";
        /// <summary>03‖utf8(appId): app balance.</summary>
        private const string PREFIX_APP_BALANCE = "\x03";
        /// <summary>04‖bytes(receiptId): Receipt Struct.</summary>
        private const string PREFIX_RECEIPT = "\x04";
        /// <summary>05: receipt counter (last issued id).</summary>
        private const string PREFIX_RECEIPT_COUNTER = "\x05";

        private const long TOTAL_BPS = 10000;
        private const int MAX_APP_ID_LENGTH = 63;
        private const int MAX_RECIPIENTS = 16;

        public delegate void PaymentReceivedHandler(BigInteger paymentId, string appId, UInt160 sender, BigInteger amount, string memo);
        public delegate void AppConfiguredHandler(string appId, UInt160 owner, bool enabled);
        public delegate void SplitConfiguredHandler(string appId, BigInteger recipientCount, BigInteger totalBps);
        public delegate void BalanceUpdatedHandler(string appId, BigInteger oldBalance, BigInteger newBalance);
        public delegate void ShareDistributedHandler(string appId, UInt160 recipient, BigInteger amount, BigInteger shareBps);
        public delegate void WithdrawnHandler(string appId, BigInteger totalAmount, BigInteger recipientCount);
        public delegate void AdminChangedHandler(UInt160 oldAdmin, UInt160 newAdmin);

        [DisplayName("PaymentReceived")]
        public static event PaymentReceivedHandler OnPaymentReceived;

        [DisplayName("AppConfigured")]
        public static event AppConfiguredHandler OnAppConfigured;

        [DisplayName("SplitConfigured")]
        public static event SplitConfiguredHandler OnSplitConfigured;

        [DisplayName("BalanceUpdated")]
        public static event BalanceUpdatedHandler OnBalanceUpdated;

        [DisplayName("ShareDistributed")]
        public static event ShareDistributedHandler OnShareDistributed;

        [DisplayName("Withdrawn")]
        public static event WithdrawnHandler OnWithdrawn;

        [DisplayName("AdminChanged")]
        public static event AdminChangedHandler OnAdminChanged;

        public static void _deploy(object data, bool update)
        {
            if (update) return;
            Transaction tx = (Transaction)Runtime.ScriptContainer;
            Storage.Put(Storage.CurrentContext, PREFIX_ADMIN, tx.Sender);
        }

        public static void SetAdmin(UInt160 newAdmin)
        {
            ValidateAdmin();
            if (!IsValidAddress(newAdmin)) throw new Exception("invalid admin");
            UInt160 oldAdmin = Admin();
            Storage.Put(Storage.CurrentContext, PREFIX_ADMIN, newAdmin);
            OnAdminChanged(oldAdmin, newAdmin);
        }

        public static void Update(ByteString nefFile, string manifest)
        {
            UpdateContract(nefFile, manifest);
        }


        private static ByteString AppConfigKey(string appId)
        {
            return Helper.Concat(PREFIX_APP_CONFIG, appId);
        }

        private static ByteString AppBalanceKey(string appId)
        {
            return Helper.Concat(PREFIX_APP_BALANCE, appId);
        }

        private static ByteString ReceiptKey(BigInteger receiptId)
        {
            return Helper.Concat(PREFIX_RECEIPT, (ByteString)receiptId);
        }
    }
}
