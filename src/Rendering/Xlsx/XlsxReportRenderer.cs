using System.Globalization;
using System.Text;
using System.Xml;
using ReportGraph.Abstractions;
using ReportGraph.Rendering.Documents;
using ReportGraph.Rendering.Formatting;

namespace ReportGraph.Rendering.Xlsx;

/// <summary>
/// Writes an Excel workbook straight into a streamed zip, each worksheet's XML written directly (<see cref="WorksheetXmlWriter"/>): one sheet per table,
/// a bold shaded header row that stays frozen, an auto-filter, column widths from the first rows, numbers as
/// numbers and dates as dates with number formats, text as inline strings (no shared-string table in memory).
/// </summary>
public sealed class XlsxReportRenderer : IReportRenderer
{
    private const int SampleRows = 100;
    private const int MaxCellText = 32767;

    /// <inheritdoc />
    public ReportFormat Format => ReportFormat.Xlsx;

    /// <inheritdoc />
    public async Task RenderAsync(RenderRequest request, IRenderOutput output, CancellationToken ct)
    {
        var document = ReportDocumentBuilder.Build(request);
        var tables = request.Result.Tables;

        var styles = new XlsxStyles();
        var columnStyles = tables.Select(t => t.Columns.Select(c => styles.Register(XlsxNumberFormats.For(c, request.Culture))).ToArray()).ToList();
        var sheetNames = SheetNames(tables.Select(t => t.Name));

        var target = output.Create(request.BaseFileName + ".xlsx", ContentTypes.Xlsx);
        await using (target.ConfigureAwait(false))
        {
            using var package = new XlsxPackageWriter(target, sheetNames, styles.Build());
            for (var t = 0; t < tables.Count; t++)
            {
                ct.ThrowIfCancellationRequested();
                var sheet = package.OpenSheet(t);
                await using (sheet.ConfigureAwait(false))
                {
                    await WriteSheetAsync(sheet, tables[t], columnStyles[t], document.Formatter, request.TimeZone, t == 0, ct).ConfigureAwait(false);
                }
            }
        }
    }

    private static async Task WriteSheetAsync(Stream part, ReportTable table, uint[] styles, ValueFormatter formatter, TimeZoneInfo zone, bool selected, CancellationToken ct)
    {
        var sample = await TableRows.SampleAsync(table, SampleRows, ct).ConfigureAwait(false);
        var columns = Enumerable.Range(0, table.Columns.Count).Select(ColumnLetters).ToArray();
        using var writer = new WorksheetXmlWriter(part);
        writer.WriteStart(selected);

        var widths = new int[table.Columns.Count];
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var chars = sample.Select(r => formatter.Format(r[c], table.Columns[c]).Length).Append(table.Columns[c].Header.Length).Max();
            widths[c] = Math.Clamp(chars + 3, 9, 60);
        }
        writer.WriteColumns(widths);

        writer.StartRow("1");
        for (var c = 0; c < table.Columns.Count; c++)
        {
            writer.WriteText(columns[c], CleanText(table.Columns[c].Header), XlsxStyles.HeaderStyle);
        }
        writer.EndRow();

        var rowNumber = 1;
        await foreach (var row in TableRows.ReadAsync(table, ct).ConfigureAwait(false))
        {
            rowNumber++;
            writer.StartRow(rowNumber.ToString(CultureInfo.InvariantCulture));
            for (var c = 0; c < row.Length; c++)
            {
                // Rounded as displayed (see DisplayedPrecision), so a cell's value is the number its format shows.
                WriteCell(writer, columns[c], DisplayedPrecision.Round(row[c], table.Columns[c]), styles[c], zone);
            }
            writer.EndRow();
        }
        if (rowNumber == 1)
        {
            // A sheet with only headers reads like a broken export: say why it is empty, outside the filter range.
            writer.StartRow("2");
            writer.WriteText("A", CleanText(EmptyState.TextOf(table)), 0);
            writer.EndRow();
        }

        writer.WriteEnd($"A1:{columns[^1]}{rowNumber}");
    }

    private static void WriteCell(WorksheetXmlWriter writer, string column, object? value, uint style, TimeZoneInfo zone)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                writer.WriteText(column, CleanText(text), 0);
                return;
            case bool flag:
                writer.WriteValue(column, "b", flag ? "1" : "0", 0);
                return;
            case DateOnly date:
                writer.WriteValue(column, null, date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString("R", CultureInfo.InvariantCulture), style);
                return;
            case DateTime dateTime:
                writer.WriteValue(column, null, dateTime.ToOADate().ToString("R", CultureInfo.InvariantCulture), style);
                return;
            case DateTimeOffset instant:
                var local = TimeZoneInfo.ConvertTime(instant, zone).DateTime;
                writer.WriteValue(column, null, local.ToOADate().ToString("R", CultureInfo.InvariantCulture), style);
                return;
            case double d when !double.IsFinite(d):
                writer.WriteText(column, d.ToString(CultureInfo.InvariantCulture), 0);
                return;
        }
        if (ValueFormatter.IsNumber(value))
        {
            writer.WriteValue(column, null, InvariantValues.Format(value, zone), style);
            return;
        }
        writer.WriteText(column, CleanText(InvariantValues.Format(value, zone)), 0);
    }

    /// <summary>Drops characters XML cannot hold and cuts text at Excel's cell limit.</summary>
    private static string CleanText(string text)
    {
        var clean = text.Length > MaxCellText ? text[..MaxCellText] : text;
        foreach (var c in clean)
        {
            if (!XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c))
            {
                var builder = new StringBuilder(clean.Length);
                foreach (var k in clean)
                {
                    if (XmlConvert.IsXmlChar(k) || char.IsSurrogate(k)) builder.Append(k);
                }
                return builder.ToString();
            }
        }
        return clean;
    }

    /// <summary>A, B, …, Z, AA, AB, …</summary>
    internal static string ColumnLetters(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + (n - 1) % 26) + letters;
        }
        return letters;
    }

    /// <summary>Valid, unique sheet names: at most 31 characters, none of []:*?/\.</summary>
    internal static List<string> SheetNames(IEnumerable<string> tableNames)
    {
        var names = new List<string>();
        foreach (var raw in tableNames)
        {
            var name = new string(raw.Where(c => "[]:*?/\\".IndexOf(c) < 0 && !char.IsControl(c)).ToArray()).Trim().Trim('\'');
            if (name.Length == 0) name = "Sheet";
            if (name.Length > 31) name = name[..31];
            var candidate = name;
            for (var i = 2; names.Contains(candidate, StringComparer.OrdinalIgnoreCase); i++)
            {
                var suffix = $" ({i})";
                candidate = (name.Length + suffix.Length > 31 ? name[..(31 - suffix.Length)] : name) + suffix;
            }
            names.Add(candidate);
        }
        return names;
    }
}
