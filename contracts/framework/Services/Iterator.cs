using System.Collections;
using System.Collections.Generic;
using Neo.SmartContract.Framework.Attributes;

namespace Neo.SmartContract.Framework.Services
{
    /// <summary>A storage iterator (interop). <c>foreach</c> over it compiles to Next/Value.</summary>
    public class Iterator : IEnumerable
    {
        [Syscall("System.Iterator.Next")]
        public extern bool Next();

        public extern object Value { [Syscall("System.Iterator.Value")] get; }

        IEnumerator IEnumerable.GetEnumerator() => throw new System.NotSupportedException();
    }

    public class Iterator<T> : Iterator, IEnumerable<T>
    {
        public extern new T Value { [Syscall("System.Iterator.Value")] get; }

        IEnumerator<T> IEnumerable<T>.GetEnumerator() => throw new System.NotSupportedException();
    }

    [System.Flags]
    public enum FindOptions : byte
    {
        None = 0,
        KeysOnly = 1 << 0,
        RemovePrefix = 1 << 1,
        ValuesOnly = 1 << 2,
        DeserializeValues = 1 << 3,
        PickField0 = 1 << 4,
        PickField1 = 1 << 5
    }
}
