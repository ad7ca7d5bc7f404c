using System.Numerics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MiniApp.Compiler.Assembler;
using MiniApp.Compiler.Driver;
using OpCode = Neo.SmartContract.Framework.OpCode;

namespace MiniApp.Compiler.Emit;

/// <summary>
/// Converts one C# method body to NeoVM instructions. The conversion of each syntax kind lives in
/// its own file under Expression/ and Statement/ (partial class); this file holds the method frame:
/// slots, labels, sequence points and the small emit helpers.
/// </summary>
public sealed partial class MethodEmitter
{
    private readonly ContractBuilder contract;
    private readonly IMethodSymbol method;
    private SemanticModel model;
    private readonly List<Instruction> code = [];
    private readonly List<Label> pendingLabels = [];
    private readonly Dictionary<ISymbol, int> locals = new(SymbolEqualityComparer.Default);
    private readonly List<(string Name, string Type, int Slot)> debugLocals = [];
    private readonly Dictionary<ISymbol, int> args = new(SymbolEqualityComparer.Default);
    private readonly Stack<(Label Break, Label? Continue)> loops = new();
    private int localCount;
    private SourceSpan? pendingSource;
    /// <summary>While set, every conditional jump emitted is synthetic, for this reason (see <see cref="Instruction.Synthetic"/>).</summary>
    private string? synthetic;

    public Label Entry { get; } = new();
    public IReadOnlyList<Instruction> Code => code;
    public IMethodSymbol Symbol => method;
    public IReadOnlyList<(string Name, string Type, int Slot)> DebugLocals => debugLocals;

    public MethodEmitter(ContractBuilder contract, IMethodSymbol method, SemanticModel model)
    {
        this.contract = contract;
        this.method = method;
        this.model = model;
        for (int i = 0; i < method.Parameters.Length; i++) args[method.Parameters[i]] = i;
    }

    // ---- instruction helpers -------------------------------------------------------------

    private Instruction Emit(OpCode op, byte[]? operand = null)
    {
        var ins = new Instruction(op, operand);
        if (synthetic is not null && Assembler.OpCodes.IsConditionalJump(op)) ins.Synthetic = synthetic;
        if (pendingSource is not null) { ins.Source = pendingSource; pendingSource = null; }
        foreach (var l in pendingLabels) l.Instruction = ins;
        pendingLabels.Clear();
        code.Add(ins);
        return ins;
    }

    private void Jump(OpCode op, Label target) => Emit(op).Target = target;

    private void Mark(Label label) => pendingLabels.Add(label);

    /// <summary>
    /// Emits instructions no C# condition spells (a conversion's checks, a framework member's body):
    /// their conditional jumps are marked synthetic with <paramref name="why"/>. Never wrap the
    /// emission of a user expression in it: its own <c>?:</c> or <c>&amp;&amp;</c> would be marked too.
    /// </summary>
    private void Synthesised(string why, Action emit)
    {
        var outer = synthetic;
        synthetic ??= why;
        try { emit(); } finally { synthetic = outer; }
    }

    private void MarkSource(SyntaxNode node)
    {
        var span = node.GetLocation().GetLineSpan();
        pendingSource = new SourceSpan(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1,
            span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1);
    }

    private void Push(BigInteger n)
    {
        if (n >= -1 && n <= 16) { Emit(n == -1 ? OpCode.PUSHM1 : OpCode.PUSH0 + (byte)(int)n); return; }
        byte[] le = n.ToByteArray(); // minimal two's complement, little-endian
        (OpCode op, int width) = le.Length switch
        {
            1 => (OpCode.PUSHINT8, 1), 2 => (OpCode.PUSHINT16, 2), <= 4 => (OpCode.PUSHINT32, 4),
            <= 8 => (OpCode.PUSHINT64, 8), <= 16 => (OpCode.PUSHINT128, 16), <= 32 => (OpCode.PUSHINT256, 32),
            _ => throw new CompileError(null, Codes.Limit, $"integer constant {n} exceeds 32 bytes"),
        };
        byte[] operand = new byte[width];
        le.CopyTo(operand, 0);
        if (n.Sign < 0) for (int i = le.Length; i < width; i++) operand[i] = 0xff;
        Emit(op, operand);
    }

    private void Push(bool b) => Emit(b ? OpCode.PUSHT : OpCode.PUSHF);

    private void Push(byte[] data)
    {
        if (data.Length < 0x100) Emit(OpCode.PUSHDATA1, [(byte)data.Length, .. data]);
        else if (data.Length < 0x10000) Emit(OpCode.PUSHDATA2, [.. BitConverter.GetBytes((ushort)data.Length), .. data]);
        else Emit(OpCode.PUSHDATA4, [.. BitConverter.GetBytes(data.Length), .. data]);
    }

