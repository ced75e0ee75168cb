using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ReportGraph.Host.Data;

/// <summary>
/// Writes an instant with offset zero. Npgsql accepts only UTC <see cref="DateTimeOffset"/> values for
/// <c>timestamp with time zone</c>, while the calendar hands out instants in the schedule's own offset
/// (e.g. 08:00+01:00 for Berlin); the instant is unchanged, only its offset. Read back with offset zero.
/// </summary>
public sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value.ToUniversalTime());
