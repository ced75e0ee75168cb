namespace ReportGraph.Host.DemoData;

/// <summary>Name pools and fixed catalogs the demo generator draws from.</summary>
internal static class DemoNames
{
    public static readonly string[] FirstNames =
    [
        "Amelia", "Ben", "Chiara", "Daniel", "Elif", "Finn", "Greta", "Hannah", "Ivan", "Jana",
        "Karim", "Lena", "Mateo", "Nora", "Oskar", "Paula", "Quentin", "Rosa", "Samuel", "Tara",
        "Umut", "Valentina", "William", "Xenia", "Yusuf", "Zoe", "Aaron", "Bianca", "Carlos", "Dilara",
        "Emil", "Frida", "Gabriel", "Hugo", "Ida", "Jonas", "Klara", "Luis", "Mia", "Noah",
        "Olivia", "Pia", "Rafael", "Sofia", "Theo", "Ula", "Vincent", "Wiebke", "Yara", "Zeynep",
    ];

    public static readonly string[] LastNames =
    [
        "Schneider", "Okafor", "Rossi", "Nguyen", "Yilmaz", "Hansen", "Fischer", "Kowalski", "Garcia", "Meyer",
        "Novak", "Dubois", "Weber", "Costa", "Becker", "Ivanova", "Hoffmann", "Larsen", "Silva", "Wagner",
        "Moreau", "Jansen", "Schulz", "Petrov", "Keller", "Lindqvist", "Bauer", "Murphy", "Richter", "Sato",
    ];

    /// <summary>The six subjects, in id order; Mathematics and English get two teachers each.</summary>
    public static readonly string[] Subjects = ["Mathematics", "English", "Physics", "Chemistry", "Biology", "History"];

    public static readonly string[] Classes = ["10A", "10B", "10C"];

    /// <summary>Payers: code, name, base denial rate, claims per week.</summary>
    public static readonly (string Id, string Name, double DenialRate, int WeeklyClaims)[] Payers =
    [
        ("NWH", "Northwind Health", 0.08, 120),
        ("BSM", "Bluestone Mutual", 0.10, 95),
        ("CCP", "Cedar Care Plus", 0.06, 150),
        ("HLA", "Harborline Assurance", 0.13, 65),
        ("SVH", "Summit Valley Health", 0.09, 105),
        ("ORB", "Orchard Benefit Plans", 0.07, 80),
    ];

    /// <summary>The payers whose denial rate rises in the last four weeks, with the rise per week back (0 = last week).</summary>
    public static readonly IReadOnlyDictionary<string, double[]> Drift = new Dictionary<string, double[]>
    {
        ["BSM"] = [0.13, 0.12, 0.10, 0.08],
        ["SVH"] = [0.11, 0.10, 0.09, 0.07],
    };

    /// <summary>CARC codes used as denial reasons; the first is what drifting payers add (missing prior authorisation).</summary>
    public static readonly string[] DenialReasons = ["CO-197", "CO-16", "CO-50", "CO-29", "CO-97", "PR-204"];
}
