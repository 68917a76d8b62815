using System.Text;
using Analytics.Audit;
using Analytics.Common;
using Analytics.Decomposition;
using Analytics.Loading;
using Analytics.Simulation.Random;
using Analytics.TestSupport;
using Xunit.Abstractions;

namespace Analytics.Tests.Hardening;

/// <summary>
/// Random mutations of the shipped plan files (fixed seed, bounded count): the loader may accept a
/// mutated file or reject it with an <see cref="InputException"/>, nothing else; and whatever it
/// accepts must decompose and audit without throwing.
/// </summary>
public class PlanFuzzTests(ITestOutputHelper output)
{
    private const int CasesPerFile = 150;

    private static readonly string[] Insertions =
    [
        ",", "\"", "\"\"", "\n", "\r\n", ";", "\t", "-", "=", "@", "+", "NaN", "Infinity", "-1", "1e400", "1e30", "0", "999999999999999999999999",
        "１２", "1,234", "28%", "  ", "\u00A0", "\uFEFF", "珠三角", "\u0000", "<script>", "Q4", "company", "parent", "owner", "overlay", "A", "\\",
    ];

    [Fact]
    public void Load_MutatedPlanFiles_OnlyInputExceptionsAndUsablePlans()
    {
        var rng = new Xoshiro256StarStar(20261126);
        using var folder = new TempPlanFolder();
        int accepted = 0, rejected = 0;
        foreach (var file in PlanFiles.All)
        {
            var original = File.ReadAllBytes(folder.File(file));
            for (var i = 0; i < CasesPerFile; i++)
            {
                var mutated = Mutate(original, ref rng);
                folder.WriteBytes(file, mutated);
                try
                {
                    var plan = PlanLoader.Load(folder.Path);
                    PlanAuditor.Audit(plan);
                    PlanDecomposer.Decompose(plan);
                    accepted++;
                }
                catch (InputException)
                {
                    rejected++;
                }
                catch (Exception e)
                {
                    Assert.Fail($"{file}, case {i}: {e.GetType().Name}: {e.Message}\n--- mutated file ---\n{Encoding.UTF8.GetString(mutated)}");
                }
            }

            folder.WriteBytes(file, original);
        }

        output.WriteLine($"{accepted + rejected} mutated plans: {accepted} accepted, {rejected} rejected with InputException.");
        Assert.Equal(PlanFiles.All.Count * CasesPerFile, accepted + rejected);
    }

    private static byte[] Mutate(byte[] original, ref Xoshiro256StarStar rng)
    {
        var bytes = new List<byte>(original);
        var edits = 1 + Next(ref rng, 3);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = Next(ref rng, bytes.Count);
            switch (Next(ref rng, 7))
            {
                case 0: // flip a byte
                    bytes[at] = (byte)Next(ref rng, 256);
                    break;
                case 1: // delete a run
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + Next(ref rng, 12)));
                    break;
                case 2: // insert a hostile token
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Insertions[Next(ref rng, Insertions.Length)]));
                    break;
                case 3: // truncate
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 4: // duplicate a line
                    var lines = Encoding.UTF8.GetString([.. bytes]).Split('\n').ToList();
                    var line = Next(ref rng, lines.Count);
                    lines.Insert(line, lines[line]);
                    bytes = [.. Encoding.UTF8.GetBytes(string.Join('\n', lines))];
                    break;
                case 5: // swap two lines (moves children above parents, headers into data)
                    var all = Encoding.UTF8.GetString([.. bytes]).Split('\n');
                    var (a, b) = (Next(ref rng, all.Length), Next(ref rng, all.Length));
                    (all[a], all[b]) = (all[b], all[a]);
                    bytes = [.. Encoding.UTF8.GetBytes(string.Join('\n', all))];
                    break;
                default: // replace a field's digits with another number
                    var text = Encoding.UTF8.GetString([.. bytes]);
                    var digit = text.IndexOfAny("0123456789".ToCharArray(), Math.Min(at, text.Length));
                    if (digit >= 0)
                    {
                        text = string.Concat(text.AsSpan(0, digit), Insertions[Next(ref rng, Insertions.Length)], text.AsSpan(digit + 1));
                        bytes = [.. Encoding.UTF8.GetBytes(text)];
                    }

                    break;
            }
        }

        return [.. bytes];
    }

    private static int Next(ref Xoshiro256StarStar rng, int n) => (int)(rng.NextUInt64() % (ulong)n);
}
