// How a framework member becomes NeoVM code. The MiniApp compiler reads these (by name) from the
// member's metadata; bodies never run. The attribute names and constructors match Framework 3.5.0.
using System;
using System.Runtime.InteropServices;

namespace Neo.SmartContract.Framework.Attributes
{
    /// <summary>Emit <c>SYSCALL</c> of this interop name (arguments pushed last-first).</summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Constructor, AllowMultiple = true)]
    public class SyscallAttribute : Attribute
    {
        public SyscallAttribute(string method) { }
    }

    /// <summary>Emit this opcode with the hex operand (arguments pushed first-first unless Cdecl).</summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Constructor, AllowMultiple = true)]
    public class OpCodeAttribute : Attribute
    {
        public OpCodeAttribute(OpCode opCode, string opData = "") { }
    }

    /// <summary>Marks a native contract class: its extern members compile to CALLT through a NEF method token.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
    public class ContractAttribute : Attribute
    {
        public ContractAttribute(string hash) { }
    }

    /// <summary>On a native class property: push the contract hash instead of calling it.</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
    public class ContractHashAttribute : Attribute { }

    /// <summary>Argument order override (Cdecl: last argument pushed first, so the first is on top).</summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor)]
    internal class CallingConventionAttribute : Attribute
    {
        public CallingConventionAttribute(CallingConvention callingConvention) { }
    }
}