    private void Push(string s) => Push(System.Text.Encoding.UTF8.GetBytes(s));

    /// <summary>LDLOC/STLOC/LDARG/STARG/LDSFLD/STSFLD with the 0..6 short forms.</summary>
    private void Slot(OpCode baseOp, int index)
    {
        if (index > 255) throw new CompileError(null, Codes.Limit, "more than 256 slots");
        if (index <= 6) Emit((OpCode)((byte)baseOp - 7 + index)); else Emit(baseOp, [(byte)index]);
    }

    private int NewTemp() => localCount++;

    private int DeclareLocal(ILocalSymbol local)
    {
        int slot = localCount++;
        locals[local] = slot;
        debugLocals.Add((local.Name, Interop.TypeMap.AbiType(local.Type), slot));
        return slot;
    }

    private SemanticModel ModelFor(SyntaxNode node)
    {
        if (model.SyntaxTree != node.SyntaxTree) model = contract.Compilation.GetSemanticModel(node.SyntaxTree);
        return model;
    }

    private ITypeSymbol? TypeOf(ExpressionSyntax e) => ModelFor(e).GetTypeInfo(e).Type;
    private ITypeSymbol? ConvertedTypeOf(ExpressionSyntax e) => ModelFor(e).GetTypeInfo(e).ConvertedType;
    private ISymbol? SymbolOf(SyntaxNode e) => ModelFor(e).GetSymbolInfo(e).Symbol;

    // ---- method frame --------------------------------------------------------------------

    /// <summary>Emits the whole method: INITSLOT (only when a slot is used), body, final RET.</summary>
    public void EmitMethod()
    {
        var syntax = method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        Mark(Entry);
        var init = Emit(OpCode.INITSLOT, [0, 0]);
        switch (syntax)
        {
            case BaseMethodDeclarationSyntax { Body: { } body }: EmitStatement(body); break;
            case BaseMethodDeclarationSyntax { ExpressionBody: { } arrow }: EmitReturnValue(arrow.Expression); break;
            case AccessorDeclarationSyntax { Body: { } body }: EmitStatement(body); break;
            case AccessorDeclarationSyntax { ExpressionBody: { } arrow }: EmitReturnValue(arrow.Expression); break;
            case ArrowExpressionClauseSyntax arrow: EmitReturnValue(arrow.Expression); break;
            case AccessorDeclarationSyntax accessor when method.AssociatedSymbol is IPropertySymbol { IsStatic: true } p
                && contract.IsAutoProperty(p, out var backing):
                // Auto-property accessor: the backing field is a static slot.
                int slot = contract.StaticSlot(backing!, accessor);
                if (method.MethodKind == MethodKind.PropertyGet) Slot(OpCode.LDSFLD, slot);
                else { Slot(OpCode.LDARG, 0); Slot(OpCode.STSFLD, slot); }
                Emit(OpCode.RET);
                break;
            default:
                throw new CompileError(method.Locations.FirstOrDefault(), Codes.Unsupported, $"method without a body: {method.Name}");
        }
        if (code.Count == 0 || code[^1].OpCode is not (OpCode.RET or OpCode.THROW or OpCode.ABORT) || pendingLabels.Count > 0)
            Emit(OpCode.RET);
        FinishSlots(init);
    }

    private void EmitReturnValue(ExpressionSyntax e)
    {
        MarkSource(e);
        if (method.ReturnsVoid && method.MethodKind != MethodKind.PropertySet) EmitDiscarded(e);
        else if (method.ReturnsVoid) EmitDiscarded(e);
        else EmitExpression(e);
        Emit(OpCode.RET);
    }

    private void FinishSlots(Instruction init)
    {
        int argCount = method.Parameters.Length;
        if (localCount > 255 || argCount > 255) throw new CompileError(method.Locations.FirstOrDefault(), Codes.Limit, "too many locals or parameters");
        if (localCount == 0 && argCount == 0)
        {
            // No slot needed: drop INITSLOT, keeping any label / sequence point it carried.
            int at = code.IndexOf(init);
            code.RemoveAt(at);
            var next = code[at];
            next.Source ??= init.Source;
            Entry.Instruction = next;
            foreach (var i in code) if (i.Target is { } t && t.Instruction == init) t.Instruction = next;
        }
        else init.Operand = [(byte)localCount, (byte)argCount];
    }
}
