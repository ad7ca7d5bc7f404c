// Attributes that only feed the manifest. [DisplayName] is System.ComponentModel.DisplayNameAttribute,
// as in Framework 3.5.0 (events and method renames).
using System;

namespace Neo.SmartContract.Framework.Attributes
{
    /// <summary>ABI "safe": the method is called read-only.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class SafeAttribute : Attribute { }

    /// <summary>manifest.permissions entry; no methods means "*".</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
    public class ContractPermissionAttribute : Attribute
    {
        public ContractPermissionAttribute(string contract, params string[] methods) { }
    }

    /// <summary>manifest.trusts entry: "*", a contract hash or a group public key.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
    public class ContractTrustAttribute : Attribute
    {
        public ContractTrustAttribute(string contractOrGroup) { }
    }

    /// <summary>manifest.extra[key] = value.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
    public class ManifestExtraAttribute : Attribute
    {
        public ManifestExtraAttribute(string key, string value) { }
    }

    /// <summary>manifest.supportedstandards (sorted, deduplicated).</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
    public class SupportedStandardsAttribute : Attribute
    {
        public SupportedStandardsAttribute(params string[] supportedStandards) { }
    }

    /// <summary>NEF "source" field (at most 256 bytes).</summary>
    [AttributeUsage(AttributeTargets.Class)]
    public class ContractSourceCodeAttribute : Attribute
    {
        public ContractSourceCodeAttribute(string url) { }
    }

    // The three below are NOT part of Framework 3.5.0 (they arrived in later releases). They exist
    // because the project asked for them; a source that must stay valid for nccs 3.5.0 writes
    // [ManifestExtra("Author", …)] etc. instead. Each maps to the same manifest.extra key.
    [AttributeUsage(AttributeTargets.Class)]
    [Obsolete("Not in Neo.SmartContract.Framework 3.5.0; use [ManifestExtra(\"Author\", …)] to stay valid for nccs 3.5.0.")]
    public class ContractAuthorAttribute : Attribute
    {
        public ContractAuthorAttribute(string author) { }
        public ContractAuthorAttribute(string author, string email) { }
    }

    [AttributeUsage(AttributeTargets.Class)]
    [Obsolete("Not in Neo.SmartContract.Framework 3.5.0; use [ManifestExtra(\"Description\", …)] to stay valid for nccs 3.5.0.")]
    public class ContractDescriptionAttribute : Attribute
    {
        public ContractDescriptionAttribute(string description) { }
    }

    [AttributeUsage(AttributeTargets.Class)]
    [Obsolete("Not in Neo.SmartContract.Framework 3.5.0; use [ManifestExtra(\"Version\", …)] to stay valid for nccs 3.5.0.")]
    public class ContractVersionAttribute : Attribute
    {
        public ContractVersionAttribute(string version) { }
    }
}
