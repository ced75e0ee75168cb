namespace ReportGraph.Host.Api;

/// <summary>
/// A problem with one field of user input: the <paramref name="Path"/> of the field (names and list
/// indexes, e.g. <c>["recipients", 2, "email"]</c>), a stable <paramref name="Code"/> and a message that
/// names the field and says what is allowed. Mutations return every problem at once.
/// </summary>
public sealed record InputError(IReadOnlyList<object> Path, string Code, string Message)
{
    /// <summary>The path as text, e.g. <c>recipients[2].email</c>, for logs and messages.</summary>
    public string PathText => string.Concat(Path.Select((p, i) => p is int n ? $"[{n}]" : (i == 0 ? $"{p}" : $".{p}")));
}

/// <summary>Codes shared by every input check.</summary>
public static class InputErrorCodes
{
    public const string Required = "REQUIRED";
    public const string Invalid = "INVALID";
    public const string TooLong = "TOO_LONG";
    public const string OutOfRange = "OUT_OF_RANGE";
    public const string Unknown = "UNKNOWN";
    public const string NotAllowed = "NOT_ALLOWED";
    public const string Duplicate = "DUPLICATE";
    public const string NotFound = "NOT_FOUND";
    public const string Unavailable = "UNAVAILABLE";
}
