namespace Neo.SmartContract.Framework.Services
{
    /// <summary>A notification of the current execution, as Runtime.GetNotifications returns it
    /// (an Array [ScriptHash, EventName, State]); Framework 3.5.0's fields, in its order.</summary>
    public class Notification
    {
        public readonly UInt160 ScriptHash;
        public readonly string EventName;
        public readonly object[] State;
    }
}
