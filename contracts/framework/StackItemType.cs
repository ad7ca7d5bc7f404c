// Operand strings for CONVERT / ISTYPE in [OpCode] attributes (NeoVM stack item type bytes).
namespace Neo.SmartContract.Framework
{
    public static class StackItemType
    {
        public const string Any = "0x00";
        public const string Pointer = "0x10";
        public const string Boolean = "0x20";
        public const string Integer = "0x21";
        public const string ByteString = "0x28";
        public const string Buffer = "0x30";
        public const string Array = "0x40";
        public const string Struct = "0x41";
        public const string Map = "0x48";
        public const string InteropInterface = "0x60";
    }
}
