using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Services;

namespace MiniApp.Compiler.Tests.Constructs.Contracts
{
    /// <summary>Storage get/put/delete and Find with iterators.</summary>
    public class StorageProbe : SmartContract
    {
        public static void Put(ByteString key, BigInteger value) => Storage.Put(Storage.CurrentContext, key, value);

        [Safe]
        public static BigInteger Get(ByteString key) => (BigInteger)Storage.Get(Storage.CurrentContext, key);

        [Safe]
        public static bool Has(ByteString key) => Storage.Get(Storage.CurrentContext, key) != null;

        public static void Delete(ByteString key) => Storage.Delete(Storage.CurrentContext, key);

        [Safe]
        public static BigInteger CountPrefix(ByteString prefix)
        {
            BigInteger n = 0;
            Iterator it = Storage.Find(Storage.CurrentContext, prefix, FindOptions.KeysOnly);
            while (it.Next()) n++;
            return n;
        }

        [Safe]
        public static BigInteger SumPrefix(ByteString prefix)
        {
            BigInteger sum = 0;
            Iterator it = Storage.Find(Storage.CurrentContext, prefix, FindOptions.ValuesOnly);
            while (it.Next()) sum += (BigInteger)(ByteString)it.Value;
            return sum;
        }

        /// <summary>Keys under a prefix, prefix removed, concatenated in storage order.</summary>
        [Safe]
        public static ByteString KeysUnder(ByteString prefix)
        {
            ByteString acc = "";
            Iterator it = Storage.Find(Storage.CurrentContext, prefix, FindOptions.KeysOnly | FindOptions.RemovePrefix);
            while (it.Next()) acc = acc + (ByteString)it.Value;
            return acc;
        }
    }
}
