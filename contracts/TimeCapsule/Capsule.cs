// Spec: time-capsule.md "Storage" — the Capsule record at 40‖bytes(id).
using System.Numerics;
using Neo;

namespace MiniApps
{
    /// <summary>Struct [Owner, ContentHash, Title, Category, UnlockTime, CreateTime, IsPublic, IsRevealed,
    /// Revealer, RevealTime, RecipientCount, ExtensionCount, IsGifted].</summary>
    public struct Capsule
    {
        public UInt160 Owner;
        public string ContentHash;
        public string Title;
        public BigInteger Category;
        public BigInteger UnlockTime;
        public BigInteger CreateTime;
        public bool IsPublic;
        public bool IsRevealed;
        public UInt160 Revealer;
        public BigInteger RevealTime;
        public BigInteger RecipientCount;
        public BigInteger ExtensionCount;
        public bool IsGifted;
    }
}
