// Spec: devpack.md §1 ValidatePaymentReceipt (= RCPT) and isReceiptUsed; README.md §6 "Pay, then act".
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Services;

namespace MiniApps
{
    public abstract partial class MiniAppBase
    {
        [Safe]
        public static bool IsReceiptUsed(BigInteger receiptId)
        {
            return Read(IntegerKey(PREFIX_RECEIPT_USED, receiptId)) != null;
        }

        /// <summary>RCPT(payer, minAmount, receiptId); marks the receipt used before the hub is called;
        /// returns the receipt amount.</summary>
        protected static BigInteger ValidatePaymentReceipt(string appId, UInt160 payer, BigInteger minAmount, BigInteger receiptId)
        {
            if (!(receiptId > 0)) throw new Exception("receiptId required");
            UInt160 hub = PaymentHub();
            if (hub == null) throw new Exception("payment hub not set");
            ByteString usedKey = IntegerKey(PREFIX_RECEIPT_USED, receiptId);
            if (Read(usedKey) != null) throw new Exception("receipt already used");
            WriteInteger(usedKey, 1);
            object[] receipt = (object[])Contract.Call(hub, "getReceipt", CallFlags.ReadOnly, receiptId);
            if (receipt == null || (BigInteger)receipt[0] != receiptId) throw new Exception("receipt not found"); // coverage: the id-mismatch side is unreached: the platform's hub returns null or the receipt stored under that id
            if ((string)receipt[1] != appId) throw new Exception("receipt app mismatch");
            if ((UInt160)receipt[2] != payer) throw new Exception("receipt payer mismatch");
            BigInteger amount = (BigInteger)receipt[3];
            if (!(amount >= minAmount)) throw new Exception("insufficient payment");
            return amount;
        }
    }
}
