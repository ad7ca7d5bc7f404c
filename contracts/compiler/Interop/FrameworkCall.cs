using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MiniApp.Compiler.Assembler;
using MiniApp.Compiler.Driver;
using OpCode = Neo.SmartContract.Framework.OpCode;

namespace MiniApp.Compiler.Emit;

/// <summary>
/// Framework members: the mapping is read from the member's own attributes (the one place it is
/// written): [Contract] classes → CALLT through a method token, [Syscall] → SYSCALL, [OpCode] →
/// the opcodes in order. Argument order follows the calling convention: Cdecl (last argument
/// first, receiver on top) when the first mapping is a syscall or [CallingConvention(Cdecl)] says
/// so, otherwise receiver and arguments in source order.
/// </summary>
public sealed partial class MethodEmitter
{
    private void EmitFrameworkCall(IMethodSymbol m, ExpressionSyntax? receiver, List<Action> arguments, SyntaxNode node)
    {
        if (TryEmitIntrinsic(m, receiver, arguments, node)) return;
        var type = m.ContainingType;
        var contractAttr = type.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == "ContractAttribute");
        if (contractAttr is not null)
        {
            string hash = (string)contractAttr.ConstructorArguments[0].Value!;
            if (m.AssociatedSymbol is IPropertySymbol p && p.GetAttributes().Any(a => a.AttributeClass?.Name == "ContractHashAttribute"))
            {
                Push(Interop.Natives.HashBytes(hash));
                return;
            }
            for (int i = arguments.Count - 1; i >= 0; i--) arguments[i]();
            string name = m.AssociatedSymbol is IPropertySymbol prop ? prop.Name : m.Name;
            contract.EmitNativeCall(this, hash, char.ToLowerInvariant(name[0]) + name[1..], (ushort)m.Parameters.Length,
                !m.ReturnsVoid || m.MethodKind == MethodKind.Constructor);
            return;
        }
        var mapping = m.GetAttributes().Where(a => a.AttributeClass?.Name is "OpCodeAttribute" or "SyscallAttribute" or "CallingConventionAttribute").ToList();
        if (!mapping.Any(a => a.AttributeClass!.Name != "CallingConventionAttribute"))
            throw new CompileError(node.GetLocation(), Codes.UnknownMember, $"framework member without a NeoVM mapping: {m.ToDisplayString()}");
        bool cdecl = mapping[0].AttributeClass!.Name == "SyscallAttribute"
            || mapping.Any(a => a.AttributeClass!.Name == "CallingConventionAttribute" && (int)a.ConstructorArguments[0].Value! == (int)CallingConvention.Cdecl);
        bool instance = !m.IsStatic && m.MethodKind != MethodKind.Constructor;
        if (cdecl)
        {
            for (int i = arguments.Count - 1; i >= 0; i--) arguments[i]();
            if (instance) EmitReceiver(receiver, node);
        }
        else
        {
            if (instance) EmitReceiver(receiver, node);
            foreach (var a in arguments) a();
        }
        EmitFrameworkBody(m, node);
    }

    /// <summary>The [OpCode]/[Syscall] sequence of a member whose operands are already pushed.</summary>
    private void EmitFrameworkBody(IMethodSymbol m, SyntaxNode node)
    {
        bool any = false;
        foreach (var a in m.GetAttributes())
        {
            switch (a.AttributeClass?.Name)
            {
                case "OpCodeAttribute":
                    var op = (OpCode)(byte)a.ConstructorArguments[0].Value!;
                    string hex = (string?)a.ConstructorArguments[1].Value ?? "";
                    if (hex.StartsWith("0x")) hex = hex[2..];
                    if (op != OpCode.NOP) Synthesised(SyntheticReason(m), () => Emit(op, Convert.FromHexString(hex)));
                    any = true;
                    break;
                case "SyscallAttribute":
                    Emit(OpCode.SYSCALL, Interop.Syscalls.Hash((string)a.ConstructorArguments[0].Value!));
                    any = true;
                    break;
            }
        }
        if (!any) throw new CompileError(node.GetLocation(), Codes.UnknownMember, $"framework member without a NeoVM mapping: {m.ToDisplayString()}");
    }

    /// <summary>Why a framework member's own jumps are synthetic: the C# that calls it spells no condition.</summary>
    private static string SyntheticReason(IMethodSymbol m) => m.MethodKind == MethodKind.Conversion
        ? $"({m.ReturnType.Name}) conversion of a {m.Parameters[0].Type.Name}"
        : $"body of the framework's {m.ContainingType.Name}.{m.Name}";

    internal void EmitCallT(ushort token) => Emit(OpCode.CALLT, BitConverter.GetBytes(token));

    /// <summary>Framework members whose 3.5.0 definition is a method body rather than a mapping.</summary>
    private bool TryEmitIntrinsic(IMethodSymbol m, ExpressionSyntax? receiver, List<Action> arguments, SyntaxNode node)
    {
        switch ($"{m.ContainingType.Name}.{m.Name}/{m.Parameters.Length}")
        {
            case "ExecutionEngine.Assert/2":
                {
                    // if (!condition) { Runtime.Log(message); ASSERT(false) } — never ASSERTMSG (absent in NeoVM 3.5).
                    var ok = new Label();
                    arguments[0]();
                    Jump(OpCode.JMPIF, ok);
                    arguments[1]();
                    Emit(OpCode.SYSCALL, Interop.Syscalls.Hash("System.Runtime.Log"));
                    Emit(OpCode.PUSHF);
                    Emit(OpCode.ASSERT);
                    Mark(ok);
                    return true;
                }
            case "StorageMap.GetObject/1":
                {
                    var end = new Label();
                    var get = m.ContainingType.GetMembers("Get").OfType<IMethodSymbol>().First(g => SymbolEqualityComparer.Default.Equals(g.Parameters[0].Type, m.Parameters[0].Type));
                    EmitFrameworkCall(get, receiver, arguments, node);
                    Synthesised(SyntheticReason(m), () => { Emit(OpCode.DUP); Emit(OpCode.ISNULL); Jump(OpCode.JMPIF, end); });
                    contract.EmitNativeCall(this, Interop.Natives.StdLib, "deserialize", 1, true);
                    Mark(end);
                    return true;
                }
            case "StorageMap.PutObject/2":
                {
                    var put = m.ContainingType.GetMembers("Put").OfType<IMethodSymbol>().First(g =>
                        SymbolEqualityComparer.Default.Equals(g.Parameters[0].Type, m.Parameters[0].Type) && g.Parameters[1].Type.Name == "ByteString");
                    var value = arguments[1];
                    EmitFrameworkCall(put, receiver, [arguments[0], () => { value(); contract.EmitNativeCall(this, Interop.Natives.StdLib, "serialize", 1, true); }], node);
                    return true;
                }
        }
        return false;
    }
}
