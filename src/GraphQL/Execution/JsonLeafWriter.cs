using System.Text.Json;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Execution;

/// <summary>
/// Writes one value-type property of an object in a JSON fragment through its typed getter
/// (<see cref="FieldDefinition.TypedPureGetter"/>), without the box that <see cref="FieldDefinition.PureResolver"/>
/// returns: a dashboard request has ~500 such leaves (ints, doubles, booleans, enums, dates).
/// </summary>
/// <remarks>
/// Only for the built-in Int, Float, Boolean and DateTime scalars and for enums, whose serialisation of these CLR
/// types is known; each writes what <see cref="JsonFragmentWriter"/> writes for the boxed value, and anything
/// unusual (a non-finite double, a date with an offset, an enum value without a name) goes through the boxed
/// path, whose exceptions abandon the fragment as before.
/// </remarks>
internal abstract class JsonLeafWriter
{
    public abstract void Write(Utf8JsonWriter writer, object source);

    /// <summary>A writer for <paramref name="field"/>'s values of <paramref name="shape"/>, or null when they are written boxed.</summary>
    public static JsonLeafWriter? For(FieldDefinition field, JsonValueShape shape)
    {
        if (shape.Scalar is null && shape.Enum is null) return null;
        if (field.TypedPureGetter is not { } getter) return null;
        switch (shape.Scalar, getter)
        {
            case (IntType, Func<object, int> read): return new IntWriter(read);
            case (FloatType scalar, Func<object, double> read): return new FloatWriter(scalar, read);
            case (BooleanType, Func<object, bool> read): return new BooleanWriter(read);
            case (DateTimeType scalar, Func<object, DateTimeOffset> read): return new DateTimeWriter(scalar, read);
        }
        if (shape.Enum is not { } enumType) return null;
        var clrType = getter.GetType().GetGenericArguments()[1];
        if (!clrType.IsEnum) return null;
        return (JsonLeafWriter)Activator.CreateInstance(typeof(EnumWriter<>).MakeGenericType(clrType), enumType, getter)!;
    }

    private sealed class IntWriter(Func<object, int> read) : JsonLeafWriter
    {
        public override void Write(Utf8JsonWriter writer, object source) => writer.WriteNumberValue(read(source));
    }

    private sealed class FloatWriter(FloatType scalar, Func<object, double> read) : JsonLeafWriter
    {
        public override void Write(Utf8JsonWriter writer, object source)
        {
            double value = read(source);
            if (double.IsFinite(value)) writer.WriteNumberValue(value);
            else JsonFragmentWriter.WriteScalar(writer, scalar, value);
        }
    }

    private sealed class BooleanWriter(Func<object, bool> read) : JsonLeafWriter
    {
        public override void Write(Utf8JsonWriter writer, object source) => writer.WriteBooleanValue(read(source));
    }

    private sealed class DateTimeWriter(DateTimeType scalar, Func<object, DateTimeOffset> read) : JsonLeafWriter
    {
        public override void Write(Utf8JsonWriter writer, object source)
        {
            var value = read(source);
            if (!DateTimeType.TryWriteUtc(writer, value)) JsonFragmentWriter.WriteScalar(writer, scalar, value);
        }
    }

    private sealed class EnumWriter<TEnum> : JsonLeafWriter where TEnum : struct, Enum
    {
        private readonly EnumType _type;
        private readonly Func<object, TEnum> _read;
        private readonly Dictionary<TEnum, string> _names = new();

        public EnumWriter(EnumType type, Func<object, TEnum> read)
        {
            _type = type;
            _read = read;
            // The first definition of a value names it, as in EnumType.Serialize.
            foreach (var definition in type.Values)
                if (definition.Value is TEnum value) _names.TryAdd(value, definition.Name);
        }

        public override void Write(Utf8JsonWriter writer, object source)
        {
            var value = _read(source);
            writer.WriteStringValue(_names.TryGetValue(value, out var name) ? name : _type.Serialize(value));
        }
    }
}
