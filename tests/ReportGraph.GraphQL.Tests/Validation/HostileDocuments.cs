using System.Globalization;
using System.Text;

namespace ReportGraph.GraphQL.Tests.Validation;

/// <summary>
/// Generated documents that try to make analysis super-linear (issue 10): small texts that expand exponentially when
/// fragments are followed inline, and large ones at the parser's limits. All use the library test schema.
/// </summary>
public static class HostileDocuments
{
    /// <summary>
    /// A chain of <paramref name="n"/> fragments on <paramref name="type"/>, each spreading the next twice, so following
    /// spreads inline visits 2^n copies of the leaf selection. <paramref name="operation"/> holds <c>...F0</c>.
    /// </summary>
    public static string ChainedFragments(int n, string type = "Query", string leaf = "__typename", string operation = "{ ...F0 }")
    {
        var text = new StringBuilder(operation);
        for (int i = 0; i < n; i++) text.Append(CultureInfo.InvariantCulture, $" fragment F{i} on {type} {{ ...F{i + 1} ...F{i + 1} }}");
        text.Append(CultureInfo.InvariantCulture, $" fragment F{n} on {type} {{ {leaf} }}");
        return text.ToString();
    }

    /// <summary>Chained fragments that also nest one level per fragment (books → author → books …), so depth grows with n too.</summary>
    public static string NestedChainedFragments(int n)
    {
        var text = new StringBuilder("{ books { ...B0 } }");
        for (int i = 0; i < n; i++) text.Append(CultureInfo.InvariantCulture, $" fragment B{i} on Book {{ title author {{ books {{ ...B{i + 1} ...B{i + 1} }} }} }}");
        text.Append(CultureInfo.InvariantCulture, $" fragment B{n} on Book {{ title }}");
        return text.ToString();
    }

    /// <summary>A cycle of <paramref name="n"/> fragments, each spreading the next twice (the last spreads the first).</summary>
    public static string FragmentCycle(int n)
    {
        var text = new StringBuilder("{ ...C0 }");
        for (int i = 0; i < n; i++) text.Append(CultureInfo.InvariantCulture, $" fragment C{i} on Query {{ __typename ...C{(i + 1) % n} ...C{(i + 1) % n} }}");
        return text.ToString();
    }

    /// <summary><paramref name="n"/> aliased copies of a list field (wide operations; distinct response names).</summary>
    public static string WideAliases(int n) => "{ " + string.Concat(Enumerable.Range(0, n).Select(i => $"a{i}: books {{ title }} ")) + "}";

    /// <summary><paramref name="n"/> copies of a field under the same response name (overlap checking compares them).</summary>
    public static string SameNameFields(int n, bool conflicting = false)
        => "{ " + string.Concat(Enumerable.Range(0, n).Select(i => conflicting && i % 2 == 1 ? "books: authors { name } " : "books { title } ")) + "}";

    /// <summary>Selections nested <paramref name="levels"/> deep (books → author → books …).</summary>
    public static string NestedSelections(int levels)
    {
        var text = new StringBuilder("{ ");
        for (int i = 0; i < levels; i++) text.Append(i % 2 == 0 ? "books { " : "author { ");
        text.Append(levels % 2 == 0 ? "__typename" : "title");
        for (int i = 0; i < levels; i++) text.Append(" }");
        return text.Append(" }").ToString();
    }

    /// <summary>A list value nested <paramref name="levels"/> deep as an argument.</summary>
    public static string NestedListValue(int levels) => $"{{ search(text: {new string('[', levels)}\"x\"{new string(']', levels)}) {{ __typename }} }}";

    /// <summary>An input object value nested <paramref name="levels"/> deep as an argument.</summary>
    public static string NestedObjectValue(int levels)
        => "{ book(by: " + string.Concat(Enumerable.Repeat("{ id: ", levels)) + "\"1\"" + new string('}', levels) + ") { title } }";

    /// <summary>A variable whose type wraps lists <paramref name="levels"/> deep.</summary>
    public static string NestedVariableType(int levels) => $"query($v: {new string('[', levels)}Int{new string(']', levels)}) {{ __typename }}";

