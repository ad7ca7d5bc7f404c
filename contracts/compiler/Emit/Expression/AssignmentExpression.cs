using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MiniApp.Compiler.Driver;
using OpCode = Neo.SmartContract.Framework.OpCode;

namespace MiniApp.Compiler.Emit;

public sealed partial class MethodEmitter
{
    /// <summary>An assignable place: <see cref="Refs"/> items (container, index) pushed by
    /// PushRefs; Load turns those refs into the value, Store consumes refs + value.</summary>
    private sealed record LValue(int Refs, Action PushRefs, Action Load, Action Store);

    private LValue ResolveLValue(ExpressionSyntax target)
    {
        var symbol = SymbolOf(target);
        var receiver = (target as MemberAccessExpressionSyntax)?.Expression;
        switch (symbol)
        {
            case ILocalSymbol l when locals.TryGetValue(l, out int slot):
                return new(0, () => { }, () => Slot(OpCode.LDLOC, slot), () => Slot(OpCode.STLOC, slot));
            case IParameterSymbol p when args.TryGetValue(p, out int arg):
                if (p.RefKind != RefKind.None) throw CompileError.Unsupported(target, "ref/out parameter");
                return new(0, () => { }, () => Slot(OpCode.LDARG, arg), () => Slot(OpCode.STARG, arg));
            case IFieldSymbol { IsStatic: true, IsConst: false } f:
                {
                    int s = contract.StaticSlot(f, target);
                    return new(0, () => { }, () => Slot(OpCode.LDSFLD, s), () => Slot(OpCode.STSFLD, s));
                }
            case IFieldSymbol { IsStatic: false } f:
                return FieldLValue(receiver, FieldIndex(f, target), target);
            case IPropertySymbol prop when prop.ContainingAssembly is ISourceAssemblySymbol && contract.IsAutoProperty(prop, out var backing):
                if (prop.IsStatic)
                {
                    int s = contract.StaticSlot(backing!, target);
                    return new(0, () => { }, () => Slot(OpCode.LDSFLD, s), () => Slot(OpCode.STSFLD, s));
                }
                return FieldLValue(receiver, FieldIndex(backing!, target), target);
            case IPropertySymbol { IsIndexer: true } or null when target is ElementAccessExpressionSyntax ea && IsPlainIndexable(ea):
                {
                    var e = (ElementAccessExpressionSyntax)target;
                    return new(2, () => { EmitReceiverValue(e.Expression); EmitIndex(e); }, () => Emit(OpCode.PICKITEM), () => Emit(OpCode.SETITEM));
                }
        }
        throw CompileError.Unsupported(target, "assignment target");
    }

    private LValue FieldLValue(ExpressionSyntax? receiver, int index, SyntaxNode node)
    {
        if (receiver is null) throw CompileError.Unsupported(node, "instance member (contracts are static)");
        return new(2, () => { EmitReceiverValue(receiver); Push(index); }, () => Emit(OpCode.PICKITEM), () => Emit(OpCode.SETITEM));
    }

    private void DupRefs(int refs)
    {
        if (refs == 1) Emit(OpCode.DUP);
        else if (refs == 2) { Emit(OpCode.OVER); Emit(OpCode.OVER); }
    }

    private void EmitAssignment(AssignmentExpressionSyntax a, bool needValue)
    {
        if (a.Left is TupleExpressionSyntax || a.Left is DeclarationExpressionSyntax) throw CompileError.Unsupported(a, "deconstruction");
        if (a.IsKind(SyntaxKind.CoalesceAssignmentExpression)) throw CompileError.Unsupported(a, "??=");
        // Setters that are calls: framework indexers such as StorageMap[key] = v, user static properties.
        if (SymbolOf(a.Left) is IPropertySymbol prop && !IsPlainLValue(a.Left, prop))
        {
            if (!a.IsKind(SyntaxKind.SimpleAssignmentExpression) || needValue)
                throw CompileError.Unsupported(a, "compound assignment or assignment value of a property setter");
            EmitPropertySet(prop, a.Left, a.Right);
            return;
        }
        var lv = ResolveLValue(a.Left);
        lv.PushRefs();
        // SETITEM clones a Struct value itself, so an item or field store needs no record copy.
        if (a.IsKind(SyntaxKind.SimpleAssignmentExpression)) { if (lv.Refs == 2) EmitValue(a.Right); else EmitExpression(a.Right); }
        else
        {
            DupRefs(lv.Refs);
            lv.Load();
            var leftType = TypeOf(a.Left);
            if (a.IsKind(SyntaxKind.AddAssignmentExpression) && leftType?.SpecialType == SpecialType.System_String)
            {
                EmitStringOperand(a.Right);
                Emit(OpCode.CAT);
                Emit(OpCode.CONVERT, [0x28]);
            }
            else
            {
                EmitExpression(a.Right);
                EmitBinaryOperator(a.OperatorToken.Kind(), leftType, TypeOf(a.Right), leftType, a);
            }
        }
        int tmp = -1;
        if (needValue)
        {
            Emit(OpCode.DUP);
            if (lv.Refs > 0) { tmp = NewTemp(); Slot(OpCode.STLOC, tmp); }
        }
        lv.Store();
        if (tmp >= 0) Slot(OpCode.LDLOC, tmp);
    }

    private bool IsPlainLValue(ExpressionSyntax target, IPropertySymbol prop)
        => prop.ContainingAssembly is ISourceAssemblySymbol && contract.IsAutoProperty(prop, out _)
           || target is ElementAccessExpressionSyntax ea && IsPlainIndexable(ea);

    /// <summary>Arrays, List and Map indexers are PICKITEM/SETITEM; others go through their setter.</summary>
    private bool IsPlainIndexable(ElementAccessExpressionSyntax ea)
    {
        var t = TypeOf(ea.Expression);
        return t is IArrayTypeSymbol || (t is INamedTypeSymbol { Name: "List" or "Map" } && Interop.TypeMap.IsFramework(t));
    }

    private void EmitPropertySet(IPropertySymbol prop, ExpressionSyntax target, ExpressionSyntax value)
    {
        var setter = prop.SetMethod ?? throw CompileError.Unsupported(target, "read-only property");
        var receiver = (target as MemberAccessExpressionSyntax)?.Expression ?? (target as ElementAccessExpressionSyntax)?.Expression;
        var argList = new List<Action>();
        if (target is ElementAccessExpressionSyntax ea) argList.AddRange(ea.ArgumentList.Arguments.Select(x => (Action)(() => EmitExpression(x.Expression))));
        argList.Add(() => EmitExpression(value));
        if (Interop.TypeMap.IsFramework(prop)) { EmitFrameworkCall(setter, prop.IsStatic ? null : receiver, argList, target); return; }
        if (!prop.IsStatic || prop.ContainingAssembly is not ISourceAssemblySymbol) throw CompileError.Unsupported(target, "property setter");
        EmitExpression(value);
        Jump(OpCode.CALL, contract.MethodEntry(setter, target));
    }
}
