using System.Globalization;
using ReportGraph.Abstractions;

namespace ReportGraph.Rendering;

/// <summary>Everything a renderer needs to produce the files of one report run.</summary>
/// <param name="Result">What the plugin produced.</param>
/// <param name="ReportName">The name shown in footers and metadata, usually the schedule's name.</param>
/// <param name="Period">The reporting period.</param>
/// <param name="TimeZone">The schedule's time zone; instants are shown in it.</param>
/// <param name="Culture">Culture for numbers, dates and currency shown to people.</param>
/// <param name="GeneratedAt">When the run produced the report.</param>
/// <param name="Author">Author written to document metadata, or null.</param>
/// <param name="BaseFileName">File name without extension, e.g. <c>tutor-weekly-2026-11-16</c>.</param>
public sealed record RenderRequest(
    ReportResult Result,
    string ReportName,
    ReportPeriod Period,
    TimeZoneInfo TimeZone,
    CultureInfo Culture,
    DateTimeOffset GeneratedAt,
    string? Author,
    string BaseFileName);
