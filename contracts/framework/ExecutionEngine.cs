using Neo.SmartContract.Framework.Attributes;

namespace Neo.SmartContract.Framework
{
    public static class ExecutionEngine
    {
        [OpCode(OpCode.ASSERT)]
        public static extern void Assert(bool condition);

        /// <summary>As Framework 3.5.0: when false, Runtime.Log(message) then ASSERT (FAULT text
        /// "ASSERT is executed with false result."). NeoVM 3.5 has no ASSERTMSG; the compiler
        /// expands this inline (see compiler/System/Intrinsics.cs).</summary>
        public static extern void Assert(bool condition, string message);

        [OpCode(OpCode.ABORT)]
        public static extern void Abort();
    }
}
