using BrowserCheck;

// browser-check PAGE.html [--min-charts N]   check that every chart on a local page draws offline
// browser-check gallery OUT.html              write a page with every chart kind (sample inputs)
if (args.Length >= 2 && args[0] == "gallery")
{
    Gallery.Write(args[1]);
    Console.WriteLine($"Wrote {args[1]}.");
    return 0;
}

if (args.Length is not (1 or 3) || (args.Length == 3 && args[1] != "--min-charts"))
{
    Console.Error.WriteLine("usage: browser-check PAGE.html [--min-charts N] | browser-check gallery OUT.html");
    return 2;
}

var minimum = args.Length == 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1;
var result = await PageCheck.RunAsync(args[0], TimeSpan.FromSeconds(60));
Console.WriteLine(result.Describe());
var failures = result.Failures(minimum);
foreach (var failure in failures)
{
    Console.Error.WriteLine("FAIL: " + failure);
}

return failures.Count == 0 ? 0 : 1;
