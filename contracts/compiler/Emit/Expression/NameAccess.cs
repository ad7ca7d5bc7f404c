using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MiniApp.Compiler.Driver;
using OpCode = Neo.SmartContract.Framework.OpCode;

namespace MiniApp.Compiler.Emit;

public sealed partial class MethodEmitter
{
    /// <summary>Reads a local, parameter, static field, struct field or property.</summary>
    private void EmitNameAccess(ExpressionSyntax e)
    {
        var symbol = SymbolOf(e) ?? throw CompileError.Unsupported(e, "unresolved name");
        var receiver = (e as MemberAccessExpressionSyntax)?.Expression;
        switch (symbol)
        {
            case ILocalSymbol l:
                if (!locals.TryGetValue(l, out int slot)) throw CompileError.Unsupported(e, $"local '{l.Name}' used before declaration");
                Slot(OpCode.LDLOC, slot);
                break;
            case IParameterSymbol p when args.TryGetValue(p, out int arg):
                Slot(OpCode.LDARG, arg);
                break;
            case IFieldSymbol { IsStatic: true } f:
                Slot(OpCode.LDSFLD, contract.StaticSlot(f, e));
                break;
            case IFieldSymbol f:
                EmitReceiver(receiver, e);
                Push(FieldIndex(f, e));
                Emit(OpCode.PICKITEM);
                break;
            case IPropertySymbol prop:
                EmitPropertyGet(prop, receiver, e);
                break;
            default:
                throw CompileError.Unsupported(e, $"use of {symbol.Kind} '{symbol.Name}' as a value");
        }
    }

    private void EmitReceiver(ExpressionSyntax? receiver, SyntaxNode node)
    {
        if (receiver is null) throw CompileError.Unsupported(node, "instance member (contracts are static)");
        EmitReceiverValue(receiver);
    }

    private void EmitPropertyGet(IPropertySymbol prop, ExpressionSyntax? receiver, ExpressionSyntax e)
    {
        var getter = prop.GetMethod ?? throw CompileError.Unsupported(e, "property without getter");
        if (Interop.TypeMap.IsFramework(prop)) { EmitFrameworkCall(getter, prop.IsStatic ? null : receiver, [], e); return; }
        if (prop.ContainingAssembly is not ISourceAssemblySymbol) { EmitSystemMember(getter, prop.IsStatic ? null : receiver, [], e); return; }
        if (contract.IsAutoProperty(prop, out var backing))
        {
            if (prop.IsStatic) Slot(OpCode.LDSFLD, contract.StaticSlot(backing!, e));
            else { EmitReceiver(receiver, e); Push(FieldIndex(backing!, e)); Emit(OpCode.PICKITEM); }
            return;
        }
        if (!prop.IsStatic) throw CompileError.Unsupported(e, "instance property with a body");
        Jump(OpCode.CALL, contract.MethodEntry(getter, e));
    }

    /// <summary>A field's item index: its position among the type's instance fields in declaration
    /// order (auto-property backing fields included), base-class fields first.</summary>
    private int FieldIndex(IFieldSymbol field, SyntaxNode node)
    {
        var fields = ContractBuilder.InstanceFields(field.ContainingType);
        int index = fields.FindIndex(f => SymbolEqualityComparer.Default.Equals(f, field));
        if (index < 0) throw CompileError.Unsupported(node, $"field {field.Name}");
        return index;
    }
}
