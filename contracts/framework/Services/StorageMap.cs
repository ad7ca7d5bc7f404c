using System.Numerics;
using System.Runtime.InteropServices;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;

namespace Neo.SmartContract.Framework.Services
{
    /// <summary>
    /// Storage under a key prefix. On the stack a StorageMap is the Array [context, prefix].
    /// Each accessor unpacks it, concatenates prefix ‖ key (a Buffer: Storage accepts it) and calls
    /// the interop; arguments arrive last-first (Cdecl) so the map itself is on top.
    /// </summary>
    public class StorageMap
    {
        private readonly StorageContext context;
        private readonly byte[] prefix;

        [Syscall("System.Storage.GetContext")] [OpCode(OpCode.PUSH2)] [OpCode(OpCode.PACK)]
        public extern StorageMap(byte[] prefix);

        [Syscall("System.Storage.GetContext")] [OpCode(OpCode.PUSH2)] [OpCode(OpCode.PACK)]
        public extern StorageMap(ByteString prefix);

        // One-byte prefix → 1-byte Buffer first.
        [OpCode(OpCode.PUSH1)] [OpCode(OpCode.NEWBUFFER)] [OpCode(OpCode.TUCK)] [OpCode(OpCode.PUSH0)] [OpCode(OpCode.ROT)] [OpCode(OpCode.SETITEM)]
        [Syscall("System.Storage.GetContext")] [OpCode(OpCode.PUSH2)] [OpCode(OpCode.PACK)]
        public extern StorageMap(byte prefix);

        [CallingConvention(CallingConvention.Cdecl)] [OpCode(OpCode.PUSH2)] [OpCode(OpCode.PACK)]
        public extern StorageMap(StorageContext context, byte[] prefix);

        [CallingConvention(CallingConvention.Cdecl)] [OpCode(OpCode.PUSH2)] [OpCode(OpCode.PACK)]
        public extern StorageMap(StorageContext context, ByteString prefix);

        [OpCode(OpCode.PUSH1)] [OpCode(OpCode.NEWBUFFER)] [OpCode(OpCode.TUCK)] [OpCode(OpCode.PUSH0)] [OpCode(OpCode.ROT)] [OpCode(OpCode.SETITEM)]
        [OpCode(OpCode.SWAP)] [OpCode(OpCode.PUSH2)] [OpCode(OpCode.PACK)]
        public extern StorageMap(StorageContext context, byte prefix);

        public extern ByteString this[ByteString key]
        {
            [CallingConvention(CallingConvention.Cdecl)] [OpCode(OpCode.UNPACK)] [OpCode(OpCode.DROP)] [OpCode(OpCode.REVERSE3)] [OpCode(OpCode.CAT)] [OpCode(OpCode.SWAP)] [Syscall("System.Storage.Get")]
            get;
            [CallingConvention(CallingConvention.Cdecl)] [OpCode(OpCode.UNPACK)] [OpCode(OpCode.DROP)] [OpCode(OpCode.REVERSE3)] [OpCode(OpCode.CAT)] [OpCode(OpCode.SWAP)] [Syscall("System.Storage.Put")]
            set;
        }

        public extern ByteString this[byte[] key]
        {
            [CallingConvention(CallingConvention.Cdecl)] [OpCode(OpCode.UNPACK)] [OpCode(OpCode.DROP)] [OpCode(OpCode.REVERSE3)] [OpCode(OpCode.CAT)] [OpCode(OpCode.SWAP)] [Syscall("System.Storage.Get")]
            get;
            [CallingConvention(CallingConvention.Cdecl)] [OpCode(OpCode.UNPACK)] [OpCode(OpCode.DROP)] [OpCode(OpCode.REVERSE3)] [OpCode(OpCode.CAT)] [OpCode(OpCode.SWAP)] [Syscall("System.Storage.Put")]
            set;
        }

        [CallingConvention(CallingConvention.Cdecl)] [OpCode(OpCode.UNPACK)] [OpCode(OpCode.DROP)] [OpCode(OpCode.REVERSE3)] [OpCode(OpCode.CAT)] [OpCode(OpCode.SWAP)] [Syscall("System.Storage.Get")]
        public extern ByteString Get(ByteString key);

