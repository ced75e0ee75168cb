using System.Globalization;
using System.Text;
using System.Xml;

namespace ReportGraph.Rendering.Xlsx;

/// <summary>
/// Writes a worksheet part's XML straight through an <see cref="XmlWriter"/>, with the markup the OpenXml SDK's
/// <c>OpenXmlWriter</c> produced (the same prefix, attribute order and text handling: that writer wraps an
/// <see cref="XmlWriter"/> with default settings too), but without an element object and an attribute list per cell.
/// </summary>
internal sealed class WorksheetXmlWriter : IDisposable
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string XmlNs = "http://www.w3.org/XML/1998/namespace";
    private const string Prefix = "x";

    // The few style indexes a workbook uses, as text once.
    private static readonly string[] SmallStyleIndexes = Enumerable.Range(0, 64).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();
    private readonly XmlWriter _xml;
    private string _rowNumber = "";

    public WorksheetXmlWriter(Stream part)
    {
        _xml = XmlWriter.Create(part, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false });
    }

    /// <summary>Starts the worksheet with a header row frozen above row 2; <paramref name="selected"/> marks the tab shown on opening.</summary>
    public void WriteStart(bool selected)
    {
        _xml.WriteStartDocument(true);
        _xml.WriteStartElement(Prefix, "worksheet", MainNs);
        Start("sheetViews");
        Start("sheetView");
        _xml.WriteAttributeString("tabSelected", selected ? "1" : "0");
        _xml.WriteAttributeString("workbookViewId", "0");
        Start("pane");
        _xml.WriteAttributeString("ySplit", "1");
        _xml.WriteAttributeString("topLeftCell", "A2");
        _xml.WriteAttributeString("activePane", "bottomLeft");
        _xml.WriteAttributeString("state", "frozen");
        _xml.WriteEndElement();
        Start("selection");
        _xml.WriteAttributeString("pane", "bottomLeft");
        _xml.WriteAttributeString("activeCell", "A2");
        _xml.WriteAttributeString("sqref", "A2");
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    /// <summary>Writes the column widths (in characters), one per column.</summary>
    public void WriteColumns(IReadOnlyList<int> widths)
    {
        Start("cols");
        for (var c = 0; c < widths.Count; c++)
        {
            var number = (c + 1).ToString(CultureInfo.InvariantCulture);
            Start("col");
            _xml.WriteAttributeString("min", number);
            _xml.WriteAttributeString("max", number);
            _xml.WriteAttributeString("width", widths[c].ToString(CultureInfo.InvariantCulture));
            _xml.WriteAttributeString("customWidth", "1");
            _xml.WriteEndElement();
        }
        _xml.WriteEndElement();
        Start("sheetData");
    }

    /// <summary>Starts row <paramref name="rowNumber"/> (1-based, as written in cell references).</summary>
    public void StartRow(string rowNumber)
    {
        _rowNumber = rowNumber;
        Start("row");
        _xml.WriteAttributeString("r", rowNumber);
    }

    public void EndRow() => _xml.WriteEndElement();

    /// <summary>A cell holding <paramref name="value"/> as written (a number unless <paramref name="type"/> says otherwise); style 0 is left out.</summary>
    public void WriteValue(string column, string? type, string value, uint style)
    {
        StartCell(column, type, style);
        Start("v");
        _xml.WriteString(value);
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    /// <summary>A cell holding <paramref name="text"/> as an inline string, spaces kept.</summary>
    public void WriteText(string column, string text, uint style)
    {
        StartCell(column, "inlineStr", style);
        Start("is");
        Start("t");
        _xml.WriteAttributeString("xml", "space", XmlNs, "preserve");
        _xml.WriteString(text);
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    /// <summary>Closes the sheet data and the worksheet, with an auto-filter over <paramref name="reference"/>.</summary>
    public void WriteEnd(string reference)
    {
        _xml.WriteEndElement(); // sheetData
        Start("autoFilter");
        _xml.WriteAttributeString("ref", reference);
        _xml.WriteEndElement();
        _xml.WriteEndElement(); // worksheet
        _xml.WriteEndDocument();
        _xml.Flush();
    }

    public void Dispose() => _xml.Dispose();

    private void Start(string name) => _xml.WriteStartElement(Prefix, name, MainNs);

    private void StartCell(string column, string? type, uint style)
    {
        Start("c");
        // The reference written in two pieces: no string per cell for "B17".
        _xml.WriteStartAttribute("r");
        _xml.WriteString(column);
        _xml.WriteString(_rowNumber);
        _xml.WriteEndAttribute();
        if (type is not null) _xml.WriteAttributeString("t", type);
        if (style != 0) _xml.WriteAttributeString("s", StyleIndex(style));
    }

    private static string StyleIndex(uint style) => style < SmallStyleIndexes.Length ? SmallStyleIndexes[style] : style.ToString(CultureInfo.InvariantCulture);
}
