using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using MiniApp.Compiler.Driver;
using OpCode = Neo.SmartContract.Framework.OpCode;

namespace MiniApp.Compiler.Emit;

public sealed partial class MethodEmitter
{
    /// <summary>
    /// <c>new Record { … }</c> of our structs → Struct; framework classes (Map, List, StorageMap)
    /// through their mapped constructors; BigInteger(byte[]). Other classes are outside the subset.
    /// </summary>
    private void EmitObjectCreation(BaseObjectCreationExpressionSyntax o)
    {
        var ctor = SymbolOf(o) as IMethodSymbol;
        var type = TypeOf(o) as INamedTypeSymbol ?? throw CompileError.Unsupported(o, "object creation");
        if (Interop.TypeMap.IsFramework(type))
        {
            if (o.Initializer is not null) throw CompileError.Unsupported(o, "initializer on a framework type");
            var op = (IObjectCreationOperation)ModelFor(o).GetOperation(o)!;
            EmitFrameworkCall(ctor!, null, OrderedArguments(op.Arguments, o), o);
            return;
        }
        if (type.ContainingAssembly is ISourceAssemblySymbol && type.TypeKind == TypeKind.Struct)
        {
            if (ctor is not null && !ctor.IsImplicitlyDeclared)
                throw CompileError.Unsupported(o, "struct constructor (use an object initializer)");
            EmitStructCreation(type, o.Initializer, o);
            return;
        }
        if (type.ContainingAssembly is not ISourceAssemblySymbol && ctor is not null)
        {
            var op = (IObjectCreationOperation)ModelFor(o).GetOperation(o)!;
            EmitSystemMember(ctor, null, OrderedArguments(op.Arguments, o), o);
            return;
        }
        throw CompileError.Unsupported(o, $"creation of class {type.Name} (records must be structs)");
    }

    /// <summary>
    /// A Struct with every instance field in declaration order: the initializer's value, else
    /// nccs 3.5.0's default (integers and bools: Integer 0, anything else null — spec §3 rule 2 asks
    /// sources to assign every field). A record value is cloned as nccs's SETITEM clones it. Built with PACKSTRUCT from the last field to the first; when an
    /// initializer value has side effects the values are evaluated in source order instead.
    /// </summary>
    private void EmitStructCreation(INamedTypeSymbol type, InitializerExpressionSyntax? init, SyntaxNode node)
    {
        var fields = ContractBuilder.InstanceFields(type);
        if (fields.FirstOrDefault(f => ContractBuilder.IsBuffer(f.Type)) is { } bufferField)
            throw new CompileError(bufferField.Locations.FirstOrDefault() ?? node.GetLocation(), Codes.BufferEscape,
                $"record field '{bufferField.Name}' is byte[] (it would serialize as a Buffer): declare it ByteString (spec §3 rule 3)");
        var values = new ExpressionSyntax?[fields.Count];
        if (init is not null)
            foreach (var e in init.Expressions)
            {
                if (e is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } a) throw CompileError.Unsupported(e, "struct initializer entry");
                var member = SymbolOf(name);
                var field = member as IFieldSymbol ?? (member is IPropertySymbol p && contract.IsAutoProperty(p, out var b) ? b : null)
                    ?? throw CompileError.Unsupported(e, "initializer of a non-field member");
                values[fields.FindIndex(f => SymbolEqualityComparer.Default.Equals(f, field))] = a.Right;
            }
        for (int i = 0; i < fields.Count; i++)
            if (values[i] is null && fields[i].DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is VariableDeclaratorSyntax { Initializer: { } fi })
                values[i] = fi.Value;
        void EmitField(int i)
        {
            if (values[i] is not { } v) { PushDefault(fields[i].Type, node, recordField: true); return; }
            if (!IsRecordType(fields[i].Type) || v is BaseObjectCreationExpressionSyntax) { EmitExpression(v); return; }
            // nccs 3.5.0 stores each initializer value with SETITEM, which clones a Struct (deeply):
            // APPEND into a scratch Struct clones it the same way, PICKITEM takes the clone back.
            Emit(OpCode.NEWSTRUCT0); Emit(OpCode.DUP); EmitExpression(v); Emit(OpCode.APPEND); Emit(OpCode.PUSH0); Emit(OpCode.PICKITEM);
        }
        if (values.All(v => v is null || IsPure(v)))
        {
            for (int i = fields.Count - 1; i >= 0; i--) EmitField(i);
            Push(fields.Count);
            Emit(OpCode.PACKSTRUCT);
        }
        else
        {
            for (int i = 0; i < fields.Count; i++) EmitField(i);
            Push(fields.Count);
            Emit(OpCode.PACKSTRUCT);
            Emit(OpCode.DUP);
            Emit(OpCode.REVERSEITEMS);
        }
    }

    private static bool IsRecordType(ITypeSymbol? t)
        => t is INamedTypeSymbol { TypeKind: TypeKind.Struct } && t.ContainingAssembly is ISourceAssemblySymbol;

    /// <summary>No calls, assignments or ++/--: evaluation order cannot be observed.</summary>
    private static bool IsPure(ExpressionSyntax e) => !e.DescendantNodesAndSelf().Any(n =>
        n is InvocationExpressionSyntax or AssignmentExpressionSyntax or BaseObjectCreationExpressionSyntax
        || n.IsKind(SyntaxKind.PreIncrementExpression) || n.IsKind(SyntaxKind.PreDecrementExpression)
        || n.IsKind(SyntaxKind.PostIncrementExpression) || n.IsKind(SyntaxKind.PostDecrementExpression));
}
