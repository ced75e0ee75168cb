using System.Linq.Expressions;

namespace ReportGraph.GraphQL.Data;

/// <summary>
/// Puts argument values into expressions as captured fields rather than constants, as a C# lambda would, so that
/// EF Core sends them as SQL parameters (one cached plan per query shape, no literal values in the SQL text).
/// </summary>
internal static class ValueParameter
{
    public static Expression Of(object? value, Type type)
    {
        var box = Activator.CreateInstance(typeof(Box<>).MakeGenericType(type), value)!;
        return Expression.Field(Expression.Constant(box), nameof(Box<object>.Value));
    }

    // Public field so the expression reads like a closure (`value(Box).Value`); the name shows up in EF's parameter names.
    private sealed class Box<T>(T value)
    {
        public readonly T Value = value;
    }
}
