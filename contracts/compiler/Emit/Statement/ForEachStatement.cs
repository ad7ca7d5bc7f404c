using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MiniApp.Compiler.Assembler;
using MiniApp.Compiler.Driver;
using OpCode = Neo.SmartContract.Framework.OpCode;

namespace MiniApp.Compiler.Emit;

public sealed partial class MethodEmitter
{
    /// <summary>
    /// foreach over an array / List (index loop with SIZE + PICKITEM) or over a storage Iterator
    /// (System.Iterator.Next / Value). Other enumerables are outside the subset.
    /// </summary>
    private void EmitForEach(ForEachStatementSyntax s)
    {
        var collectionType = TypeOf(s.Expression);
        var element = (ILocalSymbol)ModelFor(s).GetDeclaredSymbol(s)!;
        bool isIterator = collectionType is not null && InheritsFrom(collectionType, "Iterator");
        bool isArray = collectionType is IArrayTypeSymbol { ElementType.SpecialType: not SpecialType.System_Byte }
            || collectionType is INamedTypeSymbol { Name: "List" } && Interop.TypeMap.IsFramework(collectionType);
        if (!isIterator && !isArray) throw CompileError.Unsupported(s, $"foreach over {collectionType}");

        Label body = new(), next = new(), cond = new(), end = new();
        int source = NewTemp();
        EmitExpression(s.Expression);
        Slot(OpCode.STLOC, source);
        int index = -1;
        if (isArray) { index = NewTemp(); Emit(OpCode.PUSH0); Slot(OpCode.STLOC, index); }
        int slot = DeclareLocal(element);
        Jump(OpCode.JMP, cond);
        Mark(body);
        Slot(OpCode.LDLOC, source);
        if (isArray) { Slot(OpCode.LDLOC, index); Emit(OpCode.PICKITEM); }
        else Emit(OpCode.SYSCALL, Interop.Syscalls.Hash("System.Iterator.Value"));
        Slot(OpCode.STLOC, slot);
        loops.Push((end, next));
        EmitStatement(s.Statement);
        loops.Pop();
        Mark(next);
        if (isArray) { Slot(OpCode.LDLOC, index); Emit(OpCode.INC); Slot(OpCode.STLOC, index); }
        Mark(cond);
        if (isArray)
        {
            Slot(OpCode.LDLOC, index);
            Slot(OpCode.LDLOC, source);
            Emit(OpCode.SIZE);
            Jump(OpCode.JMPLT, body);
        }
        else
        {
            Slot(OpCode.LDLOC, source);
            Emit(OpCode.SYSCALL, Interop.Syscalls.Hash("System.Iterator.Next"));
            Jump(OpCode.JMPIF, body);
        }
        Mark(end);
    }

    private static bool InheritsFrom(ITypeSymbol type, string name)
    {
        for (var t = type; t is not null; t = t.BaseType)
            if (t.Name == name && Interop.TypeMap.IsFramework(t)) return true;
        return false;
    }
}
