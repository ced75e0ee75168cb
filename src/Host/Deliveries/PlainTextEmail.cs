using System.Text;
using ReportGraph.Abstractions;

namespace ReportGraph.Host.Deliveries;

/// <summary>The plain-text alternative of an email: the same content as the HTML body, as text.</summary>
public static class PlainTextEmail
{
    /// <summary>Writes the text body for <paramref name="model"/>. Charts are HTML-only and summarised by their presence.</summary>
    public static string Render(ReportEmailModel model)
    {
        var text = new StringBuilder(2048);
        text.AppendLine(model.Title);
        if (!string.IsNullOrWhiteSpace(model.Subtitle))
        {
            text.AppendLine(model.Subtitle);
        }

        text.AppendLine(model.Period.Label);
        text.AppendLine(new string('=', Math.Min(60, Math.Max(model.Title.Length, 10))));
        text.AppendLine();
        text.AppendLine(EmailText.Greeting(model.Recipient));
        text.AppendLine();
        text.AppendLine(string.IsNullOrWhiteSpace(model.Message)
            ? $"here is the latest \"{model.ScheduleName}\" report."
            : model.Message.Replace("\r\n", "\n").Trim());
        text.AppendLine();

        foreach (var kpi in model.Kpis)
        {
            text.Append("* ").Append(kpi.Label).Append(": ").Append(kpi.Value);
            if (!string.IsNullOrWhiteSpace(kpi.Detail))
            {
                text.Append(" (").Append(kpi.Detail).Append(')');
            }

            text.AppendLine();
        }

        if (model.Kpis.Count > 0)
        {
            text.AppendLine();
        }

        if (model.ChartHtml.Count > 0)
        {
            text.AppendLine(model.ChartHtml.Count == 1 ? "(A chart is shown in the HTML version of this email.)" : $"({model.ChartHtml.Count} charts are shown in the HTML version of this email.)");
            text.AppendLine();
        }

        if (model.Preview is { } preview)
        {
            AppendPreview(text, preview);
        }

        if (model.Files.Count > 0)
        {
            text.AppendLine("Files:");
            foreach (var file in model.Files)
            {
                text.Append("- ").Append(file.FileName).Append(" (").Append(EmailText.Size(file.SizeBytes)).Append(") — ").Append(EmailText.FileState(file));
                if (file.DownloadUrl is not null)
                {
                    text.Append(": ").Append(file.DownloadUrl.AbsoluteUri);
                }

                text.AppendLine();
            }

            text.AppendLine();
        }

        foreach (var note in model.Notes)
        {
            text.AppendLine(note);
        }

        if (model.Notes.Count > 0)
        {
            text.AppendLine();
        }

        text.AppendLine("--");
        text.AppendLine(EmailText.Why(model));
        text.Append("Unsubscribe: ").AppendLine(model.UnsubscribeUrl.AbsoluteUri);
        return text.ToString();
    }

    private static void AppendPreview(StringBuilder text, TablePreview preview)
    {
        text.Append(preview.TableName).Append(" (").Append(EmailText.PreviewCount(preview)).AppendLine("):");
        var widths = new int[preview.Headers.Count];
        for (var c = 0; c < widths.Length; c++)
        {
            widths[c] = Math.Min(30, Math.Max(preview.Headers[c].Length, preview.Rows.Select(r => c < r.Count ? r[c].Length : 0).DefaultIfEmpty(0).Max()));
        }

        AppendRow(text, preview.Headers, widths, preview.NumericColumns);
        text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in preview.Rows)
        {
            AppendRow(text, row, widths, preview.NumericColumns);
        }

        if (preview.EmptyText is { } empty)
        {
            text.AppendLine(empty);
        }

        text.AppendLine();
    }

    private static void AppendRow(StringBuilder text, IReadOnlyList<string> cells, int[] widths, IReadOnlyList<bool> numeric)
    {
        for (var c = 0; c < widths.Length; c++)
        {
            var cell = c < cells.Count ? cells[c] : string.Empty;
            if (cell.Length > widths[c])
            {
                cell = cell[..(widths[c] - 1)] + "…";
            }

            var right = c < numeric.Count && numeric[c];
            text.Append(right ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]));
            if (c < widths.Length - 1)
            {
                text.Append("  ");
            }
        }

        text.AppendLine();
    }
}
