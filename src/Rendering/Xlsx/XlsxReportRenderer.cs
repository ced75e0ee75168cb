using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGraph.Abstractions;
using ReportGraph.Rendering.Documents;
using ReportGraph.Rendering.Formatting;

namespace ReportGraph.Rendering.Xlsx;

/// <summary>
/// Writes an Excel workbook with the OpenXml SAX writer (<see cref="OpenXmlWriter"/>) straight into a streamed zip: one sheet per table,
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
        var references = Enumerable.Range(0, table.Columns.Count).Select(ColumnLetters).ToArray();
        using var writer = OpenXmlWriter.Create(part, new UTF8Encoding(false));
        writer.WriteStartDocument(true);
        writer.WriteStartElement(new Worksheet());

        writer.WriteStartElement(new SheetViews());
        writer.WriteStartElement(new SheetView { WorkbookViewId = 0, TabSelected = selected });
        writer.WriteElement(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
        writer.WriteElement(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } });
        writer.WriteEndElement();
        writer.WriteEndElement();

        writer.WriteStartElement(new Columns());
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var chars = sample.Select(r => formatter.Format(r[c], table.Columns[c]).Length).Append(table.Columns[c].Header.Length).Max();
            var width = Math.Clamp(chars + 3, 9, 60);
            writer.WriteElement(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = width, CustomWidth = true });
        }
        writer.WriteEndElement();

        writer.WriteStartElement(new SheetData());
        writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", "1")]);
        for (var c = 0; c < table.Columns.Count; c++)
        {
            WriteText(writer, references[c] + "1", table.Columns[c].Header, XlsxStyles.HeaderStyle);
        }
        writer.WriteEndElement();

        var rowNumber = 1;
        await foreach (var row in TableRows.ReadAsync(table, ct).ConfigureAwait(false))
        {
            rowNumber++;
            var r = rowNumber.ToString(CultureInfo.InvariantCulture);
            writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", r)]);
            for (var c = 0; c < row.Length; c++)
            {
                // Rounded as displayed (see DisplayedPrecision), so a cell's value is the number its format shows.
                WriteCell(writer, references[c] + r, DisplayedPrecision.Round(row[c], table.Columns[c]), styles[c], zone);
            }
            writer.WriteEndElement();
        }
        if (rowNumber == 1)
        {
            // A sheet with only headers reads like a broken export: say why it is empty, outside the filter range.
            writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", "2")]);
            WriteText(writer, "A2", EmptyState.TextOf(table), 0);
            writer.WriteEndElement();
        }
        writer.WriteEndElement(); // sheetData

        writer.WriteElement(new AutoFilter { Reference = $"A1:{references[^1]}{rowNumber}" });
        writer.WriteEndElement(); // worksheet
        writer.Close();
    }

    private static void WriteCell(OpenXmlWriter writer, string reference, object? value, uint style, TimeZoneInfo zone)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                WriteText(writer, reference, text, 0);
                return;
            case bool flag:
                WriteValue(writer, reference, "b", flag ? "1" : "0", 0);
                return;
            case DateOnly date:
                WriteValue(writer, reference, null, date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString("R", CultureInfo.InvariantCulture), style);
                return;
            case DateTime dateTime:
                WriteValue(writer, reference, null, dateTime.ToOADate().ToString("R", CultureInfo.InvariantCulture), style);
                return;
            case DateTimeOffset instant:
                var local = TimeZoneInfo.ConvertTime(instant, zone).DateTime;
                WriteValue(writer, reference, null, local.ToOADate().ToString("R", CultureInfo.InvariantCulture), style);
                return;
            case double d when !double.IsFinite(d):
                WriteText(writer, reference, d.ToString(CultureInfo.InvariantCulture), 0);
                return;
        }
        if (ValueFormatter.IsNumber(value))
        {
            WriteValue(writer, reference, null, InvariantValues.Format(value, zone), style);
            return;
        }
        WriteText(writer, reference, InvariantValues.Format(value, zone), 0);
    }

    private static void WriteValue(OpenXmlWriter writer, string reference, string? type, string value, uint style)
    {
        var attributes = new List<OpenXmlAttribute>(3) { new("r", "", reference) };
        if (type is not null) attributes.Add(new OpenXmlAttribute("t", "", type));
        if (style != 0) attributes.Add(new OpenXmlAttribute("s", "", style.ToString(CultureInfo.InvariantCulture)));
        writer.WriteStartElement(new Cell(), attributes);
        writer.WriteElement(new CellValue(value));
        writer.WriteEndElement();
    }

    private static void WriteText(OpenXmlWriter writer, string reference, string text, uint style)
    {
        var attributes = new List<OpenXmlAttribute>(3) { new("r", "", reference), new("t", "", "inlineStr") };
        if (style != 0) attributes.Add(new OpenXmlAttribute("s", "", style.ToString(CultureInfo.InvariantCulture)));
        writer.WriteStartElement(new Cell(), attributes);
        writer.WriteStartElement(new InlineString());
        writer.WriteElement(new Text(CleanText(text)) { Space = SpaceProcessingModeValues.Preserve });
        writer.WriteEndElement();
        writer.WriteEndElement();
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
