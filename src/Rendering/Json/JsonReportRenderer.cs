using System.Text.Encodings.Web;
using System.Text.Json;
using ReportGraph.Abstractions;
using ReportGraph.Rendering.Documents;
using ReportGraph.Rendering.Formatting;

namespace ReportGraph.Rendering.Json;

/// <summary>
/// Streams the report as one JSON document with <see cref="Utf8JsonWriter"/>: title, period, KPIs (raw and
/// formatted), notes, charts and tables whose rows are objects keyed by column name. Numbers stay numbers,
/// dates are ISO 8601, instants carry the report zone's offset. An empty table or chart keeps its (empty) arrays and
/// adds <c>emptyText</c>, the sentence the other formats show.
/// </summary>
public sealed class JsonReportRenderer : IReportRenderer
{
    private const int FlushThreshold = 64 * 1024;

    /// <inheritdoc />
    public ReportFormat Format => ReportFormat.Json;

    /// <inheritdoc />
    public async Task RenderAsync(RenderRequest request, IRenderOutput output, CancellationToken ct)
    {
        var document = ReportDocumentBuilder.Build(request);
        var result = request.Result;
        var stream = output.Create(request.BaseFileName + ".json", ContentTypes.Json);
        await using (stream.ConfigureAwait(false))
        {
            var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            await using (writer.ConfigureAwait(false))
            {
                writer.WriteStartObject();
                writer.WriteString("title", result.Title);
                if (result.Subtitle is not null) writer.WriteString("subtitle", result.Subtitle);
                writer.WriteString("reportName", request.ReportName);
                writer.WriteStartObject("period");
                writer.WriteString("label", request.Period.Label);
                writer.WriteString("start", request.Period.Start);
                writer.WriteString("end", request.Period.End);
                writer.WriteEndObject();
                writer.WriteString("generatedAt", request.GeneratedAt);
                writer.WriteString("timeZone", request.TimeZone.Id);

                writer.WriteStartArray("kpis");
                foreach (var kpi in result.Kpis)
                {
                    writer.WriteStartObject();
                    writer.WriteString("label", kpi.Label);
                    writer.WritePropertyName("value");
                    WriteValue(writer, kpi.Value, request.TimeZone);
                    writer.WriteString("formatted", document.Formatter.Format(kpi.Value, kpi.Type, kpi.Format));
                    writer.WriteString("type", kpi.Type.ToString());
                    if (kpi.Detail is not null) writer.WriteString("detail", kpi.Detail);
                    writer.WriteString("tone", kpi.Tone.ToString());
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();

                writer.WriteStartArray("notes");
                foreach (var note in result.Notes) writer.WriteStringValue(note);
                writer.WriteEndArray();

                writer.WriteStartArray("charts");
                foreach (var chart in result.Charts) WriteChart(writer, chart, request.TimeZone);
                writer.WriteEndArray();

                writer.WriteStartArray("tables");
                foreach (var table in result.Tables)
                {
                    writer.WriteStartObject();
                    writer.WriteString("name", table.Name);
                    writer.WriteStartArray("columns");
                    foreach (var column in table.Columns)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("name", column.Name);
                        writer.WriteString("header", column.Header);
                        writer.WriteString("type", column.Type.ToString());
                        if (column.Format is not null) writer.WriteString("format", column.Format);
                        writer.WriteEndObject();
                    }
                    writer.WriteEndArray();
                    var names = table.Columns.Select(c => JsonEncodedText.Encode(c.Name, JavaScriptEncoder.UnsafeRelaxedJsonEscaping)).ToArray();
                    long count = 0;
                    writer.WriteStartArray("rows");
                    await foreach (var row in TableRows.ReadAsync(table, ct).ConfigureAwait(false))
                    {
                        writer.WriteStartObject();
                        for (var i = 0; i < row.Length; i++)
                        {
                            writer.WritePropertyName(names[i]);
                            WriteValue(writer, row[i], request.TimeZone);
                        }
                        writer.WriteEndObject();
                        count++;
                        if (writer.BytesPending > FlushThreshold)
                        {
                            await writer.FlushAsync(ct).ConfigureAwait(false);
                        }
                    }
                    writer.WriteEndArray();
                    writer.WriteNumber("rowCount", count);
                    if (count == 0) writer.WriteString("emptyText", EmptyState.TextOf(table));
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
                await writer.FlushAsync(ct).ConfigureAwait(false);
            }
        }
    }

    private static void WriteChart(Utf8JsonWriter writer, Chart chart, TimeZoneInfo zone)
    {
        writer.WriteStartObject();
        writer.WriteString("title", chart.Title);
        writer.WriteString("kind", chart.Kind.ToString());
        if (chart.XAxisTitle is not null) writer.WriteString("xAxisTitle", chart.XAxisTitle);
        if (chart.YAxisTitle is not null) writer.WriteString("yAxisTitle", chart.YAxisTitle);
        writer.WriteString("yAxisType", chart.YAxisType.ToString());
        writer.WriteStartArray("series");
        foreach (var series in chart.Series)
        {
            writer.WriteStartObject();
            writer.WriteString("name", series.Name);
            writer.WriteStartArray("points");
            foreach (var point in series.Points)
            {
                writer.WriteStartObject();
                writer.WritePropertyName("x");
                WriteValue(writer, point.X, zone);
                writer.WritePropertyName("y");
                WriteValue(writer, point.Y, zone);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        // Present only when the chart has nothing to plot, so a reader can show the plugin's sentence.
        if (EmptyState.IsEmpty(chart)) writer.WriteString("emptyText", EmptyState.TextOf(chart));
        writer.WriteStartArray("thresholds");
        foreach (var threshold in chart.Thresholds)
        {
            writer.WriteStartObject();
            writer.WriteString("label", threshold.Label);
            writer.WriteNumber("value", threshold.Value);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value, TimeZoneInfo zone)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case short s16: writer.WriteNumberValue(s16); break;
            case byte u8: writer.WriteNumberValue(u8); break;
            case uint u32: writer.WriteNumberValue(u32); break;
            case ulong u64: writer.WriteNumberValue(u64); break;
            case decimal m: writer.WriteNumberValue(m); break;
            // JSON has no NaN or infinity: such values become null rather than an invalid document.
            case double d: if (double.IsFinite(d)) writer.WriteNumberValue(d); else writer.WriteNullValue(); break;
            case float f: if (float.IsFinite(f)) writer.WriteNumberValue(f); else writer.WriteNullValue(); break;
            default: writer.WriteStringValue(InvariantValues.Format(value, zone)); break;
        }
    }
}
