using System.Numerics;
using Neo.SmartContract.Framework.Attributes;

namespace Neo.SmartContract.Framework.Services
{
    /// <summary>The contract's key/value storage (System.Storage.* interops).</summary>
    public static class Storage
    {
        public static extern StorageContext CurrentContext { [Syscall("System.Storage.GetContext")] get; }
        public static extern StorageContext CurrentReadOnlyContext { [Syscall("System.Storage.GetReadOnlyContext")] get; }

        [Syscall("System.Storage.Get")] public static extern ByteString Get(StorageContext context, ByteString key);
        [Syscall("System.Storage.Get")] public static extern ByteString Get(StorageContext context, byte[] key);

        [Syscall("System.Storage.Put")] public static extern void Put(StorageContext context, ByteString key, ByteString value);
        [Syscall("System.Storage.Put")] public static extern void Put(StorageContext context, byte[] key, ByteString value);
        [Syscall("System.Storage.Put")] public static extern void Put(StorageContext context, byte[] key, byte[] value);
        [Syscall("System.Storage.Put")] public static extern void Put(StorageContext context, ByteString key, BigInteger value);
        [Syscall("System.Storage.Put")] public static extern void Put(StorageContext context, byte[] key, BigInteger value);

        [Syscall("System.Storage.Delete")] public static extern void Delete(StorageContext context, ByteString key);
        [Syscall("System.Storage.Delete")] public static extern void Delete(StorageContext context, byte[] key);

        [Syscall("System.Storage.Find")] public static extern Iterator Find(StorageContext context, ByteString prefix, FindOptions options = FindOptions.None);
        [Syscall("System.Storage.Find")] public static extern Iterator Find(StorageContext context, byte[] prefix, FindOptions options = FindOptions.None);
    }

    /// <summary>An interop handle to a contract's storage.</summary>
    public class StorageContext
    {
        public extern StorageContext AsReadOnly { [Syscall("System.Storage.AsReadOnly")] get; }
    }
}
