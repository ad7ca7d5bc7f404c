namespace Neo.SmartContract.Framework
{
    /// <summary>Base of every contract: each public non-abstract subclass is compiled to one NEF + manifest.</summary>
    public abstract class SmartContract
    {
    }
}
