using System.Diagnostics;
using System.Globalization;

namespace MiniApp.Engine.Host;

/// <summary>
/// Where the host's time goes, behind <c>MINIAPP_ENGINE_TIMING=1</c> (off: one branch per op):
/// Stopwatch sums per op and per part of executeBlock (the fee estimates, persisting the block and
/// its parts: OnPersist, transactions, PostPersist, commit, cache renewal),
/// and the time spent waiting for a request, printed to stderr when stdin closes as lines starting
/// with <c>engine host timing:</c>. dotnet-counters and dotnet-trace are not available here; this
/// is the profile the throughput figures quote (benchmarks/README.md).
/// </summary>
static class HostTiming
{
    public static readonly bool Enabled = Environment.GetEnvironmentVariable("MINIAPP_ENGINE_TIMING") == "1";
    static readonly Dictionary<string, (long Ticks, long Count)> sums = new(StringComparer.Ordinal);

    public static long Start() => Enabled ? Stopwatch.GetTimestamp() : 0;

    public static void Stop(string what, long started)
    {
        if (!Enabled) return;
        Add(what, Stopwatch.GetTimestamp() - started);
    }

    /// <summary>Adds Stopwatch ticks measured elsewhere (the chain's parts of a block, Chain.Timing).</summary>
    public static void Add(string what, long elapsed) =>
        sums[what] = sums.TryGetValue(what, out var s) ? (s.Ticks + elapsed, s.Count + 1) : (elapsed, 1);

    public static void Report(TextWriter to)
    {
        if (!Enabled) return;
        foreach (var (what, (ticks, count)) in sums.OrderByDescending(kv => kv.Value.Ticks))
        {
            double ms = ticks * 1000.0 / Stopwatch.Frequency;
            to.WriteLine(string.Create(CultureInfo.InvariantCulture, $"engine host timing: {what,-34} {count,8} × {ms * 1000 / count,9:F1} µs = {ms,9:F0} ms"));
        }
        to.Flush();
    }
}
