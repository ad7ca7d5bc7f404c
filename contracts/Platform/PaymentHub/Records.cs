// Spec: platform.md §1 PaymentHub "Storage" — the AppConfig (02‖utf8(appId)) and Receipt
// (04‖bytes(receiptId)) records.
using System.Numerics;
using Neo;

namespace MiniApps.Platform
{
    /// <summary>Struct [Owner, Recipients, SharesBps, Enabled]; the Arrays as passed to configureApp.</summary>
    public struct AppConfig
    {
        public UInt160 Owner;
        public UInt160[] Recipients;
        public BigInteger[] SharesBps;
        public bool Enabled;
    }

    /// <summary>Struct [Id, AppId, Payer, Amount, Timestamp, Memo].</summary>
    public struct Receipt
    {
        public BigInteger Id;
        public string AppId;
        public UInt160 Payer;
        public BigInteger Amount;
        public BigInteger Timestamp;
        public string Memo;
    }
}
