using Microsoft.CodeAnalysis.CSharp.Syntax;
using MiniApp.Compiler.Assembler;
using MiniApp.Compiler.Driver;
using OpCode = Neo.SmartContract.Framework.OpCode;

namespace MiniApp.Compiler.Emit;

public sealed partial class MethodEmitter
{
    /// <summary>
    /// switch on an integer or a string: EQUAL + JMPIF per case as nccs 3.5.0 (JMPEQ when the value
    /// is certainly an Integer); case labels must be constants. The tests come first, in label
    /// order, then the sections in source order.
    /// </summary>
    private void EmitSwitch(SwitchStatementSyntax s)
    {
        var type = TypeOf(s.Expression);
        bool numeric = Interop.TypeMap.IsNumeric(type);
        bool text = type?.SpecialType == Microsoft.CodeAnalysis.SpecialType.System_String || type?.Name == "ByteString";
        if (!numeric && !text && s.Sections.SelectMany(x => x.Labels).Any(l => l is CaseSwitchLabelSyntax))
            throw CompileError.Unsupported(s.Expression, $"switch on {type}");
        RefuseNccsSwitchQuirks(s);
        RefuseBufferComparison(s.Expression, s.Expression);
        bool integerValue = numeric && IsIntegerItem(s.Expression); // else EQUAL, as nccs 3.5.0
        int value = NewTemp();
        EmitExpression(s.Expression);
        Slot(OpCode.STLOC, value);
        var end = new Label();
        var sectionLabels = s.Sections.Select(_ => new Label()).ToArray();
        Label? defaultLabel = null;
        for (int i = 0; i < s.Sections.Count; i++)
            foreach (var label in s.Sections[i].Labels)
            {
                switch (label)
                {
                    case DefaultSwitchLabelSyntax: defaultLabel = sectionLabels[i]; break;
                    case CaseSwitchLabelSyntax c:
                        var constant = ModelFor(c.Value).GetConstantValue(c.Value);
                        if (!constant.HasValue) throw CompileError.Unsupported(c, "non-constant case label");
                        Slot(OpCode.LDLOC, value);
                        PushConstant(constant.Value, c.Value);
                        if (integerValue) Jump(OpCode.JMPEQ, sectionLabels[i]);
                        else { Emit(OpCode.EQUAL); Jump(OpCode.JMPIF, sectionLabels[i]); }
                        break;
                    case CasePatternSwitchLabelSyntax cp:
                        {
                            // Pattern label: fall through to the next test when it does not match.
                            var next = new Label();
                            EmitPatternBranch(cp.Pattern, value, type, next);
                            if (cp.WhenClause is not null) EmitBranch(cp.WhenClause.Condition, next, jumpIfTrue: false);
                            Jump(OpCode.JMP, sectionLabels[i]);
                            Mark(next);
                            break;
                        }
                    default: throw CompileError.Unsupported(label, "case label");
                }
            }
        Jump(OpCode.JMP, defaultLabel ?? end);
        loops.Push((end, null));
        for (int i = 0; i < s.Sections.Count; i++)
        {
            Mark(sectionLabels[i]);
            foreach (var st in s.Sections[i].Statements) EmitStatement(st);
        }
        loops.Pop();
        Mark(end);
    }

    /// <summary>nccs 3.5.0 tests labels in source order and jumps at a <c>default:</c> label as soon as
    /// it reaches it, so a case written after <c>default</c> never matches (C# would still match it).</summary>
    private static void RefuseNccsSwitchQuirks(SwitchStatementSyntax s)
    {
        var labels = s.Sections.SelectMany(x => x.Labels).ToList();
        int d = labels.FindIndex(l => l is DefaultSwitchLabelSyntax);
        if (d >= 0 && d < labels.Count - 1)
            throw CompileError.Nccs(labels[d], "nccs 3.5.0 jumps to default: before testing the case labels written after it, so they never match", "put the default: section last");
    }
}
