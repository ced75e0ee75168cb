namespace ReportGraph.Rendering.Charts;

/// <summary>Marker shapes that tell line series apart without colour.</summary>
public enum ChartMarker
{
    /// <summary>Filled circle.</summary>
    Circle,
    /// <summary>Filled square.</summary>
    Square,
    /// <summary>Filled triangle pointing up.</summary>
    Triangle,
    /// <summary>Filled diamond.</summary>
    Diamond,
}

/// <summary>How one series is drawn: colour, dash pattern and marker.</summary>
/// <param name="Color">Hex colour, e.g. <c>#1b4f72</c>.</param>
/// <param name="Dash">Dash pattern in units of the line width (empty for solid).</param>
/// <param name="Marker">Marker drawn on each point of a line.</param>
public sealed record SeriesStyle(string Color, IReadOnlyList<double> Dash, ChartMarker Marker);

/// <summary>
/// The series styles. Colours alternate dark and light so neighbouring series differ in greyscale,
/// and lines also differ by dash pattern and marker (readable when printed black and white).
/// </summary>
public static class ChartPalette
{
    private static readonly string[] Colors = ["#1b4f72", "#e59c3a", "#2e8b57", "#7fb3d5", "#6c3483", "#d4ac0d", "#424949", "#d98880"];
    private static readonly double[][] Dashes = [[], [6, 3], [2, 2], [8, 3, 2, 3]];

    /// <summary>Colour of threshold lines such as a drift limit.</summary>
    public const string ThresholdColor = "#b03a2e";

    /// <summary>Dash pattern of threshold lines.</summary>
    public static IReadOnlyList<double> ThresholdDash { get; } = [5, 3];

    /// <summary>The style of the series at <paramref name="index"/>.</summary>
    public static SeriesStyle For(int index) => new(
        Colors[index % Colors.Length],
        Dashes[index % Dashes.Length],
        (ChartMarker)(index % 4));
}
