namespace Analytics.Common;

/// <summary>What an exception says to a user.</summary>
public static class ExceptionText
{
    /// <summary>
    /// The message without the runtime's " (Parameter 'x')" suffix, which names a code identifier and
    /// means nothing to a user; any other message unchanged.
    /// </summary>
    public static string Message(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var cut = e.Message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return cut >= 0 ? e.Message[..cut] : e.Message;
    }
}
