extern alias neovm;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;
using Xunit.Abstractions;

namespace MiniApp.Compiler.Tests.Compiler;

/// <summary>Figures for the closing note: compile time of the real contracts and instruction counts
/// of sample DoomsdayClock methods (whole method range from the debug info).</summary>
public class FiguresTests(ITestOutputHelper output)
{
    [Fact]
    public void Compile_all_contracts_and_count_sample_methods()
    {
        string root = Path.GetFullPath(Path.Combine(Support.Paths.ProjectDir, ".."));
        var projects = Directory.GetFiles(root, "*.csproj", SearchOption.AllDirectories)
            // Relative paths: the checkout's own path may contain "compiler" (a worktree named so).
            .Where(p => Path.GetRelativePath(root, p) is var rel && !rel.Contains("compiler") && !rel.Contains("framework") && !rel.Contains("/bin/") && !rel.Contains("/obj/")).OrderBy(p => p).ToList();
        var watch = Stopwatch.StartNew();
        CompiledContract? clock = null;
        foreach (var p in projects)
        {
            var r = ContractCompiler.CompileProject(p);
            Assert.True(r.Success, p + "\n" + string.Join("\n", r.Diagnostics));
            clock ??= r.Contracts.FirstOrDefault(c => c.Name == "MiniAppDoomsdayClock");
        }
        output.WriteLine($"{projects.Count} projects compiled in {watch.ElapsedMilliseconds} ms");
        Assert.NotNull(clock);
        var script = new neovm::Neo.VM.Script(VmRunner.Script(clock!));
        using var debug = JsonDocument.Parse(clock!.DebugInfoJson);
        foreach (var m in debug.RootElement.GetProperty("methods").EnumerateArray())
        {
            string name = m.GetProperty("name").GetString()!;
            if (!name.EndsWith(",CalculateKeyCost") && !name.EndsWith(",CalculateKeyCostLoop") && !name.EndsWith(",GetCurrentKeyPrice") && !name.EndsWith(",CalculateKeyCostFormula")) continue;
            var range = m.GetProperty("range").GetString()!.Split('-').Select(int.Parse).ToArray();
            int count = 0;
            for (int ip = range[0]; ip <= range[1]; ip += script.GetInstruction(ip).Size) count++;
            output.WriteLine($"{name}: {count} instructions, {range[1] - range[0] + 1}+ bytes");
        }
    }
}
