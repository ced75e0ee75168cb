using System.Globalization;
using System.Text;
using ReportGraph.GraphQL.Errors;

namespace ReportGraph.GraphQL.Data;

/// <summary>
/// Opaque cursors that hold an item's zero-based position in the filtered, sorted list: base64 of <c>"offset:N"</c>.
/// Used by paged fields without <see cref="UsePagingAttribute.UniqueKey"/>. Offset cursors are simple and work with any
/// sort order; when rows are inserted or removed between two requests a page may repeat or skip an item, which keyset
/// cursors (<see cref="KeysetCursor"/>) avoid.
/// </summary>
public static class OffsetCursor
{
    private const string Prefix = "offset:";

    /// <summary>The cursor of the item at <paramref name="offset"/>.</summary>
    public static string Encode(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The offset a cursor holds; throws a GraphQL error naming <paramref name="argumentName"/> when it is not one of ours.</summary>
    public static int Decode(string cursor, string argumentName) =>
        TryDecode(cursor, out var offset)
            ? offset
            : throw new GraphQLException($"The cursor given as \"{argumentName}\" is not valid: pass a cursor from an edge or pageInfo of this field.", DataErrorCodes.InvalidCursor);

    /// <summary>Reads the offset of a cursor of this format; false when it is not one.</summary>
    public static bool TryDecode(string cursor, out int offset)
    {
        offset = 0;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out offset);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
