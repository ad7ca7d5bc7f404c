using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace MiniApp.Compiler.Tests.Constructs.Contracts
{
    public struct Entry
    {
        public BigInteger Id;
        public string Name;
        public bool Flag;
    }

    /// <summary>Records in storage (StdLib serialize, spec §3), StorageMap, foreach over iterators, Map returns.</summary>
    public class RecordProbe : SmartContract
    {
        const byte PrefixEntry = 0x41;

        public static void Save(BigInteger id, string name, bool flag)
        {
            Entry e = new Entry();
            e.Id = id;
            e.Name = name;
            e.Flag = flag;
            StorageMap entries = new StorageMap(Storage.CurrentContext, PrefixEntry);
            entries.Put((ByteString)id, StdLib.Serialize(e));
        }

        [Safe]
        public static Entry Load(BigInteger id)
        {
            StorageMap entries = new StorageMap(Storage.CurrentReadOnlyContext, PrefixEntry);
            return (Entry)StdLib.Deserialize(entries.Get((ByteString)id));
        }

        /// <summary>Sum of the ids of flagged entries, by foreach over a deserializing iterator.</summary>
        [Safe]
        public static BigInteger SumFlagged()
        {
            BigInteger sum = 0;
            Iterator<Entry> it = (Iterator<Entry>)Storage.Find(Storage.CurrentReadOnlyContext, new byte[] { PrefixEntry }, FindOptions.ValuesOnly | FindOptions.DeserializeValues);
            foreach (Entry e in it)
            {
                if (e.Flag) sum += e.Id;
            }
            return sum;
        }

        [Safe]
        public static Map<string, object> Describe(BigInteger id)
        {
            Entry e = Load(id);
            Map<string, object> m = new Map<string, object>();
            m["id"] = e.Id;
            m["name"] = e.Name;
            return m;
        }
    }
}
