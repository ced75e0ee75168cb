using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ReportGraph.Host.Data;

/// <summary>Stores an instant as its UTC ticks; read back with offset zero.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
