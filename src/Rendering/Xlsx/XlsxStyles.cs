using DocumentFormat.OpenXml.Spreadsheet;

namespace ReportGraph.Rendering.Xlsx;

/// <summary>
/// The workbook's stylesheet: style 0 is the default, 1 the bold, shaded header, and one style per distinct
/// number format used by any column (registered before the stylesheet is built).
/// </summary>
internal sealed class XlsxStyles
{
    public const uint HeaderStyle = 1;
    private readonly List<string> _formats = [];

    /// <summary>The cell style index for a number format (null means General, style 0).</summary>
    public uint Register(string? format)
    {
        if (format is null)
        {
            return 0;
        }
        var index = _formats.IndexOf(format);
        if (index < 0)
        {
            _formats.Add(format);
            index = _formats.Count - 1;
        }
        return (uint)(2 + index);
    }

    public Stylesheet Build()
    {
        var numberingFormats = new NumberingFormats();
        for (var i = 0; i < _formats.Count; i++)
        {
            numberingFormats.Append(new NumberingFormat { NumberFormatId = (uint)(164 + i), FormatCode = _formats[i] });
        }
        numberingFormats.Count = (uint)_formats.Count;

        var fonts = new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 };
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE3EAF0" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
        { Count = 3 };
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(new Color { Rgb = "FF1B4F72" }) { Style = BorderStyleValues.Thin }, new DiagonalBorder()))
        { Count = 2 };
        var cellFormats = new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 1, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyBorder = true });
        for (var i = 0; i < _formats.Count; i++)
        {
            cellFormats.Append(new CellFormat { NumberFormatId = (uint)(164 + i), FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true });
        }
        cellFormats.Count = (uint)(2 + _formats.Count);

        var stylesheet = new Stylesheet();
        if (_formats.Count > 0)
        {
            stylesheet.Append(numberingFormats);
        }
        stylesheet.Append(fonts, fills, borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            cellFormats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
        return stylesheet;
    }
}