    /// <summary><paramref name="n"/> named operations.</summary>
    public static string ManyOperations(int n) => string.Concat(Enumerable.Range(0, n).Select(i => $"query Q{i} {{ __typename }} "));

    /// <summary><paramref name="n"/> variables, all unused.</summary>
    public static string ManyVariables(int n) => "query(" + string.Concat(Enumerable.Range(0, n).Select(i => $"$v{i}: Int ")) + ") { __typename }";

    /// <summary><paramref name="n"/> fragments, all spread by the operation.</summary>
    public static string ManyFragments(int n)
        => "{ " + string.Concat(Enumerable.Range(0, n).Select(i => $"...M{i} ")) + "} " + string.Concat(Enumerable.Range(0, n).Select(i => $"fragment M{i} on Query {{ books {{ title }} }} "));

    /// <summary>The same directive repeated <paramref name="n"/> times on one field.</summary>
    public static string RepeatedDirectives(int n) => "{ __typename " + string.Concat(Enumerable.Repeat("@include(if: true) ", n)) + "}";

    /// <summary>A string argument of <paramref name="length"/> characters.</summary>
    public static string LongString(int length) => $"{{ search(text: \"{new string('x', length)}\") {{ __typename }} }}";

    /// <summary>A block string argument of <paramref name="length"/> characters over many lines.</summary>
    public static string LongBlockString(int length)
        => "{ search(text: \"\"\"" + string.Concat(Enumerable.Repeat("xxxxxxx\n", length / 8)) + "\"\"\") { __typename } }";

    /// <summary>A field name of <paramref name="length"/> characters.</summary>
    public static string LongName(int length) => $"{{ {new string('f', length)} }}";

    /// <summary>Introspection hidden at the end of a chain of fragments (each spreading the next twice).</summary>
    public static string IntrospectionBehindChain(int n) => ChainedFragments(n, leaf: "__schema { types { name } }");

    /// <summary>The corpus for the HTTP test: every kind above at several sizes (about a hundred documents).</summary>
    public static IEnumerable<(string Name, string Query)> Corpus()
    {
        foreach (var n in new[] { 1, 2, 4, 8, 12, 16, 20, 22, 24, 28, 30, 32, 36, 40, 44, 48, 52, 56, 60, 64 })
        {
            yield return ($"chained fragments n={n}", ChainedFragments(n));
            yield return ($"chained book fragments n={n}", ChainedFragments(n, "Book", "title author { name }", "{ books { ...F0 } }"));
        }
        foreach (var n in new[] { 4, 8, 16, 32, 64 })
        {
            yield return ($"nested chained fragments n={n}", NestedChainedFragments(n));
            yield return ($"fragment cycle n={n}", FragmentCycle(n));
            yield return ($"introspection behind chain n={n}", IntrospectionBehindChain(n));
        }
        foreach (var n in new[] { 10, 100, 1000, 2000 })
        {
            yield return ($"wide aliases n={n}", WideAliases(n));
            yield return ($"same-name fields n={n}", SameNameFields(n));
            yield return ($"conflicting same-name fields n={n}", SameNameFields(n, conflicting: true));
            yield return ($"many operations n={n}", ManyOperations(n));
            yield return ($"many variables n={n}", ManyVariables(n));
            yield return ($"many fragments n={n}", ManyFragments(n));
            yield return ($"repeated directives n={n}", RepeatedDirectives(n));
        }
        foreach (var levels in new[] { 13, 50, 100, 199, 250 })
        {
            yield return ($"nested selections {levels}", NestedSelections(levels));
            yield return ($"nested list value {levels}", NestedListValue(levels));
            yield return ($"nested object value {levels}", NestedObjectValue(levels));
            yield return ($"nested variable type {levels}", NestedVariableType(levels));
        }
        foreach (var length in new[] { 1_000, 30_000, 60_000 })
        {
            yield return ($"long string {length}", LongString(length));
            yield return ($"long block string {length}", LongBlockString(length));
            yield return ($"long name {length}", LongName(length));
        }
    }
}
