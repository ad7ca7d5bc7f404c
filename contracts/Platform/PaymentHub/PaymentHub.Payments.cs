// Spec: platform.md §1 PaymentHub — onNEP17Payment (GAS with the app id as data creates a
// receipt) and getReceipt.
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace MiniApps.Platform
{
    public partial class PaymentHub
    {
        public static void OnNEP17Payment(UInt160 from, BigInteger amount, object data)
        {
            if (Runtime.CallingScriptHash != GAS.Hash) throw new Exception("only GAS accepted");
            if (!(amount > 0)) throw new Exception("invalid amount");
            if (data == null) throw new Exception("payment data required");
            string appId = (string)data;
            if (!(appId.Length > 0)) throw new Exception("app id required");
            ByteString stored = Storage.Get(Storage.CurrentContext, AppConfigKey(appId));
            if (stored == null) throw new Exception("app not found");
            AppConfig config = (AppConfig)StdLib.Deserialize(stored);
            if (!config.Enabled) throw new Exception("app disabled");

            BigInteger oldBalance = GetAppBalance(appId);
            BigInteger newBalance = oldBalance + amount;
            Storage.Put(Storage.CurrentContext, AppBalanceKey(appId), newBalance);
            OnBalanceUpdated(appId, oldBalance, newBalance);

            BigInteger id = (BigInteger)Storage.Get(Storage.CurrentContext, PREFIX_RECEIPT_COUNTER) + 1;
            Storage.Put(Storage.CurrentContext, PREFIX_RECEIPT_COUNTER, id);
            Receipt receipt = new Receipt
            {
                Id = id,
                AppId = appId,
                Payer = from,
                Amount = amount,
                Timestamp = Runtime.Time,
                Memo = ""
            };
            Storage.Put(Storage.CurrentContext, ReceiptKey(id), StdLib.Serialize(receipt));
            OnPaymentReceived(id, appId, from, amount, "");
        }

        /// <summary>The stored Receipt Struct (6 items), or null when no receipt has that id.</summary>
        [Safe]
        public static object[] GetReceipt(BigInteger receiptId)
        {
            ByteString stored = Storage.Get(Storage.CurrentContext, ReceiptKey(receiptId));
            if (stored == null) return null;
            return (object[])StdLib.Deserialize(stored);
        }
    }
}
