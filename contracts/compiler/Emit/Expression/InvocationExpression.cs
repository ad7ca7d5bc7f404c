using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using MiniApp.Compiler.Driver;
using OpCode = Neo.SmartContract.Framework.OpCode;

namespace MiniApp.Compiler.Emit;

public sealed partial class MethodEmitter
{
    /// <summary>
    /// A call: an event (Runtime.Notify), one of our methods (CALL), a framework member (its
    /// [Syscall]/[OpCode]/native mapping) or a BCL member with a NeoVM equivalent (System/).
    /// </summary>
    private void EmitInvocation(InvocationExpressionSyntax inv, bool needValue)
    {
        var operation = ModelFor(inv).GetOperation(inv);
        if (operation is not IInvocationOperation call)
        {
            // An event raised by name binds to the event, not to its delegate's Invoke.
            if (SymbolOf(inv.Expression) is IEventSymbol ev)
            {
                var evArgs = inv.ArgumentList.Arguments.Select(a => (Action)(() => EmitExpression(a.Expression))).ToList();
                EmitNotify(ev, evArgs);
                if (needValue) throw CompileError.Unsupported(inv, "value of an event call");
                return;
            }
            throw CompileError.Unsupported(inv, "call of something that is not a method");
        }
        var symbol = call.TargetMethod;
        if (symbol.MethodKind == MethodKind.DelegateInvoke)
        {
            if (SymbolOf(inv.Expression) is IEventSymbol ev)
            {
                EmitNotify(ev, OrderedArguments(call.Arguments, inv));
                if (needValue) throw CompileError.Unsupported(inv, "value of an event call");
                return;
            }
            throw CompileError.Unsupported(inv, "delegate invocation");
        }
        var receiver = symbol.IsStatic ? null : (inv.Expression as MemberAccessExpressionSyntax)?.Expression;
        // Framework members never change a record they receive (SETITEM/APPEND clone Structs
        // themselves, natives copy), so their arguments skip the record copy.
        var arguments = OrderedArguments(call.Arguments, inv);
        if (Interop.TypeMap.IsFramework(symbol)) EmitFrameworkCall(symbol, receiver, arguments, inv);
        else if (symbol.ContainingAssembly is ISourceAssemblySymbol)
        {
            if (!symbol.IsStatic) throw CompileError.Unsupported(inv, "instance method call (contracts are static)");
            if (symbol.IsGenericMethod) throw CompileError.Unsupported(inv, "generic method");
            // INITSLOT takes argument 0 from the top, so the last argument goes first.
            for (int i = arguments.Count - 1; i >= 0; i--) arguments[i]();
            Jump(OpCode.CALL, contract.MethodEntry(symbol, inv));
        }
        else EmitSystemMember(symbol, receiver, arguments, inv);

        if (!needValue && !symbol.ReturnsVoid) Emit(OpCode.DROP);
        if (needValue && symbol.ReturnsVoid) throw CompileError.Unsupported(inv, "value of a void call");
    }

    /// <summary>
    /// One emitter per parameter, in parameter order: named arguments placed, defaults pushed as
    /// constants, a params list packed into one Array (items in order).
    /// </summary>
    private List<Action> OrderedArguments(IEnumerable<IArgumentOperation> operations, SyntaxNode node)
    {
        var result = new List<Action>();
        foreach (var a in operations.OrderBy(a => a.Parameter?.Ordinal ?? 0))
        {
            switch (a.ArgumentKind)
            {
                case ArgumentKind.DefaultValue:
                    var constant = a.Value.ConstantValue;
                    if (!constant.HasValue) throw CompileError.Unsupported(node, $"non-constant default of {a.Parameter?.Name}");
                    result.Add(() => PushConstant(constant.Value, node));
                    break;
                case ArgumentKind.ParamArray:
                    var items = a.Value is IArrayCreationOperation { Initializer: { } init }
                        ? init.ElementValues.Select(v => SyntaxOfValue(v, node)).ToList()
                        : [];
                    result.Add(() =>
                    {
                        for (int i = items.Count - 1; i >= 0; i--) EmitExpression(items[i]);
                        Push(items.Count);
                        Emit(OpCode.PACK);
                    });
                    break;
                default:
                    if (a.Parameter?.RefKind is not (RefKind.None or null)) throw CompileError.Unsupported(a.Syntax, "ref/out argument");
                    var expr = a.Syntax is ArgumentSyntax arg ? arg.Expression : SyntaxOfValue(a.Value, node);
                    result.Add(() => EmitExpression(expr)); // records are shared, never copied (as nccs 3.5.0)
                    break;
            }
        }
        return result;
    }

    private static ExpressionSyntax SyntaxOfValue(IOperation value, SyntaxNode node)
    {
        while (value is IConversionOperation { IsImplicit: true } c && c.Syntax == c.Operand.Syntax) value = c.Operand;
        return value.Syntax as ExpressionSyntax ?? (value.Syntax as ArgumentSyntax)?.Expression
            ?? throw CompileError.Unsupported(node, "argument form");
    }

    /// <summary>Runtime.Notify(name, [args…]): the event name is its [DisplayName] or its C# name.</summary>
    private void EmitNotify(IEventSymbol ev, List<Action> arguments)
    {
        for (int i = arguments.Count - 1; i >= 0; i--) arguments[i]();
        Push(arguments.Count);
        Emit(OpCode.PACK);
        Push(ContractBuilder.EventName(ev));
        Emit(OpCode.SYSCALL, Interop.Syscalls.Hash("System.Runtime.Notify"));
    }
}
