using System.Text;
using Analytics.Simulation.Random;
using Analytics.TestSupport;
using Xunit.Abstractions;

namespace Analytics.Cli.Tests.Hardening;

/// <summary>
/// Seeded random mutations of the shipped scenario and fit files, run through the command line:
/// each run must succeed or be refused as bad input (exit 2, no stack trace) — never an internal
/// error. The plan files are fuzzed at library level in Analytics.Tests (PlanFuzzTests).
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output) : IDisposable
{
    private const int CasesPerFile = 250;

    private static readonly string[] Tokens =
    [
        ",", "\"", "{", "}", "[", "]", ":", "\n", "//", "/*", "-", "0", "-1", "1e400", "1e-400", "NaN", "Infinity", "null", "true", "\"x\"",
        "０", "1,5", "%", "=", "\uFEFF", "\u0000", "珠三角", "\"dist\"", "\"beta\"", "\"poisson\"", "\"lognormal\"", "\"mean\"", "\"cv\"", "\"rank\"", "2147483648", "99999999999",
    ];

    private readonly string _dir = Directory.CreateTempSubdirectory("fuzz-").FullName;

    [Theory]
    [InlineData("scenarios/seed-2026.json", "simulate")]
    [InlineData("plc-2026/scenario.json", "simulate")]
    [InlineData("fits/retention-example.csv", "fit retention")]
    [InlineData("fits/bass-example.csv", "fit bass")]
    public void Mutations_NeverAnInternalErrorOrStackTrace(string shipped, string command)
    {
        var original = File.ReadAllBytes(RepoPaths.Data(shipped.Split('/')));
        var rng = new Xoshiro256StarStar(RandomStreams.Key(shipped));
        var file = Path.Combine(_dir, Path.GetFileName(shipped));
        int ok = 0, refused = 0;
        for (var i = 0; i < CasesPerFile; i++)
        {
            var mutated = Mutate(original, ref rng);
            File.WriteAllBytes(file, mutated);
            string[] args = [.. command.Split(' '), file, .. command == "simulate" ? new[] { "--trials", "300" } : []];
            var (code, _, err) = CliRunner.Run(args);
            Assert.True(code is 0 or 2, $"case {i} of {shipped}: exit {code}: {err}\n--- input ---\n{Encoding.UTF8.GetString(mutated)}");
            Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
            if (code == 0)
            {
                ok++;
            }
            else
            {
                refused++;
                Assert.Contains(file, err, StringComparison.Ordinal);
            }
        }

        output.WriteLine($"{shipped}: {CasesPerFile} mutations, {ok} ran, {refused} refused as bad input.");
    }

    private static byte[] Mutate(byte[] original, ref Xoshiro256StarStar rng)
    {
        var bytes = new List<byte>(original);
        var edits = 1 + Next(ref rng, 3);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = Next(ref rng, bytes.Count);
            switch (Next(ref rng, 5))
            {
                case 0:
                    bytes[at] = (byte)Next(ref rng, 256);
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + Next(ref rng, 20)));
                    break;
                case 2:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[Next(ref rng, Tokens.Length)]));
                    break;
                case 3:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    // Replace a number with another token: where most semantic checks live.
                    var text = Encoding.UTF8.GetString([.. bytes]);
                    var digit = text.IndexOfAny("0123456789".ToCharArray(), Math.Min(at, text.Length));
                    if (digit >= 0)
                    {
                        var end = digit;
                        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] is '.' or 'e'))
                        {
                            end++;
                        }

                        text = string.Concat(text.AsSpan(0, digit), Tokens[Next(ref rng, Tokens.Length)], text.AsSpan(end));
                        bytes = [.. Encoding.UTF8.GetBytes(text)];
                    }

                    break;
            }
        }

        return [.. bytes];
    }

    private static int Next(ref Xoshiro256StarStar rng, int n) => (int)(rng.NextUInt64() % (ulong)n);

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
