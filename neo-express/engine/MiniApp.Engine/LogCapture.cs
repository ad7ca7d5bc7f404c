using Neo.SmartContract;

namespace MiniApp.Engine;

/// <summary>
/// Collects <c>System.Runtime.Log</c> messages of one engine. Neo raises them through a static
/// event, so one subscription routes them to the capture of the engine running on this thread.
/// </summary>
sealed class LogCapture : IDisposable
{
    [ThreadStatic] static LogCapture? current;

    static LogCapture() => ApplicationEngine.Log += (sender, e) =>
    {
        var c = current;
        if (c is not null && ReferenceEquals(c.engine, sender)) c.messages.Add(e.Message);
    };

    readonly ApplicationEngine engine;
    readonly List<string> messages = new();
    readonly LogCapture? outer;

    LogCapture(ApplicationEngine engine) { this.engine = engine; outer = current; current = this; }

    public static LogCapture For(ApplicationEngine engine) => new(engine);

    public IReadOnlyList<string> Messages => messages;

    public void Dispose() => current = outer;
}
