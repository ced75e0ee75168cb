using System.Globalization;
using CsvHelper;
using ReportGraph.Abstractions;
using ReportGraph.Rendering.Documents;
using ReportGraph.Rendering.Formatting;

namespace ReportGraph.Rendering.Csv;

/// <summary>
/// Writes one CSV file per table (RFC 4180 quoting, CRLF line ends, UTF-8 without BOM): a header row of
/// column names, then values in the invariant culture (0.125, 2026-11-16, 2026-11-16T08:00:00+01:00, true).
/// A table without rows gives a file with the header row only: a CSV is data for other programs, so it carries no
/// empty-state sentence (<see cref="ReportTable.EmptyText"/> appears in the PDF, HTML, XLSX and JSON instead).
/// </summary>
public sealed class CsvReportRenderer : IReportRenderer
{
    /// <inheritdoc />
    public ReportFormat Format => ReportFormat.Csv;

    /// <summary>The file name of a table: the base name alone for a single table, else base name and table slug.</summary>
    public static string FileNameFor(RenderRequest request, ReportTable table)
    {
        var tables = request.Result.Tables;
        if (tables.Count == 1)
        {
            return request.BaseFileName + ".csv";
        }
        var slug = FileNames.Slug(table.Name);
        var index = tables.ToList().IndexOf(table);
        // Two tables whose names make the same slug still get distinct files.
        var clash = tables.Take(index).Any(t => FileNames.Slug(t.Name) == slug);
        return $"{request.BaseFileName}-{slug}{(clash ? "-" + (index + 1) : "")}.csv";
    }

    /// <inheritdoc />
    public async Task RenderAsync(RenderRequest request, IRenderOutput output, CancellationToken ct)
    {
        ReportDocumentBuilder.Build(request); // validates tables and columns
        // RFC 4180 (quote when needed, CRLF), UTF-8 without byte order mark: CsvHelper's defaults, stated explicitly.
        var options = new CsvWriterOptions { NewLine = "\r\n", WriteByteOrderMark = false, FormatProvider = CultureInfo.InvariantCulture };
        foreach (var table in request.Result.Tables)
        {
            ct.ThrowIfCancellationRequested();
            var stream = output.Create(FileNameFor(request, table), ContentTypes.Csv);
            await using (stream.ConfigureAwait(false))
            {
                var csv = CsvWriter.Create(stream, options, leaveOpen: true);
                await using (csv.ConfigureAwait(false))
                {
                    foreach (var column in table.Columns)
                    {
                        csv.WriteField(column.Name);
                    }
                    await csv.EndRecordAsync(ct).ConfigureAwait(false);
                    await foreach (var row in TableRows.ReadAsync(table, ct).ConfigureAwait(false))
                    {
                        for (var c = 0; c < row.Length; c++)
                        {
                            // Rounded as displayed (see DisplayedPrecision); JSON keeps full precision.
                            var value = DisplayedPrecision.Round(row[c], table.Columns[c]);
                            csv.WriteField(InvariantValues.Format(value, request.TimeZone));
                        }
                        await csv.EndRecordAsync(ct).ConfigureAwait(false);
                    }
                    await csv.FlushAsync(ct).ConfigureAwait(false);
                }
            }
        }
    }
}