        [CallingConvention(CallingConvention.Cdecl)] [OpCode(OpCode.UNPACK)] [OpCode(OpCode.DROP)] [OpCode(OpCode.REVERSE3)] [OpCode(OpCode.CAT)] [OpCode(OpCode.SWAP)] [Syscall("System.Storage.Get")]
        public extern ByteString Get(byte[] key);

        /// <summary>StdLib.Deserialize of the value, or null when absent (compiled as a helper, see compiler/System).</summary>
        public extern object GetObject(ByteString key);
        public extern object GetObject(byte[] key);

        [CallingConvention(CallingConvention.Cdecl)] [OpCode(OpCode.UNPACK)] [OpCode(OpCode.DROP)] [Syscall("System.Storage.Find")]
        public extern Iterator Find(FindOptions options = FindOptions.None);

        [CallingConvention(CallingConvention.Cdecl)] [OpCode(OpCode.UNPACK)] [OpCode(OpCode.DROP)] [OpCode(OpCode.REVERSE3)] [OpCode(OpCode.CAT)] [OpCode(OpCode.SWAP)] [Syscall("System.Storage.Find")]
        public extern Iterator Find(ByteString prefix, FindOptions options = FindOptions.None);

        [CallingConvention(CallingConvention.Cdecl)] [OpCode(OpCode.UNPACK)] [OpCode(OpCode.DROP)] [OpCode(OpCode.REVERSE3)] [OpCode(OpCode.CAT)] [OpCode(OpCode.SWAP)] [Syscall("System.Storage.Find")]
        public extern Iterator Find(byte[] prefix, FindOptions options = FindOptions.None);

        [CallingConvention(CallingConvention.Cdecl)] [OpCode(OpCode.UNPACK)] [OpCode(OpCode.DROP)] [OpCode(OpCode.REVERSE3)] [OpCode(OpCode.CAT)] [OpCode(OpCode.SWAP)] [Syscall("System.Storage.Put")]
        public extern void Put(ByteString key, ByteString value);

        [CallingConvention(CallingConvention.Cdecl)] [OpCode(OpCode.UNPACK)] [OpCode(OpCode.DROP)] [OpCode(OpCode.REVERSE3)] [OpCode(OpCode.CAT)] [OpCode(OpCode.SWAP)] [Syscall("System.Storage.Put")]
        public extern void Put(byte[] key, ByteString value);

        [CallingConvention(CallingConvention.Cdecl)] [OpCode(OpCode.UNPACK)] [OpCode(OpCode.DROP)] [OpCode(OpCode.REVERSE3)] [OpCode(OpCode.CAT)] [OpCode(OpCode.SWAP)] [Syscall("System.Storage.Put")]
        public extern void Put(ByteString key, BigInteger value);

        [CallingConvention(CallingConvention.Cdecl)] [OpCode(OpCode.UNPACK)] [OpCode(OpCode.DROP)] [OpCode(OpCode.REVERSE3)] [OpCode(OpCode.CAT)] [OpCode(OpCode.SWAP)] [Syscall("System.Storage.Put")]
        public extern void Put(byte[] key, BigInteger value);

        /// <summary>Put(key, StdLib.Serialize(value)) (compiled as a helper, see compiler/System).</summary>
        public extern void PutObject(ByteString key, object value);
        public extern void PutObject(byte[] key, object value);

        [CallingConvention(CallingConvention.Cdecl)] [OpCode(OpCode.UNPACK)] [OpCode(OpCode.DROP)] [OpCode(OpCode.REVERSE3)] [OpCode(OpCode.CAT)] [OpCode(OpCode.SWAP)] [Syscall("System.Storage.Delete")]
        public extern void Delete(ByteString key);

        [CallingConvention(CallingConvention.Cdecl)] [OpCode(OpCode.UNPACK)] [OpCode(OpCode.DROP)] [OpCode(OpCode.REVERSE3)] [OpCode(OpCode.CAT)] [OpCode(OpCode.SWAP)] [Syscall("System.Storage.Delete")]
        public extern void Delete(byte[] key);
    }
}
